import type { AdminAgent, AgentTeamRef } from '../../../shared/api/admin-agents.js';
import type { UpstreamCall, UpstreamClientOptions } from '../upstream/types.js';
import type { ConnectionDataOutcome, Credentials, RegistrationReading } from '../domain/types.js';

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

/** A list request: CCE's `q`, zero-based `startIndex`, `resultsPerPage` and `sort` (`person.lastName desc`). */
export interface CceListRequest {
  readonly q?: string;
  readonly startIndex: number;
  readonly resultsPerPage: number;
  readonly sort?: string;
}

/** One page of a list and CCE's pageInfo. */
export interface CcePage<T> {
  readonly items: T[];
  readonly startIndex: number;
  readonly resultsPerPage: number;
  readonly totalResults: number;
}

/** What the BFF sends to create or update an agent. The password only when set (CCE keeps it on an update without). */
export interface CceAgentDraft {
  readonly agentId?: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly userName: string;
  readonly password?: string;
  readonly supervisor: boolean;
  readonly teamId?: string;
  readonly description?: string;
}
