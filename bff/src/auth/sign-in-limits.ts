import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { TooManyRequestsError } from '../errors.js';

export interface SignInLimitOptions {
  /** Sign-in attempts per client address per window. */
  readonly perClient: number;
  /** Failed sign-ins per user per window. */
  readonly perUser: number;
  readonly windowMs: number;
}

/**
 * Rate limits on sign-in: every attempt counts against the client address, failures count against the user. The
 * per-user limit sits below Finesse's own lockout (5 failed passwords lock the account for 5 minutes), so a guessing
 * client is stopped here, with 429 and Retry-After, before it can lock a real agent out.
 */
export class SignInLimits {
  private readonly clients: RateLimiterMemory;
  private readonly users: RateLimiterMemory;

  constructor(private readonly options: SignInLimitOptions) {
    const duration = Math.max(1, Math.ceil(options.windowMs / 1000));
    this.clients = new RateLimiterMemory({ keyPrefix: 'sign-in-client', points: options.perClient, duration });
    this.users = new RateLimiterMemory({ keyPrefix: 'sign-in-user', points: options.perUser, duration });
  }

  /** Count an attempt from `client` for `user`; throws 429 when either limit is reached. */
  async attempt(client: string, user: string): Promise<void> {
    const failures = await this.users.get(userKey(user));
    if (failures !== null && failures.consumedPoints >= this.options.perUser) throw limited('this user', failures.msBeforeNext);
    try {
      await this.clients.consume(client);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw limited('this client', rejection.msBeforeNext);
      throw rejection;
    }
  }

  /** A sign-in with the wrong password. */
  async failed(user: string): Promise<void> {
    await this.users.penalty(userKey(user), 1);
  }

  /** A successful sign-in clears the user's failures. */
  async succeeded(user: string): Promise<void> {
    await this.users.delete(userKey(user));
  }
}

function userKey(user: string): string {
  return user.trim().toLowerCase();
}

function limited(who: string, msBeforeNext: number): TooManyRequestsError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new TooManyRequestsError(`Too many sign-in attempts for ${who}; try again in ${seconds} s`, seconds);
}
