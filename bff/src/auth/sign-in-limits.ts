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
 * client is stopped here, with 429 and Retry-After, before it can lock a real agent out. An agent can be named by
 * loginName or loginId; until a sign-in has shown that two names are one agent they are counted apart, so the
 * default limit (2) keeps even both names together (4 failures) below the lockout.
 */
export class SignInLimits {
  private readonly clients: RateLimiterMemory;
  private readonly users: RateLimiterMemory;
  /** loginName and loginId of the same agent, learned at sign-in, share one count of failures. */
  private readonly aliases = new Map<string, string>();

  constructor(private readonly options: SignInLimitOptions) {
    const duration = Math.max(1, Math.ceil(options.windowMs / 1000));
    this.clients = new RateLimiterMemory({ keyPrefix: 'sign-in-client', points: options.perClient, duration });
    this.users = new RateLimiterMemory({ keyPrefix: 'sign-in-user', points: options.perUser, duration });
  }

  /** Count an attempt from `client` for `user`; throws 429 when either limit is reached. */
  async attempt(client: string, user: string): Promise<void> {
    const failures = await this.users.get(this.userKey(user));
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
    await this.users.penalty(this.userKey(user), 1);
  }

  /** A successful sign-in clears the agent's failures and links their loginName and loginId. */
  async succeeded(user: string, agent: { id: string; loginName: string }): Promise<void> {
    const canonical = agent.id.toLowerCase();
    for (const name of [user, agent.loginName, agent.id]) {
      await this.users.delete(normalise(name));
      this.aliases.set(normalise(name), canonical);
    }
  }

  private userKey(user: string): string {
    return this.aliases.get(normalise(user)) ?? normalise(user);
  }
}

function normalise(user: string): string {
  return user.trim().toLowerCase();
}

function limited(who: string, msBeforeNext: number): TooManyRequestsError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new TooManyRequestsError(`Too many sign-in attempts for ${who}; try again in ${seconds} s`, seconds);
}
