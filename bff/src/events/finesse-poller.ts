import type { Logger } from 'pino';

export interface PollerOptions<Read> {
  readonly intervalMs: number;
  readonly logger: Logger;
  /** Read the agent and their calls from Finesse. */
  readonly read: () => Promise<Read>;
  readonly onRead: (read: Read) => void;
}

/**
 * The fallback when Finesse's notifications cannot be reached: read the User and Dialogs every interval, one read at
 * a time (a slow Finesse is never asked again before it answered).
 */
export class FinessePoller<Read> {
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(private readonly options: PollerOptions<Read>) {}

  get active(): boolean {
    return this.running;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** One read now (used to catch up after a notification session came back). */
  async readOnce(): Promise<void> {
    try {
      this.options.onRead(await this.options.read());
    } catch (error) {
      this.options.logger.warn({ reason: error instanceof Error ? error.message : 'unknown' }, 'Finesse poll failed');
    }
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      void this.readOnce().finally(() => {
        if (this.running) this.schedule(this.options.intervalMs);
      });
    }, delayMs);
    this.timer.unref();
  }
}
