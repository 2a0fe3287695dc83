import type { Logger } from 'pino';
import { z } from 'zod';
import type { CredentialCipher } from '../auth/credential-cipher.js';
import type { Clock, Random } from '../clock.js';
import type { AuditTrail } from '../services/audit-trail.js';
import type { NewAuditEvent } from '../store/index.js';
import type { StoredWebexOrg, WebexOrgRepository } from '../store/webex-org-repository.js';
import type { WebexAccess, WebexOrgAccess } from './webex-access.js';
import { WebexNotConnectedError } from './webex-access.js';
import { WebexGrantRefusedError, WebexKeyRequiredError } from './webex-oauth-errors.js';
import { refreshDueAt, retryDelayMs } from './webex-refresh-timing.js';
import type { WebexTokenGrant } from './webex-token-endpoint.js';

/** The tokens as sealed in the store. */
const SealedTokens = z.object({ accessToken: z.string().min(1), refreshToken: z.string().min(1) });
type SealedTokens = z.infer<typeof SealedTokens>;

/** What a newly authorised org brings. */
export interface NewWebexConnection {
  readonly orgId: string;
  readonly region: string;
  readonly apiBase: string;
  readonly scopes: readonly string[];
  readonly grant: WebexTokenGrant;
  /** The administrator who connected it. */
  readonly connectedBy: string;
}

export interface WebexConnectionsOptions {
  readonly orgs: WebexOrgRepository;
  /** Undefined when no key is configured: nothing is stored then. */
  readonly cipher: CredentialCipher | undefined;
  readonly refresh: (refreshToken: string) => Promise<WebexTokenGrant>;
  readonly clock: Clock;
  readonly random: Random;
  readonly trail: AuditTrail<NewAuditEvent>;
  readonly logger: Logger;
}

/**
 * The connected Webex Contact Center orgs and their tokens: sealed in the store, renewed by a timer per org well before
 * the access token lapses (the schedule is computed from the store, so it survives a restart), one refresh per org at
 * a time (everyone asking meanwhile waits for it), backing off while Webex fails, and an org whose refresh token is
 * refused marked as needing an administrator. This is what the Webex API clients reach through `WebexAccess`.
 */
export class WebexConnections implements WebexAccess {
  readonly #timers = new Map<string, () => void>();
  readonly #refreshing = new Map<string, Promise<WebexOrgAccess>>();
  readonly #failures = new Map<string, number>();
  #stopped = false;

  constructor(private readonly options: WebexConnectionsOptions) {}

  /** Schedules the next refresh of every connected org, from what the store says. */
  async start(): Promise<void> {
    for (const org of await this.options.orgs.list()) if (org.state === 'connected') this.schedule(org);
  }

  /** Cancels every timer and waits for refreshes under way. */
  async stop(): Promise<void> {
    this.#stopped = true;
    for (const cancel of this.#timers.values()) cancel();
    this.#timers.clear();
    await this.settled();
  }

  /** Resolves once the refreshes under way have ended, however they ended. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.#refreshing.values()]);
  }

  list(): Promise<StoredWebexOrg[]> {
    return this.options.orgs.list();
  }

  /** Stores a newly authorised org's tokens (replacing an earlier connection of it) and schedules its refresh. */
  async connect(connection: NewWebexConnection): Promise<StoredWebexOrg> {
    const { grant, ...org } = connection;
    const stored: StoredWebexOrg = {
      ...org,
      tokensCiphertext: this.seal({ accessToken: grant.accessToken, refreshToken: grant.refreshToken }),
      accessExpiresAt: grant.accessExpiresAt,
      refreshExpiresAt: grant.refreshExpiresAt,
      connectedAt: this.options.clock.now(),
      lastRefreshAt: null,
      state: 'connected',
    };
    await this.options.orgs.save(stored);
    this.#failures.delete(stored.orgId);
    this.schedule(stored);
    return stored;
  }

  /** Forgets the org's tokens; false when it was not connected. */
  async disconnect(orgId: string): Promise<boolean> {
    this.cancel(orgId);
    this.#failures.delete(orgId);
    return this.options.orgs.delete(orgId);
  }

  async access(orgId?: string): Promise<WebexOrgAccess> {
    const org = await this.usableOrg(orgId);
    const current = this.accessOf(org);
    // The timer normally renews well before; a token this close to lapsing (a timer late after a sleep) goes first.
    if (org.accessExpiresAt.getTime() - this.options.clock.now().getTime() > LAST_MOMENT_MS) return current;
    return this.refresh(org.orgId);
  }

  async afterUnauthorized(rejected: WebexOrgAccess): Promise<WebexOrgAccess> {
    const org = await this.usableOrg(rejected.orgId);
    const current = this.accessOf(org);
    if (current.accessToken !== rejected.accessToken) return current;
    return this.refresh(org.orgId);
  }

  /** One refresh per org at a time: callers arriving while one runs get its outcome. */
  private refresh(orgId: string): Promise<WebexOrgAccess> {
    const running = this.#refreshing.get(orgId);
    if (running) return running;
    const refresh = this.refreshNow(orgId).finally(() => this.#refreshing.delete(orgId));
    this.#refreshing.set(orgId, refresh);
    return refresh;
  }

  private async refreshNow(orgId: string): Promise<WebexOrgAccess> {
    const org = await this.usableOrg(orgId);
    const { refreshToken } = this.open(org);
    let grant: WebexTokenGrant;
    try {
      grant = await this.options.refresh(refreshToken);
    } catch (error) {
      if (error instanceof WebexGrantRefusedError) throw await this.needsReauthorization(org, error.message);
      this.retryLater(org, error);
      throw error;
    }
    // Webex may or may not rotate the refresh token (reference §2): whichever comes back is the one kept.
    const refreshed = {
      tokensCiphertext: this.seal({ accessToken: grant.accessToken, refreshToken: grant.refreshToken }),
      accessExpiresAt: grant.accessExpiresAt,
      refreshExpiresAt: grant.refreshExpiresAt,
      lastRefreshAt: this.options.clock.now(),
    };
    if (!(await this.options.orgs.saveRefresh(orgId, refreshed))) throw notConnected(orgId);
    this.#failures.delete(orgId);
    const updated: StoredWebexOrg = { ...org, ...refreshed, state: 'connected' };
    this.schedule(updated);
    this.options.logger.info(
      { orgId, accessExpiresAt: grant.accessExpiresAt.toISOString() },
      'webex access token refreshed',
    );
    return { orgId, apiBase: org.apiBase, accessToken: grant.accessToken };
  }

  private async needsReauthorization(org: StoredWebexOrg, reason: string): Promise<WebexNotConnectedError> {
    this.cancel(org.orgId);
    await this.options.orgs.markState(org.orgId, 'needs_reauthorization');
    this.options.logger.warn(
      { orgId: org.orgId, reason },
      'webex refresh token refused: the org needs re-authorization',
    );
    await this.options.trail.record({
      at: this.options.clock.now(),
      actor: 'system',
      action: 'webex.needs_reauthorization',
      subject: org.orgId,
      outcome: 'refused',
      detail: reason,
    });
    return new WebexNotConnectedError(
      `The Webex Contact Center org ${org.orgId} needs an administrator to connect it again`,
      true,
    );
  }

  private retryLater(org: StoredWebexOrg, error: unknown): void {
    const failures = (this.#failures.get(org.orgId) ?? 0) + 1;
    this.#failures.set(org.orgId, failures);
    const delayMs = retryDelayMs(failures, this.options.random.fraction());
    this.options.logger.warn(
      { orgId: org.orgId, failures, retryInMs: delayMs, reason: error instanceof Error ? error.message : 'unknown' },
      'webex token refresh failed; retrying',
    );
    this.arm(org.orgId, delayMs);
  }

  private schedule(org: StoredWebexOrg): void {
    this.arm(org.orgId, Math.max(0, refreshDueAt(org).getTime() - this.options.clock.now().getTime()));
  }

  private arm(orgId: string, delayMs: number): void {
    this.cancel(orgId);
    if (this.#stopped) return;
    const cancel = this.options.clock.after(delayMs, () => {
      this.#timers.delete(orgId);
      // Failures are handled inside (backoff or re-authorization); nothing is left for the timer to do.
      this.refresh(orgId).catch(() => undefined);
    });
    this.#timers.set(orgId, cancel);
  }

  private cancel(orgId: string): void {
    this.#timers.get(orgId)?.();
    this.#timers.delete(orgId);
  }

  /** The org asked for (or the only one), connected and usable; WebexNotConnectedError otherwise. */
  private async usableOrg(orgId: string | undefined): Promise<StoredWebexOrg> {
    const org = orgId === undefined ? await this.defaultOrg() : await this.options.orgs.find(orgId);
    if (org === undefined) throw notConnected(orgId);
    if (org.state === 'needs_reauthorization')
      throw new WebexNotConnectedError(
        `The Webex Contact Center org ${org.orgId} needs an administrator to connect it again`,
        true,
      );
    return org;
  }

  private async defaultOrg(): Promise<StoredWebexOrg | undefined> {
    const orgs = await this.options.orgs.list();
    if (orgs.length > 1)
      throw new WebexNotConnectedError('Several Webex Contact Center orgs are connected: name the org');
    return orgs[0];
  }

  private accessOf(org: StoredWebexOrg): WebexOrgAccess {
    return { orgId: org.orgId, apiBase: org.apiBase, accessToken: this.open(org).accessToken };
  }

  private seal(tokens: SealedTokens): string {
    if (this.options.cipher === undefined) throw new WebexKeyRequiredError();
    return this.options.cipher.encrypt(tokens);
  }

  private open(org: StoredWebexOrg): SealedTokens {
    if (this.options.cipher === undefined) throw new WebexKeyRequiredError();
    try {
      return this.options.cipher.decrypt(org.tokensCiphertext, SealedTokens);
    } catch {
      // Sealed with another key (CREDENTIALS_KEY changed): only a new authorization can give the org tokens again.
      void this.options.orgs.markState(org.orgId, 'needs_reauthorization');
      throw new WebexNotConnectedError(
        `The stored tokens of the Webex Contact Center org ${org.orgId} cannot be opened with the configured key: connect it again`,
        true,
      );
    }
  }
}

/** Closer to its expiry than this, a token is refreshed before it is handed out. */
const LAST_MOMENT_MS = 30_000;

function notConnected(orgId: string | undefined): WebexNotConnectedError {
  return new WebexNotConnectedError(
    orgId === undefined
      ? 'No Webex Contact Center org is connected'
      : `The Webex Contact Center org ${orgId} is not connected`,
  );
}
