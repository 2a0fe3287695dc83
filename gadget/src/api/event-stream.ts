import type { EventName, EventPayloads } from '../../../shared/api/events.js';

export type DeskEventListener = <N extends EventName>(name: N, data: EventPayloads[N]) => void;
export type StreamState = 'connecting' | 'live' | 'reconnecting' | 'closed';

export interface EventStreamOptions {
  readonly baseUrl: string;
  readonly token: string;
  readonly onEvent: DeskEventListener;
  readonly onState?: (state: StreamState) => void;
  /** The session ended (401): the stream stops for good. */
  readonly onUnauthorized?: () => void;
  /** The BFF could not replay what was missed: read the agent and the dialogs again. */
  readonly onResync?: () => void;
  /** First retry delay; doubles up to maxRetryMs. */
  readonly retryMs?: number;
  readonly maxRetryMs?: number;
}

const KNOWN_EVENTS: ReadonlySet<string> = new Set<EventName>(['agent', 'dialog', 'system', 'note']);

/**
 * `GET /api/events` read with fetch, because EventSource cannot send the bearer token. Reconnects with backoff and
 * resumes with Last-Event-ID, so an event published while the connection was down is still delivered.
 */
export class DeskEventStream {
  #options: EventStreamOptions;
  #abort = new AbortController();
  #lastEventId: string | undefined;
  #stopped = false;

  constructor(options: EventStreamOptions) {
    this.#options = options;
  }

  /** stop() was called (or the session ended): no more reconnects. */
  get stopped(): boolean {
    return this.#stopped;
  }

  start(): void {
    void this.#run();
  }

  stop(): void {
    this.#stopped = true;
    this.#abort.abort();
    this.#options.onState?.('closed');
  }

  async #run(): Promise<void> {
    let delay = this.#options.retryMs ?? 500;
    const maxDelay = this.#options.maxRetryMs ?? 15_000;
    let first = true;
    while (!this.#stopped) {
      this.#options.onState?.(first ? 'connecting' : 'reconnecting');
      first = false;
      const outcome = await this.#readOnce(() => {
        delay = this.#options.retryMs ?? 500;
      });
      if (outcome === 'unauthorized') {
        this.#stopped = true;
        this.#options.onState?.('closed');
        this.#options.onUnauthorized?.();
        return;
      }
      if (this.stopped) return;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, maxDelay);
    }
  }

  async #readOnce(onOpen: () => void): Promise<'ended' | 'unauthorized'> {
    const headers: Record<string, string> = {
      Accept: 'text/event-stream',
      Authorization: `Bearer ${this.#options.token}`,
    };
    if (this.#lastEventId !== undefined) headers['Last-Event-ID'] = this.#lastEventId;
    try {
      const response = await fetch(`${this.#options.baseUrl}/api/events`, {
        headers,
        signal: this.#abort.signal,
        cache: 'no-store',
      });
      if (response.status === 401) return 'unauthorized';
      if (!response.ok || response.body === null) return 'ended';
      onOpen();
      this.#options.onState?.('live');
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return 'ended';
        buffer += value;
        let boundary = buffer.search(/\r?\n\r?\n/);
        while (boundary !== -1) {
          const block = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary).replace(/^\r?\n\r?\n/, '');
          this.#dispatch(block);
          boundary = buffer.search(/\r?\n\r?\n/);
        }
      }
    } catch {
      return 'ended';
    }
  }

  /** One SSE block: `id:`, `event:`, `data:` lines; comment lines (heartbeats) start with a colon. */
  #dispatch(block: string): void {
    let name = 'message';
    let id: string | undefined;
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') name = value;
      else if (field === 'id') id = value;
      else if (field === 'data') data.push(value);
    }
    if (id !== undefined) this.#lastEventId = id;
    if (name === 'resync') {
      this.#options.onResync?.();
      return;
    }
    if (!KNOWN_EVENTS.has(name) || data.length === 0) return;
    try {
      this.#options.onEvent(name as EventName, JSON.parse(data.join('\n')) as EventPayloads[EventName]);
    } catch {
      // A line that is not JSON is the BFF's bug, not the agent's problem: skip it rather than stop the stream.
    }
  }
}
