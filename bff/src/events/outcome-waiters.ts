import type { FinesseUpdate } from '../finesse/types.js';

/**
 * What a request waits for after Finesse answered 202: the change the request itself causes (HOLD: the agent's
 * participant HELD; LOGIN: the agent on that extension), never merely some update about the same object. Finesse
 * echoes the request's requestId in the notifications its outcome causes; the documentation is inconsistent on
 * whether it always does, and polling never carries it, so the effect is looked for in every update.
 */
export interface OutcomeMatch {
  readonly requestId: string;
  /** Whether the update shows the request's effect; `echoed` tells that it carries the request's requestId. */
  readonly showsEffect: (update: FinesseUpdate, echoed: boolean) => boolean;
  /**
   * Whether an echoed update that does not show the effect is nevertheless Finesse's complete answer, so the effect
   * will not follow (a state change is answered by one User update; a call action may cause several dialog updates).
   */
  readonly answeredBy?: (update: FinesseUpdate) => boolean;
}

/** How the wait for a request's outcome ended. */
export type WaitEnd =
  | { readonly kind: 'effect'; readonly update: FinesseUpdate }
  /** Finesse's asynchronous error for the request (always echoes the requestId). */
  | { readonly kind: 'refused'; readonly update: Extract<FinesseUpdate, { kind: 'error' }> }
  /** Finesse answered the request in full, without the effect. */
  | { readonly kind: 'answered'; readonly update: FinesseUpdate }
  /** The wait ran out (or was cancelled); `heard` tells whether an echoed update without the effect came. */
  | { readonly kind: 'silent'; readonly heard: boolean };

export interface PendingOutcome {
  readonly promise: Promise<WaitEnd>;
  /** Stop waiting (the request failed before Finesse accepted it). */
  cancel(): void;
}

interface Waiter {
  readonly match: OutcomeMatch;
  readonly resolve: (end: WaitEnd) => void;
  readonly timer: NodeJS.Timeout;
  heard: boolean;
}

/** The requests of one agent waiting for their outcome; each resolves with how its wait ended. */
export class OutcomeWaiters {
  private waiters = new Set<Waiter>();

  expect(match: OutcomeMatch, waitMs: number): PendingOutcome {
    let waiter: Waiter | undefined;
    const promise = new Promise<WaitEnd>((resolve) => {
      const timer = setTimeout(() => this.settle(waiter, { kind: 'silent', heard: waiter?.heard ?? false }), waitMs);
      waiter = { match, resolve, timer, heard: false };
      this.waiters.add(waiter);
    });
    return { promise, cancel: () => this.settle(waiter, { kind: 'silent', heard: waiter?.heard ?? false }) };
  }

  offer(update: FinesseUpdate): void {
    for (const waiter of this.waiters) {
      const { match } = waiter;
      const echoed = update.requestId !== '' && update.requestId === match.requestId;
      if (echoed && update.kind === 'error') this.settle(waiter, { kind: 'refused', update });
      else if (match.showsEffect(update, echoed)) this.settle(waiter, { kind: 'effect', update });
      else if (echoed && (match.answeredBy?.(update) ?? false)) this.settle(waiter, { kind: 'answered', update });
      else if (echoed) waiter.heard = true;
    }
  }

  /** Every waiter gives up now (the channel is closing). */
  clear(): void {
    for (const waiter of this.waiters) this.settle(waiter, { kind: 'silent', heard: waiter.heard });
  }

  private settle(waiter: Waiter | undefined, end: WaitEnd): void {
    if (!waiter || !this.waiters.delete(waiter)) return;
    clearTimeout(waiter.timer);
    waiter.resolve(end);
  }
}
