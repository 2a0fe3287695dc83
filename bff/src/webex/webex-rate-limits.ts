import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Clock } from '../clock.js';
import { UpstreamError } from '../errors.js';

export interface WebexRateLimitOptions {
  /** Webex's budget per client id and minute (300 by Webex's rate-limiting page; an older copy said 50). */
  readonly requestsPerMinute: number;
  /** The longest a call waits out a 429's Retry-After before its caller is answered 503 instead. */
  readonly maxQueueMs: number;
  readonly clock: Clock;
}

/** The one integration's budget: Webex counts per client id, and the BFF is one client. */
const BUDGET_KEY = 'integration';

/**
 * Webex's per-client budget kept on the BFF's side (reference webex-contact-center.md §1.8): each call takes one
 * request of the minute's budget, and when it is spent the BFF's caller gets 503 with Retry-After instead of Webex
 * getting a request it would refuse. After a 429 every call waits until its Retry-After has passed (queued, not
 * hammered), unless that is longer than `maxQueueMs`.
 */
export class WebexRateLimits {
  readonly #budget: RateLimiterMemory;
  #pausedUntil = 0;

  constructor(private readonly options: WebexRateLimitOptions) {
    this.#budget = new RateLimiterMemory({ points: options.requestsPerMinute, duration: 60 });
  }

  /** Webex answered 429: nothing goes out before `retryAfterSeconds` from now. */
  pause(retryAfterSeconds: number): void {
    this.#pausedUntil = Math.max(this.#pausedUntil, this.now() + retryAfterSeconds * 1000);
  }

  /** Resolves when a call may go out: after any pause, with one request taken from the budget. */
  async turn(): Promise<void> {
    const wait = this.#pausedUntil - this.now();
    if (wait > this.options.maxQueueMs) throw busy('Webex Contact Center asked the BFF to slow down', wait);
    if (wait > 0) await new Promise<void>((resolve) => this.options.clock.after(wait, resolve));
    try {
      await this.#budget.consume(BUDGET_KEY);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      throw busy("The BFF's budget of Webex Contact Center requests for this minute is spent", refusal.msBeforeNext);
    }
  }

  private now(): number {
    return this.options.clock.now().getTime();
  }
}

function busy(message: string, waitMs: number): UpstreamError {
  return new UpstreamError(
    503,
    'upstream_unavailable',
    message,
    { upstream: { service: 'webex', status: 429 } },
    Math.max(1, Math.ceil(waitMs / 1000)),
  );
}
