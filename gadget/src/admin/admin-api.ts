import type {
  AdminSessionCreated,
  AdminSessionInfo,
  AuditTrail,
  ContextServiceSettings,
  Registration,
  RegistrationUpdateResult,
} from '../../../shared/api/admin.js';
import type { WebexConnectAnswer, WebexOrgList } from '../../../shared/api/webex-admin.js';
import type {
  AdminAgent,
  AgentCreate,
  AgentPage,
  AgentTeamList,
  AgentUpdate,
} from '../../../shared/api/admin-agents.js';
import { DeskApi } from '../api/desk-api.js';
import type { CallOptions } from '../api/desk-api.js';
import { DeskApiError } from '../api/desk-api-error.js';

export interface AdminApiOptions {
  /** Called when the BFF answers 401: the administrator's session expired or was ended elsewhere. */
  readonly onUnauthorized?: () => void;
}

/**
 * The admin page's client of the Administration API (shared/api/admin.ts is the contract). It sends every call through
 * DeskApi's one request path, so the bearer token, JSON and the DeskApiError shape are the tab's own; it only adds the
 * admin routes and one place that notices an ended session.
 */
export class AdminApi {
  readonly #desk: DeskApi;
  readonly #onUnauthorized: (() => void) | undefined;

  constructor(baseUrl: string, token: string, options: AdminApiOptions = {}) {
    this.#desk = new DeskApi(baseUrl, token);
    this.#onUnauthorized = options.onUnauthorized;
  }

  /** Signs in with CCE Administration credentials; the BFF checks them against CCE Administration. */
  static signIn(baseUrl: string, credentials: { username: string; password: string }): Promise<AdminSessionCreated> {
    return new DeskApi(baseUrl, '').request<AdminSessionCreated>('POST', '/api/admin/session', credentials);
  }

  get token(): string {
    return this.#desk.token;
  }

  #call<T>(method: string, path: string, body?: unknown, options?: CallOptions): Promise<T> {
    return this.#desk.request<T>(method, path, body, options).catch((error: unknown) => {
      if (error instanceof DeskApiError && error.status === 401) this.#onUnauthorized?.();
      throw error;
    });
  }

  /** Who is signed in: also how a reload finds out whether the stored session still holds. */
  administrator(options?: CallOptions): Promise<AdminSessionInfo> {
    return this.#call('GET', '/api/admin/session', undefined, options);
  }

  /** Ends the session (the same route as an agent's sign-out). */
  endSession(): Promise<void> {
    return this.#desk.endSession();
  }

  /** The registration state, with the wizard links that lead back to `callbackUrl`. */
  registration(callbackUrl: string, options?: CallOptions): Promise<Registration> {
    return this.#call(
      'GET',
      `/api/admin/context-service/registration?callbackUrl=${encodeURIComponent(callbackUrl)}`,
      undefined,
      options,
    );
  }

  /** Hands CCE the connectionData the wizard returned ("" deregisters). */
  updateRegistration(connectionData: string, options?: CallOptions): Promise<RegistrationUpdateResult> {
    return this.#call('PUT', '/api/admin/context-service/registration', { connectionData }, options);
  }

  auditTrail(limit: number, options?: CallOptions): Promise<AuditTrail> {
    return this.#call('GET', `/api/admin/audit?limit=${limit}`, undefined, options);
  }

  /** The connected Webex Contact Center orgs and the regions one can be connected in. */
  webexOrgs(options?: CallOptions): Promise<WebexOrgList> {
    return this.#call('GET', '/api/admin/webex/orgs', undefined, options);
  }

  /** Webex's authorize URL for an org in `region` ("Login with Webex"). */
  connectWebex(region: string): Promise<WebexConnectAnswer> {
    return this.#call('POST', '/api/admin/webex/connect', { region });
  }

  /** Deletes the org's tokens. */
  disconnectWebex(orgId: string): Promise<void> {
    return this.#call('DELETE', `/api/admin/webex/orgs/${encodeURIComponent(orgId)}`);
  }

  /** One page of CCE's agents: `q` searches names, user names and agent ids; `sort` is a field, `-` for descending. */
  agents(
    query: { q: string; page: number; pageSize: number; sort: string },
    options?: CallOptions,
  ): Promise<AgentPage> {
    const search = new URLSearchParams({
      page: String(query.page),
      pageSize: String(query.pageSize),
      sort: query.sort,
    });
    if (query.q.trim() !== '') search.set('q', query.q.trim());
    return this.#call('GET', `/api/admin/agents?${search.toString()}`, undefined, options);
  }

  agent(id: string, options?: CallOptions): Promise<AdminAgent> {
    return this.#call('GET', `/api/admin/agents/${encodeURIComponent(id)}`, undefined, options);
  }

  createAgent(agent: AgentCreate): Promise<AdminAgent> {
    return this.#call('POST', '/api/admin/agents', agent);
  }

  /** A change with the changeStamp read: 409 stale_agent when someone changed the agent meanwhile. */
  updateAgent(id: string, change: AgentUpdate): Promise<AdminAgent> {
    return this.#call('PUT', `/api/admin/agents/${encodeURIComponent(id)}`, change);
  }

  deleteAgent(id: string): Promise<void> {
    return this.#call('DELETE', `/api/admin/agents/${encodeURIComponent(id)}`);
  }

  teams(options?: CallOptions): Promise<AgentTeamList> {
    return this.#call('GET', '/api/admin/teams', undefined, options);
  }

  settings(options?: CallOptions): Promise<ContextServiceSettings> {
    return this.#call('GET', '/api/admin/context-service/settings', undefined, options);
  }
}
