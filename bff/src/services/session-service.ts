import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Logger } from 'pino';
import type { Agent } from '../../../shared/api/agent.js';
import type { Store } from '../store/index.js';
import { hashSessionToken } from '../store/index.js';
import type { CredentialCipher } from '../auth/credential-cipher.js';
import type { AdministratorSession, AnySession, Session } from '../auth/session.js';
import type { SignInLimits, SignInSecret } from '../auth/sign-in-limits.js';
import { UnauthorizedError } from '../errors.js';
import type { Credentials } from '../domain/types.js';

export interface SessionServiceOptions {
  readonly store: Store;
  readonly finesse: { getUser(credentials: Credentials, id: string): Promise<Agent> };
  /** Checks an administrator's credentials against CCE Administration: resolves, or rejects (401 when refused). */
  readonly verifyAdministrator: (credentials: Credentials) => Promise<void>;
  readonly limits: SignInLimits;
  /**
   * Administrators' own limits: a Finesse agent and a CCE user of the same name are different accounts with different
   * lockouts, and agents' failures must not lock the administration page (nor the other way round).
   */
  readonly administratorLimits: SignInLimits;
  /** Called with every new session and every ended one, so notification channels follow sessions. */
  readonly onSessionStart: (loginId: string, credentials: Credentials) => Promise<void>;
  readonly onSessionEnd: (session: { loginId: string; tokenHash: string }) => Promise<void>;
  readonly ttlMs: number;
  readonly idleTtlMs: number;
  /** When set, credentials are also kept encrypted in the store, so another node or a restart can use the session. */
  readonly cipher: CredentialCipher | undefined;
  readonly now: () => Date;
  readonly logger: Logger;
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const StoredCredentials = z.object({ user: z.string(), authorization: z.string() });
/** A Basic Authorization carries a password (Finesse's lockout counts it); a Bearer token does not. */
function signInSecret(authorization: string): SignInSecret {
  return /^basic /i.test(authorization) ? { kind: 'password', value: authorization } : { kind: 'token' };
}
/** Record activity at most this often: a request does not need a store write each time. */
const TOUCH_INTERVAL_MS = 30_000;
/**
 * A session checked against the store is trusted this long on this node without asking the store again (the store
 * lookup was the largest single cost of a request in `npm run bench`). Sign-out on this node takes effect at once;
 * a revocation made on another node reaches this one within this time.
 */
const RECHECK_AFTER_MS = 2_000;

/**
 * Sessions, not passwords: the agent's Finesse credentials are verified against Finesse once, kept on the server,
 * and the browser gets an opaque random token (256 bits) that only this service can map back. The store keeps only
 * the token's hash. Tokens expire when idle and at an absolute time, and sign-out revokes at once.
 */
export class SessionService {
  /** Credentials of the sessions this node has seen, by token hash. */
  private readonly vault = new Map<string, Credentials>();
  /** Sessions this node holds a notification channel for. */
  private readonly live = new Map<string, string>();
  /** Sessions recently confirmed by the store, and until when that confirmation is trusted. */
  private readonly confirmed = new Map<string, { session: AnySession; until: number }>();

  constructor(private readonly options: SessionServiceOptions) {}

  async signIn(credentials: Credentials, client: string): Promise<{ token: string; expiresAt: Date; agent: Agent }> {
    const { store, limits, now } = this.options;
    const attempt = await limits.attempt(client, credentials.user, signInSecret(credentials.authorization));
    let agent: Agent;
    try {
      agent = await this.options.finesse.getUser(credentials, credentials.user);
    } catch (error) {
      if (error instanceof UnauthorizedError) {
        // Never retried: Finesse locks the account after five wrong passwords.
        await attempt.failed();
        await store.audit.record({
          at: now(),
          actor: credentials.user.slice(0, 128),
          action: 'session.sign_in_failed',
          outcome: 'refused',
          detail: 'Finesse refused the credentials',
        });
      }
      throw error;
    }
    await attempt.succeeded(agent);
    const { token, tokenHash, idleExpiresAt } = await this.create(agent.id, agent.roles, credentials);
    await this.hold(tokenHash, agent.id, credentials);
    return { token, expiresAt: idleExpiresAt, agent };
  }

  /**
   * An administrator's sign-in: the CCE Administration credentials are verified against CCE Administration, under the
   * same rate limits as agents' sign-ins, and the session holds them for the Administration API. It opens no Finesse
   * notification channel: an administrator is not an agent.
   */
  async signInAdministrator(
    credentials: Credentials,
    client: string,
  ): Promise<{ token: string; expiresAt: Date; administrator: { username: string } }> {
    const { store, administratorLimits, now } = this.options;
    const attempt = await administratorLimits.attempt(
      client,
      credentials.user,
      signInSecret(credentials.authorization),
    );
    try {
      await this.options.verifyAdministrator(credentials);
    } catch (error) {
      if (error instanceof UnauthorizedError) {
        await attempt.failed();
        await store.audit.record({
          at: now(),
          actor: credentials.user.slice(0, 128),
          action: 'session.sign_in_failed',
          subject: 'ccadmin',
          outcome: 'refused',
          detail: 'CCE Administration refused the credentials',
        });
      }
      throw error;
    }
    await attempt.succeeded({ id: credentials.user, loginName: credentials.user });
    const { token, idleExpiresAt } = await this.create(
      credentials.user,
      ['Administrator'],
      credentials,
      'administrator',
    );
    return { token, expiresAt: idleExpiresAt, administrator: { username: credentials.user } };
  }

  /** The session a bearer token stands for; 401 for an unknown, expired or revoked one. */
  async authenticate(token: string | undefined): Promise<AnySession> {
    if (token === undefined || !TOKEN.test(token))
      throw new UnauthorizedError('unauthorized', 'Sign in first: send Authorization: Bearer <session token>');
    const tokenHash = hashSessionToken(token);
    const at = this.options.now();
    const cached = this.confirmed.get(tokenHash);
    if (cached && at.getTime() < cached.until) return cached.session;
    const record = await this.options.store.sessions.findActive(tokenHash, at);
    if (!record) {
      await this.forget(tokenHash);
      throw new UnauthorizedError('session_expired', 'The session has expired or was ended; sign in again');
    }
    const credentials = this.credentialsOf(tokenHash, record.credentialsCiphertext);
    if (!credentials)
      throw new UnauthorizedError('session_expired', 'The session is no longer known to this server; sign in again');
    let idleExpiresAt = record.idleExpiresAt;
    if (at.getTime() - record.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
      idleExpiresAt = new Date(Math.min(at.getTime() + this.options.idleTtlMs, record.absoluteExpiresAt.getTime()));
      await this.options.store.sessions.touch(tokenHash, at, idleExpiresAt);
    }
    let session: AnySession;
    if (record.kind === 'administrator') {
      session = {
        kind: 'administrator',
        tokenHash,
        loginId: record.loginId,
        roles: ['Administrator'],
        credentials,
        expiresAt: idleExpiresAt,
        absoluteExpiresAt: record.absoluteExpiresAt,
      } satisfies AdministratorSession;
    } else {
      await this.hold(tokenHash, record.loginId, credentials);
      session = {
        kind: 'agent',
        tokenHash,
        loginId: record.loginId,
        roles: record.roles,
        credentials,
        expiresAt: idleExpiresAt,
        absoluteExpiresAt: record.absoluteExpiresAt,
      } satisfies Session;
    }
    this.confirmed.set(tokenHash, {
      session,
      until: Math.min(at.getTime() + RECHECK_AFTER_MS, idleExpiresAt.getTime()),
    });
    return session;
  }

  /** Revoke at once: the token stops working on every node that checks the store. */
  async signOut(session: AnySession): Promise<void> {
    await this.options.store.sessions.revoke(session.tokenHash, this.options.now());
    await this.options.store.audit.record({
      at: this.options.now(),
      actor: session.loginId,
      action: 'session.sign_out',
      outcome: 'ok',
    });
    await this.forget(session.tokenHash);
  }

  /** Drop expired sessions from the store and end what this node held for them. */
  async sweep(): Promise<number> {
    const at = this.options.now();
    for (const [tokenHash, { until }] of this.confirmed) if (until <= at.getTime()) this.confirmed.delete(tokenHash);
    for (const tokenHash of [...this.live.keys()]) {
      if (!(await this.options.store.sessions.findActive(tokenHash, at))) await this.forget(tokenHash);
    }
    return this.options.store.sessions.deleteExpired(at);
  }

  /** End every session this node holds (shutdown); the sessions stay valid in the store. */
  async releaseAll(): Promise<void> {
    for (const [tokenHash, loginId] of [...this.live]) {
      this.live.delete(tokenHash);
      await this.options.onSessionEnd({ loginId, tokenHash });
    }
  }

  /** A new session in the store, its credentials in this node's vault (and sealed in the store with a key). */
  private async create(
    loginId: string,
    roles: Session['roles'],
    credentials: Credentials,
    kind?: 'administrator',
  ): Promise<{ token: string; tokenHash: string; idleExpiresAt: Date }> {
    const { store, now } = this.options;
    const token = randomBytes(32).toString('base64url');
    const tokenHash = hashSessionToken(token);
    const created = now();
    const absoluteExpiresAt = new Date(created.getTime() + this.options.ttlMs);
    const idleExpiresAt = new Date(Math.min(created.getTime() + this.options.idleTtlMs, absoluteExpiresAt.getTime()));
    await store.sessions.create({
      tokenHash,
      loginId,
      ...(kind === undefined ? {} : { kind }),
      roles,
      credentialsCiphertext: this.options.cipher
        ? this.options.cipher.encrypt({ user: credentials.user, authorization: credentials.authorization })
        : null,
      createdAt: created,
      idleExpiresAt,
      absoluteExpiresAt,
    });
    this.vault.set(tokenHash, credentials);
    await store.audit.record({
      at: created,
      actor: loginId,
      action: 'session.sign_in',
      ...(kind === undefined ? {} : { subject: 'ccadmin' }),
      outcome: 'ok',
    });
    return { token, tokenHash, idleExpiresAt };
  }

  private credentialsOf(tokenHash: string, ciphertext: string | null): Credentials | undefined {
    const known = this.vault.get(tokenHash);
    if (known || ciphertext === null || !this.options.cipher) return known;
    try {
      const credentials = this.options.cipher.decrypt(ciphertext, StoredCredentials);
      this.vault.set(tokenHash, credentials);
      return credentials;
    } catch {
      this.options.logger.warn('stored session credentials could not be decrypted (was CREDENTIALS_KEY changed?)');
      return undefined;
    }
  }

  private async hold(tokenHash: string, loginId: string, credentials: Credentials): Promise<void> {
    if (this.live.has(tokenHash)) return;
    this.live.set(tokenHash, loginId);
    await this.options.onSessionStart(loginId, credentials);
  }

  private async forget(tokenHash: string): Promise<void> {
    this.vault.delete(tokenHash);
    this.confirmed.delete(tokenHash);
    const loginId = this.live.get(tokenHash);
    if (loginId === undefined) return;
    this.live.delete(tokenHash);
    await this.options.onSessionEnd({ loginId, tokenHash });
  }
}
