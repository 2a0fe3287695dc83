import type { Logger } from 'pino';
import type { Agent } from '../../../shared/api/agent.js';
import type { Dialog } from '../../../shared/api/dialog.js';

export interface PollerOptions {
  readonly intervalMs: number;
  readonly logger: Logger;
  /** Read the agent and their calls from Finesse. */
  readonly read: () => Promise<{ agent: Agent; dialogs: Dialog[] }>;
  readonly onRead: (agent: Agent, dialogs: Dialog[]) => void;
}

/**
 * The fallback when Finesse's notifications cannot be reached: read the User and Dialogs every interval, one read at
 * a time (a slow Finesse is never asked again before it answered).
 */
export class FinessePoller {
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(private readonly options: PollerOptions) {}

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
      const { agent, dialogs } = await this.options.read();
      this.options.onRead(agent, dialogs);
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
