import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { TooManyRequestsError } from '../errors.js';

export interface SignInLimitOptions {
  /** Failed sign-ins from one client address per window, whoever they name. */
  readonly perClient: number;
  /** Failed sign-ins for one user from one client per window. */
  readonly perUser: number;
  readonly windowMs: number;
}

/** Finesse locks an account after this many wrong passwords (for 5 minutes; Finesse Developer Guide, User). */
const FINESSE_LOCKOUT = 5;
/** Wrong passwords for one agent from all clients together: one below Finesse's lockout. */
const AGENT_TOTAL = FINESSE_LOCKOUT - 1;
/**
 * Until a sign-in has shown that a loginName and a loginId are one agent, each name gets half: Finesse counts both
 * names against the one account.
 */
const UNLINKED_NAME_TOTAL = Math.floor(AGENT_TOTAL / 2);
/** Agents whose last good password this node remembers (as a salted scrypt hash), most recent kept. */
const VERIFIERS_KEPT = 10_000;

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, length: number) => Promise<Buffer>;

/** What a sign-in is checked with: a password (Basic), which Finesse's lockout counts, or a token (SSO), which not. */
export type SignInSecret = { readonly kind: 'password'; readonly value: string } | { readonly kind: 'token' };

/** One sign-in under way: say how it ended, so that what it reserved in the limits is kept or given back. */
export interface SignInAttempt {
  succeeded(agent: { id: string; loginName: string }): Promise<void>;
  failed(): Promise<void>;
}

interface Verifier {
  readonly salt: Buffer;
  readonly hash: Buffer;
}

/**
 * Rate limits on sign-in that guard agents without letting anyone lock them out:
 *
 * - every attempt reserves one failure against its client, against its user from that client, and (a password)
 *   against the agent from all clients; a success gives them back and clears the user's counts, a failure keeps
 *   them. Reserving before Finesse answers stops a burst of parallel guesses as surely as a sequence of them;
 * - a client that failed too often is refused, for everyone or for that user, without touching anyone else;
 * - the agent's total from all clients stops one short of Finesse's lockout. Past it, a password is still let
 *   through when it matches the agent's last good one on this node (a salted scrypt hash, checked here), so a
 *   correct password from a client without failures always gets in, and a wrong one never reaches Finesse.
 *
 * What remains: when this node has not seen the agent sign in (after a restart, or on another node), a client that
 * spreads 4 wrong passwords across several addresses keeps the agent out of the BFF (not out of Finesse) until the
 * window ends. Administrators have their own SignInLimits, so agents' failures never lock them out and back.
 */
export class SignInLimits {
  private readonly clients: RateLimiterMemory;
  private readonly userClients: RateLimiterMemory;
  private readonly agents: RateLimiterMemory;
  /** loginName and loginId of the same agent, learned at sign-in, share one count of failures. */
  private readonly aliases = new Map<string, string>();
  private readonly verifiers = new Map<string, Verifier>();

  constructor(
    private readonly options: SignInLimitOptions,
    /**
     * Whether an account is known by one name only (a CCE administrator's user name), so it gets the whole total from
     * the first attempt; a Finesse agent is known by loginName and loginId until a sign-in links them.
     */
    private readonly oneNamePerAccount = false,
  ) {
    const duration = Math.max(1, Math.ceil(options.windowMs / 1000));
    this.clients = new RateLimiterMemory({ keyPrefix: 'sign-in-client', points: options.perClient, duration });
    this.userClients = new RateLimiterMemory({
      keyPrefix: 'sign-in-user-client',
      points: Math.min(options.perUser, AGENT_TOTAL),
      duration,
    });
    this.agents = new RateLimiterMemory({ keyPrefix: 'sign-in-agent', points: AGENT_TOTAL, duration });
  }

  /** Reserve an attempt from `client` for `user`; throws 429 (reserving nothing) when a limit is reached. */
  async attempt(client: string, user: string, secret: SignInSecret): Promise<SignInAttempt> {
    const userKey = this.userKey(user);
    const reserved: { limiter: RateLimiterMemory; key: string }[] = [];
    const reserve = async (limiter: RateLimiterMemory, key: string, limit: number, who: string): Promise<void> => {
      const after = await limiter.penalty(key, 1);
      reserved.push({ limiter, key });
      if (after.consumedPoints <= limit) return;
      await this.giveBack(reserved);
      throw limited(who, after.msBeforeNext);
    };
    await reserve(this.clients, client, this.options.perClient, 'this client');
    await reserve(
      this.userClients,
      `${userKey}|${client}`,
      Math.min(this.options.perUser, AGENT_TOTAL),
      'this user from this client',
    );
    if (secret.kind === 'password') {
      const total = this.oneNamePerAccount || this.aliases.has(normalise(user)) ? AGENT_TOTAL : UNLINKED_NAME_TOTAL;
      const failures = (await this.agents.get(userKey))?.consumedPoints ?? 0;
      if (failures < total) await reserve(this.agents, userKey, total, 'this user');
      else if (!(await this.matchesLastGood(userKey, secret.value))) {
        await this.giveBack(reserved);
        throw limited('this user', (await this.agents.get(userKey))?.msBeforeNext ?? this.options.windowMs);
      }
    }
    return {
      succeeded: async (agent) => {
        await this.giveBack(reserved);
        await this.linked(user, agent, secret);
      },
      failed: () => Promise.resolve(),
    };
  }

  private async giveBack(reserved: readonly { limiter: RateLimiterMemory; key: string }[]): Promise<void> {
    for (const { limiter, key } of reserved) await limiter.reward(key, 1);
  }

  /** A success clears the agent's failures, links their loginName and loginId, and remembers the good password. */
  private async linked(user: string, agent: { id: string; loginName: string }, secret: SignInSecret): Promise<void> {
    const canonical = agent.id.toLowerCase();
    for (const name of [user, agent.loginName, agent.id]) {
      await this.agents.delete(normalise(name));
      this.aliases.set(normalise(name), canonical);
    }
    await this.agents.delete(canonical);
    if (secret.kind !== 'password') return;
    const salt = randomBytes(16);
    this.verifiers.delete(canonical);
    this.verifiers.set(canonical, { salt, hash: await scryptAsync(secret.value, salt, 32) });
    if (this.verifiers.size > VERIFIERS_KEPT) this.verifiers.delete(this.verifiers.keys().next().value ?? '');
  }

  private async matchesLastGood(userKey: string, password: string): Promise<boolean> {
    const verifier = this.verifiers.get(userKey);
    if (!verifier) return false;
    return timingSafeEqual(await scryptAsync(password, verifier.salt, 32), verifier.hash);
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
  return new TooManyRequestsError(`Too many failed sign-ins for ${who}; try again in ${seconds} s`, seconds);
}
