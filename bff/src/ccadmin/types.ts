import type { AdminAgent, AgentTeamRef } from '../../../shared/api/admin-agents.js';
import type { UpstreamCall, UpstreamClientOptions } from '../upstream/types.js';
import type {
  AgentDraft,
  ConnectionDataOutcome,
  Credentials,
  ListPage,
  ListRequest,
  RegistrationReading,
} from '../domain/types.js';

/** An administrator's credentials as CCE Administration takes them: `Basic base64(user:password)`, built at sign-in. */
export type CceAdminCredentials = Credentials;

/** `<contextServiceRegistration>` as CCE answers a GET (Developer Reference, Context Service Registration API). */
export type CceRegistration = RegistrationReading;

/** One `<apiError>` of CCE's `<apiErrors>` body. */
export interface CceApiError {
  readonly type: string;
  readonly message: string;
  readonly data?: string;
  readonly detail?: string;
}

/** How CCE took new connectionData: 200 saved and synchronised, or 201 saved but not synchronised to some devices. */
export type CceUpdateOutcome = ConnectionDataOutcome;

/** Where CCE Administration listens (`https://<server>`; the API is under `/unifiedconfig/config`), its timeout and pool. */
export type CceAdminClientOptions = UpstreamClientOptions;

/** One call to CCE Administration's unifiedconfig API. */
export interface CceAdminCall extends UpstreamCall {
  /** The item the call is about: its apiErrors name its fields, a 404 means it is gone (agent-error-mapping.ts). */
  readonly item?: { readonly kind: 'agent'; readonly id?: string };
  /** A secret inside `body` (connectionData) that must not come back out in a log or a message. */
  readonly secret?: string;
}

/** One agent as CCE's Agent API answers it, in the BFF's terms (agent-xml.ts maps it). */
export type CceAgent = AdminAgent;

/** An agent team as a reference: item id and name. */
export type CceAgentTeam = AgentTeamRef;

/** A list request in CCE's terms, one page of a list, and an agent to write (domain types: services speak them too). */
export type CceListRequest = ListRequest;
export type CcePage<T> = ListPage<T>;
export type CceAgentDraft = AgentDraft;
