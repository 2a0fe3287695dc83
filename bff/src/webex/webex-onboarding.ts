import type { WebexCallbackQuery, WebexConnectOutcome } from '../../../shared/api/webex-admin.js';
import type { Clock } from '../clock.js';
import { AppError, InvalidRequestError, NotFoundError } from '../errors.js';
import type { AuditTrail } from '../services/audit-trail.js';
import type { NewAuditEvent } from '../store/index.js';
import type { WebexConnections } from './webex-connections.js';
import { WebexKeyRequiredError, WebexNotConfiguredError } from './webex-oauth-errors.js';
import { PendingAuthorizations } from './pending-authorizations.js';
import type { WebexTokenEndpoint } from './webex-token-endpoint.js';

export interface WebexOnboardingOptions {
  /** Undefined: no integration is configured, and connecting answers 503. */
  readonly endpoint: Pick<WebexTokenEndpoint, 'exchangeCode' | 'orgIdOf'> | undefined;
  readonly clientId: string | undefined;
  readonly authorizeUrl: string;
  readonly scopes: readonly string[];
  readonly regions: readonly string[];
  /** `https://api.wxcc-{region}.cisco.com`. */
  readonly apiBaseTemplate: string;
  /** False without CREDENTIALS_KEY: tokens could not be stored, so no authorization is started. */
  readonly canStoreTokens: boolean;
  readonly connections: WebexConnections;
  /** Whether the administrator's session that started an authorization is still active. */
  readonly sessionActive: (sessionHash: string) => Promise<boolean>;
  readonly clock: Clock;
  readonly trail: AuditTrail<NewAuditEvent>;
}

/** Who starts an authorization: an administrator's session (the sandbox's own start connects with none). */
export interface AuthorizationBinding {
  readonly actor: string;
  readonly sessionHash: string | undefined;
}

/** The callback's outcome, for the page: never a token. */
export interface CallbackOutcome {
  readonly outcome: WebexConnectOutcome;
  readonly orgId?: string;
  /** Webex's words, or ours, in plain text. */
  readonly reason?: string;
}

const REASON_MAX = 300;

/**
 * "Login with Webex" (authorization-code grant with PKCE and `state`, RFC 6749 §4.1, RFC 7636): `begin` builds the
 * authorize URL for a region and keeps the state server-side, bound to the administrator's session; `complete` takes
 * what Webex sends back, exchanges the code once, reads the org id and hands the tokens to the connections.
 */
export class WebexOnboarding {
  readonly #pending: PendingAuthorizations;

  constructor(private readonly options: WebexOnboardingOptions) {
    this.#pending = new PendingAuthorizations(() => options.clock.now().getTime());
  }

  get regions(): readonly string[] {
    return this.options.regions;
  }

  begin(binding: AuthorizationBinding, region: string, redirectUri: string): string {
    const { options } = this;
    if (options.endpoint === undefined || options.clientId === undefined) throw new WebexNotConfiguredError();
    if (!options.canStoreTokens) throw new WebexKeyRequiredError();
    if (!options.regions.includes(region))
      throw new InvalidRequestError(`region: must be one of ${options.regions.join(', ')}`);
    const { state, codeChallenge } = this.#pending.add({ ...binding, region, redirectUri });
    const url = new URL(options.authorizeUrl);
    const parameters = {
      response_type: 'code',
      client_id: options.clientId,
      redirect_uri: redirectUri,
      scope: options.scopes.join(' '),
      state,
      code_challenge: codeChallenge,
      code_challenge_method: 'S256',
    };
    for (const [name, value] of Object.entries(parameters)) url.searchParams.set(name, value);
    return url.toString();
  }

  /** Forgets the org's tokens (Webex offers integrations no revocation of their own grant: see the README). */
  async disconnect(actor: string, orgId: string): Promise<void> {
    const removed = await this.options.connections.disconnect(orgId);
    if (!removed) throw new NotFoundError(`No Webex Contact Center org ${orgId} is connected`);
    await this.options.trail.record({
      at: this.options.clock.now(),
      actor,
      action: 'webex.disconnect',
      subject: orgId,
      outcome: 'ok',
      detail: null,
    });
  }

  async complete(query: WebexCallbackQuery): Promise<CallbackOutcome> {
    const pending = query.state === undefined ? undefined : this.#pending.take(query.state);
    if (
      pending === undefined ||
      (pending.sessionHash !== undefined && !(await this.options.sessionActive(pending.sessionHash)))
    ) {
      return {
        outcome: 'state_mismatch',
        reason:
          'This answer from Webex does not belong to a connection started here, or it came too late. Start again with Connect.',
      };
    }
    const audit = (outcome: 'ok' | 'refused' | 'error', subject: string | null, detail: string | null) =>
      this.options.trail.record({
        at: this.options.clock.now(),
        actor: pending.actor,
        action: 'webex.connect',
        subject,
        outcome,
        detail,
      });
    if (query.error !== undefined || query.code === undefined) {
      const reason = plain(query.error_description ?? query.error ?? 'Webex sent no authorization code');
      await audit('refused', null, reason);
      return { outcome: 'refused', reason };
    }
    const endpoint = this.options.endpoint;
    if (endpoint === undefined) throw new WebexNotConfiguredError();
    try {
      const grant = await endpoint.exchangeCode(query.code, pending.redirectUri, pending.codeVerifier);
      const orgId = await endpoint.orgIdOf(grant.accessToken);
      await this.options.connections.connect({
        orgId,
        region: pending.region,
        apiBase: this.options.apiBaseTemplate.replace('{region}', pending.region),
        scopes: this.options.scopes,
        grant,
        connectedBy: pending.actor,
      });
      await audit('ok', orgId, `region ${pending.region}`);
      return { outcome: 'connected', orgId };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const outcome = error.code === 'webex_grant_refused' ? 'code_refused' : 'failed';
      await audit(outcome === 'code_refused' ? 'refused' : 'error', null, error.message);
      return { outcome, reason: plain(error.message) };
    }
  }
}

/** Text from Webex for the page's address bar: one line, bounded. */
function plain(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > REASON_MAX ? `${line.slice(0, REASON_MAX - 1)}…` : line;
}
