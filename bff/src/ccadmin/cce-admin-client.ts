import { UpstreamClient } from '../upstream/upstream-client.js';
import type {
  CceAdminCall,
  CceAdminCredentials,
  CceAdminClientOptions,
  CceAgent,
  CceAgentDraft,
  CceAgentTeam,
  CceListRequest,
  CcePage,
  CceRegistration,
  CceUpdateOutcome,
} from './types.js';
import {
  AGENT_PATH,
  AGENT_TEAM_PATH,
  readAgent,
  readAgentPage,
  readAgentTeamPage,
  readCreatedId,
  writeAgent,
} from './agent-xml.js';
import { CCE_ADMIN } from './ccadmin-profile.js';
import { readPartialSuccess, readRegistration, writeConnectionData } from './registration-xml.js';

const REGISTRATION_PATH = '/contextserviceregistration';

/**
 * The BFF's client for CCE Administration's Agent and Agent Team APIs (agent-xml.ts) and its Context Service Registration API
 * (`/unifiedconfig/config/contextserviceregistration`): read the registration state, and send new connectionData,
 * which CCE saves in the AW database and pushes to CVP, Finesse and SocialMiner. Every failure is one of the BFF's
 * errors (see ccadmin-error-mapping.ts). Credentials and connectionData are sent, never logged or put in a message.
 */
export class CceAdminClient {
  private readonly upstream: UpstreamClient<CceAdminCall>;

  constructor(options: CceAdminClientOptions) {
    this.upstream = new UpstreamClient(CCE_ADMIN, options);
  }

  /** `GET ?callbackUrl=`: the state, and with a callbackUrl the URL of the wizard that changes it. */
  registration(credentials: CceAdminCredentials, callbackUrl?: string): Promise<CceRegistration> {
    const query = callbackUrl === undefined ? '' : `?callbackUrl=${encodeURIComponent(callbackUrl)}`;
    return this.upstream.exchange(
      {
        operation: 'getRegistration',
        purpose: 'the request for the registration',
        method: 'GET',
        path: `${REGISTRATION_PATH}${query}`,
        headers: { Authorization: credentials.authorization },
        expectedStatus: [200],
      },
      (answer) => readRegistration(answer.body),
    );
  }

  /**
   * `PUT` connectionData ("" clears it, deregistering). 200: saved and synchronised; 201 PARTIAL_SUCCESS: saved in the
   * AW database but not synchronised to the devices CCE names.
   */
  updateConnectionData(credentials: CceAdminCredentials, connectionData: string): Promise<CceUpdateOutcome> {
    return this.upstream.exchange(
      {
        operation: 'updateConnectionData',
        purpose: 'the registration change',
        method: 'PUT',
        path: REGISTRATION_PATH,
        headers: { Authorization: credentials.authorization },
        body: writeConnectionData(connectionData),
        secret: connectionData,
        expectedStatus: [200, 201],
      },
      (answer): CceUpdateOutcome =>
        answer.status === 201 ? { kind: 'partial', ...readPartialSuccess(answer.body) } : { kind: 'saved' },
    );
  }

  /** Agent API list: `q` (every word in agentId, description, names), zero-based `startIndex`, `sort`. */
  agents(credentials: CceAdminCredentials, list: CceListRequest): Promise<CcePage<CceAgent>> {
    return this.upstream.exchange(
      {
        ...this.agentCall(credentials, 'listAgents', 'the agent list', 'GET', `${AGENT_PATH}?${listQuery(list)}`),
        expectedStatus: [200],
      },
      (answer) => readAgentPage(answer.body),
    );
  }

  agent(credentials: CceAdminCredentials, id: string): Promise<CceAgent> {
    return this.upstream.exchange(
      { ...this.agentCall(credentials, 'getAgent', 'the agent', 'GET', agentPath(id), id), expectedStatus: [200] },
      (answer) => readAgent(answer.body),
    );
  }

  /** `POST`: 201 with the new agent's URL in Location; answers its item id. The password is sent, never logged. */
  createAgent(credentials: CceAdminCredentials, draft: CceAgentDraft): Promise<string> {
    return this.upstream.exchange(
      {
        ...this.agentCall(credentials, 'createAgent', 'the new agent', 'POST', AGENT_PATH),
        body: writeAgent(draft),
        secret: draft.password,
        expectedStatus: [201],
      },
      (answer) => readCreatedId(typeof answer.headers.location === 'string' ? answer.headers.location : undefined),
    );
  }

  /** `PUT` with the changeStamp read: CCE refuses it when someone changed the agent since (409 stale_agent). */
  updateAgent(credentials: CceAdminCredentials, id: string, changeStamp: number, draft: CceAgentDraft): Promise<void> {
    return this.upstream.exchange(
      {
        ...this.agentCall(credentials, 'updateAgent', 'the agent change', 'PUT', agentPath(id), id),
        body: writeAgent(draft, changeStamp),
        secret: draft.password,
        expectedStatus: [200],
      },
      () => undefined,
    );
  }

  /** `DELETE`: CCE marks the agent deleted. */
  deleteAgent(credentials: CceAdminCredentials, id: string): Promise<void> {
    return this.upstream.exchange(
      {
        ...this.agentCall(credentials, 'deleteAgent', 'the agent deletion', 'DELETE', agentPath(id), id),
        expectedStatus: [200, 204],
      },
      () => undefined,
    );
  }

  /** Agent Team API list, one page. */
  agentTeams(credentials: CceAdminCredentials, list: CceListRequest): Promise<CcePage<CceAgentTeam>> {
    return this.upstream.exchange(
      {
        operation: 'listAgentTeams',
        purpose: 'the agent team list',
        method: 'GET',
        path: `${AGENT_TEAM_PATH}?${listQuery(list)}`,
        headers: { Authorization: credentials.authorization },
        expectedStatus: [200],
      },
      (answer) => readAgentTeamPage(answer.body),
    );
  }

  private agentCall(
    credentials: CceAdminCredentials,
    operation: string,
    purpose: string,
    method: CceAdminCall['method'],
    path: string,
    id?: string,
  ) {
    return {
      operation,
      purpose,
      method,
      path,
      headers: { Authorization: credentials.authorization },
      item: { kind: 'agent' as const, ...(id === undefined ? {} : { id }) },
    };
  }

  /** Closes the client's own keep-alive connections (not a dispatcher passed in). */
  close(): Promise<void> {
    return this.upstream.close();
  }
}

function agentPath(id: string): string {
  return `${AGENT_PATH}/${encodeURIComponent(id)}`;
}

/** CCE's list parameters (Developer Reference, "Pagination", "Search", "Sort"). */
function listQuery(list: CceListRequest): string {
  const query = new URLSearchParams({
    startIndex: String(list.startIndex),
    resultsPerPage: String(list.resultsPerPage),
  });
  if (list.q !== undefined && list.q.trim() !== '') query.set('q', list.q.trim());
  if (list.sort !== undefined) query.set('sort', list.sort);
  return query.toString();
}
