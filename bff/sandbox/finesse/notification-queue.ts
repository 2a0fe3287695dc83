import type { Notification } from './model/notifications.js';

/**
 * Delivers notifications after the current request has been answered, in the order they were raised. Finesse answers
 * a write with 202 first and publishes the outcome afterwards; the model raises both in one synchronous step.
 */
export class NotificationQueue {
  private pending: Notification[] = [];
  private scheduled = false;
  /** Extra delay before delivery: a slow CTI server, for tests of clients that wait for outcomes. */
  delayMs = 0;
  /** Run after each delivered batch (one request's or event's consequences): derived figures are looked at then. */
  afterFlush: () => void = () => undefined;

  constructor(private readonly deliver: (notification: Notification) => void) {}

  readonly push = (notification: Notification): void => {
    this.pending.push(notification);
    this.touch();
  };

  /** Something changed that no notification announces by itself: run `afterFlush` soon. */
  readonly touch = (): void => {
    if (this.scheduled) return;
    this.scheduled = true;
    if (this.delayMs > 0) setTimeout(() => this.flush(), this.delayMs).unref();
    else setImmediate(() => this.flush());
  };

  private flush(): void {
    this.scheduled = false;
    const batch = this.pending;
    this.pending = [];
    for (const notification of batch) this.deliver(notification);
    this.afterFlush();
  }
}
