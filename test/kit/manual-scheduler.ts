import type { Scheduler } from '../../bff/sandbox/finesse/model/scheduler.js';

/** A scheduler whose time moves only when the test says so. */
export class ManualScheduler implements Scheduler {
  private time = Date.parse('2026-11-21T09:00:00.000Z');
  private tasks: { at: number; task: () => void }[] = [];

  now(): Date {
    return new Date(this.time);
  }

  after(ms: number, task: () => void): () => void {
    const entry = { at: this.time + ms, task };
    this.tasks.push(entry);
    return () => {
      this.tasks = this.tasks.filter((candidate) => candidate !== entry);
    };
  }

  /** Move time forward, running every task that falls due, in time order. */
  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const due = this.tasks.filter((entry) => entry.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.tasks = this.tasks.filter((entry) => entry !== due);
      this.time = due.at;
      due.task();
    }
    this.time = until;
  }
}
