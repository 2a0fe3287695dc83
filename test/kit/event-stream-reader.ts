/** One Server-Sent Events frame as received (the text between two blank lines). */
export interface SseFrame {
  readonly id: string | undefined;
  readonly event: string | undefined;
  readonly data: string | undefined;
  /** Comment lines (`: keep-alive`), without the colon. */
  readonly comments: readonly string[];
  readonly retry: number | undefined;
}

export type StreamEnd = 'end' | 'error';

function parseFrame(text: string): SseFrame {
  let id: string | undefined;
  let event: string | undefined;
  let retry: number | undefined;
  const data: string[] = [];
  const comments: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith(':')) {
      comments.push(line.slice(1).trim());
      continue;
    }
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') id = value;
    else if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
    else if (field === 'retry') retry = Number(value);
  }
  return { id, event, data: data.length > 0 ? data.join('\n') : undefined, comments, retry };
}

/**
 * Reads `text/event-stream` with fetch, as the gadget does (EventSource cannot send the bearer header), keeping every
 * frame so that a test can wait for the one it expects and then look at the order of all of them.
 */
export class EventStreamReader {
  readonly frames: SseFrame[] = [];
  /** Everything received, as text. */
  text = '';
  /** 'end' when the server ended the response, 'error' when it was cut or aborted. */
  readonly ended: Promise<StreamEnd>;
  private readonly listeners = new Set<() => void>();

  private constructor(
    readonly response: Response,
    private readonly controller: AbortController,
  ) {
    this.ended = this.pump();
  }

  static async open(url: string, headers: Record<string, string>): Promise<EventStreamReader> {
    const controller = new AbortController();
    const response = await fetch(url, { headers, signal: controller.signal });
    return new EventStreamReader(response, controller);
  }

  /** The first frame at or after index `from` that matches; waits for it at most `timeoutMs`. */
  async waitFor(
    match: (frame: SseFrame) => boolean,
    options: { from?: number; timeoutMs?: number } = {},
  ): Promise<SseFrame> {
    const deadline = Date.now() + (options.timeoutMs ?? 8000);
    for (;;) {
      const found = this.frames.slice(options.from ?? 0).find(match);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching event; frames so far:\n${this.text}`);
      let timer: NodeJS.Timeout | undefined;
      let wake: () => void = () => undefined;
      await new Promise<void>((resolve) => {
        wake = resolve;
        this.listeners.add(wake);
        timer = setTimeout(resolve, left);
      });
      this.listeners.delete(wake);
      clearTimeout(timer);
    }
  }

  /** The next frame named `event` (after index `from`). */
  nextEvent(event: string, from = 0): Promise<SseFrame> {
    return this.waitFor((frame) => frame.event === event, { from });
  }

  close(): void {
    this.controller.abort();
  }

  private wakeAll(): void {
    for (const wake of this.listeners) wake();
  }

  private async pump(): Promise<StreamEnd> {
    const body = this.response.body;
    if (!body) return 'end';
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let pending = '';
    try {
      for (;;) {
        // fetch's body yields bytes; Node's types leave the chunk type open.
        const { done, value } = (await reader.read()) as { done: boolean; value: Uint8Array | undefined };
        if (done || value === undefined) return 'end';
        const chunk = decoder.decode(value, { stream: true });
        this.text += chunk;
        pending += chunk;
        let boundary = pending.indexOf('\n\n');
        while (boundary >= 0) {
          this.frames.push(parseFrame(pending.slice(0, boundary)));
          pending = pending.slice(boundary + 2);
          boundary = pending.indexOf('\n\n');
        }
        this.wakeAll();
      }
    } catch {
      return 'error';
    } finally {
      this.wakeAll();
    }
  }
}

/** A frame's data as JSON. */
export function dataOf(frame: SseFrame): unknown {
  return JSON.parse(frame.data ?? 'null') as unknown;
}
