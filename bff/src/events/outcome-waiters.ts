import type { FinesseUpdate } from '../finesse/types.js';

/**
 * What a request waits for after Finesse answered 202. Finesse echoes the request's requestId in the notification
 * that reports the outcome; the documentation is inconsistent on whether it always does, and polling never carries
 * it, so a waiter may also accept an un-echoed update that shows the requested result.
 */
export interface OutcomeMatch {
  readonly requestId: string;
  /** Among updates echoing the requestId: the one that reports the outcome (an error always does). */
  readonly isOutcome: (update: FinesseUpdate) => boolean;
  /** Among updates without a requestId: one that shows the requested result. */
  readonly showsResult?: (update: FinesseUpdate) => boolean;
}

export interface PendingOutcome {
  readonly promise: Promise<FinesseUpdate | undefined>;
  /** Stop waiting (the request failed before Finesse accepted it). */
  cancel(): void;
}

interface Waiter {
  readonly match: OutcomeMatch;
  readonly resolve: (update: FinesseUpdate | undefined) => void;
  readonly timer: NodeJS.Timeout;
}

/** The requests of one agent waiting for their outcome; each resolves with it, or with undefined after its wait. */
export class OutcomeWaiters {
  private waiters = new Set<Waiter>();

  expect(match: OutcomeMatch, waitMs: number): PendingOutcome {
    let waiter: Waiter | undefined;
    const promise = new Promise<FinesseUpdate | undefined>((resolve) => {
      const timer = setTimeout(() => this.settle(waiter, undefined), waitMs);
      waiter = { match, resolve, timer };
      this.waiters.add(waiter);
    });
    return { promise, cancel: () => this.settle(waiter, undefined) };
  }

  offer(update: FinesseUpdate): void {
    for (const waiter of this.waiters) {
      const { match } = waiter;
      const echoed = update.requestId !== '' && update.requestId === match.requestId && (update.kind === 'error' || match.isOutcome(update));
      const shown = update.requestId === '' && (match.showsResult?.(update) ?? false);
      if (echoed || shown) this.settle(waiter, update);
    }
  }

  /** Every waiter gives up now (the channel is closing). */
  clear(): void {
    for (const waiter of this.waiters) this.settle(waiter, undefined);
  }

  private settle(waiter: Waiter | undefined, update: FinesseUpdate | undefined): void {
    if (!waiter || !this.waiters.delete(waiter)) return;
    clearTimeout(waiter.timer);
    waiter.resolve(update);
  }
}
