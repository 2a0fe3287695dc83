import type { QueueStatistics, Team } from '../../../shared/api/team.js';
import type { UpstreamCallReport, UpstreamClientOptions } from '../upstream/types.js';
import type {
  AgentStateChange,
  CallCenterErrorDetail,
  CallCenterStatus,
  CallCenterUpdate,
  Credentials,
  DialogCommand,
  NewCall,
} from '../domain/types.js';

/**
 * Finesse's names for the domain types its client maps into. Credentials: the agent's sign-in, sent as the
 * Authorization header.
 */
export type FinesseCredentials = Credentials;

/** A Finesse ApiError, from either casing (`<ApiErrors><ApiError>` over HTTP, `<apiErrors><apiError>` over XMPP). */
export type FinesseErrorDetail = CallCenterErrorDetail;

export type FinesseSystemStatus = CallCenterStatus;

export interface FinesseSystemInfo {
  readonly status: FinesseSystemStatus;
  readonly deploymentType: string;
  readonly xmppDomain: string;
  readonly pubsubDomain: string;
  readonly authMode: string;
}

/** A Team as `GET /Team/{id}` answers it: every member with their state. */
export type FinesseTeam = Team;

/** A Queue with its statistics (`GET /Queue/{id}`, `GET /User/{id}/Queues`, Queue notifications). */
export type FinesseQueue = QueueStatistics;

/** A Finesse notification (`<Update>`), read into the domain's update. */
export type FinesseUpdate = CallCenterUpdate;

/** A state change as Finesse's `PUT /User/{id}` takes it. */
export type FinesseStateChange = AgentStateChange;

/** A new call as Finesse's `POST /User/{id}/Dialogs` (MAKE_CALL) takes it. */
export type FinesseMakeCall = NewCall;

/** A call action as Finesse's `PUT /Dialog/{id}` takes it. */
export type FinesseDialogAction = DialogCommand;

/** What the client reports after each Finesse call, for metrics: `refused` means Finesse answered with an ApiError. */
export type FinesseCallReport = UpstreamCallReport;

/** Where Finesse listens (e.g. `https://finesse.example.com:8445`; the API is under `/finesse/api`), its timeout and pool. */
export type FinesseClientOptions = UpstreamClientOptions;
