import type { Response } from 'express';
import type { ChannelEvent } from './channel-events.js';

/**
 * One Server-Sent Events response. Written frame by frame with no buffering and no compression (proxies must not
 * hold events back: `X-Accel-Buffering: no`, `Cache-Control: no-transform`).
 */
export class EventStream {
  private closed = false;

  constructor(private readonly response: Response) {}

  open(retryMs: number): void {
    this.response.status(200).set({
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    this.response.flushHeaders();
    this.write(`retry: ${retryMs}\n\n`);
  }

  send(event: ChannelEvent): void {
    this.write(`id: ${event.id}\nevent: ${event.name}\ndata: ${JSON.stringify(event.data)}\n\n`);
  }

  /** An event without an id (it is not part of the resumable history). */
  notice(name: string, data: unknown): void {
    this.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  /** A comment line: keeps idle connections open through proxies that cut silent ones. */
  heartbeat(): void {
    this.write(': keep-alive\n\n');
  }

  end(): void {
    if (this.closed) return;
    this.closed = true;
    this.response.end();
  }

  private write(chunk: string): void {
    if (this.closed || this.response.writableEnded) return;
    this.response.write(chunk);
  }
}
