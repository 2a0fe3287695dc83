import type { RegistrationState } from '../../../shared/api/admin.js';
import type { Agent } from '../../../shared/api/agent.js';
import type { Dialog } from '../../../shared/api/dialog.js';
import type { QueueStatistics, TeamMember } from '../../../shared/api/team.js';

/**
 * The domain types that services, sessions and events speak, and that the upstream clients map their wire formats
 * into. The public API's types (shared/api/) are domain types too; these are the ones the browser never sees.
 */

/**
 * What the BFF sends an upstream on a signed-in person's behalf: the full Authorization header value (`Basic …` built
 * from the sign-in, or the `Bearer …` token finesse.js holds under SSO). An agent's go to Finesse, an administrator's
 * to CCE Administration. Never logged, never returned.
 */
export interface Credentials {
  /** The login id or name signed in with (for SSO: the login id from the token's user). */
  readonly user: string;
  readonly authorization: string;
}

/** A refusal the call center reports for a request, from either of Finesse's casings. */
export interface CallCenterErrorDetail {
  readonly type: string;
  readonly message: string;
  readonly data: string;
  /** HTTP status, for synchronous errors. */
  readonly status?: number;
  readonly peripheral?: { readonly code: string; readonly text: string; readonly message: string };
}

export type CallCenterStatus = 'IN_SERVICE' | 'OUT_OF_SERVICE' | 'PARTIAL_SERVICE';

/**
 * A change the call center announces. `requestId` is the echoed request header ('' when unsolicited) and lets a
 * waiting request find its outcome.
 */
export type CallCenterUpdate =
  | { readonly kind: 'agent'; readonly requestId: string; readonly agent: Agent }
  | {
      readonly kind: 'dialog';
      readonly requestId: string;
      readonly change: 'added' | 'changed' | 'removed';
      readonly dialog: Dialog;
    }
  | {
      readonly kind: 'error';
      readonly requestId: string;
      readonly source: string;
      readonly error: CallCenterErrorDetail;
    }
  | { readonly kind: 'system'; readonly requestId: string; readonly status: CallCenterStatus }
  /** A member of a team the signed-in supervisor supervises joined it, changed (state, extension) or left it. */
  | {
      readonly kind: 'team_member';
      readonly requestId: string;
      readonly teamId: string;
      readonly change: 'added' | 'changed' | 'removed';
      readonly member: TeamMember;
    }
  /** New figures of a queue the signed-in supervisor watches. */
  | { readonly kind: 'queue'; readonly requestId: string; readonly queue: QueueStatistics };

/** An agent state change the agent asks for. */
export interface AgentStateChange {
  readonly state: 'LOGIN' | 'READY' | 'NOT_READY' | 'LOGOUT';
  readonly reasonCodeId?: string;
  readonly extension?: string;
}

/** A new call from the agent's extension: one they place, or a supervisor's silent monitor or barge-in. */
export interface NewCall {
  /** MAKE_CALL unless said otherwise. */
  readonly requestedAction?: 'MAKE_CALL' | 'SILENT_MONITOR' | 'BARGE_CALL';
  /** BARGE_CALL: the supervisor's silent monitor call. */
  readonly associatedDialogId?: string;
  /** The agent's own signed-in extension. */
  readonly fromAddress: string;
  readonly toAddress: string;
  /** callVariable1…10 and ECC variables (`user.…`); Unified CCE only. */
  readonly variables?: Readonly<Record<string, string>>;
}

/** An action on one of the agent's calls. */
export interface DialogCommand {
  readonly requestedAction: string;
  /** The agent's own extension: the participant the action applies to. */
  readonly targetMediaAddress?: string;
  readonly toAddress?: string;
  readonly dtmf?: string;
  readonly wrapUpReason?: string;
  readonly variables?: Readonly<Record<string, string>>;
}

/** The Context Service registration as CCE Administration reports it. */
export interface RegistrationReading {
  readonly state: RegistrationState;
  readonly managementUrl?: string;
  readonly registrationUrl?: string;
  readonly deregistrationUrl?: string;
}

/** How new connectionData was taken: saved and synchronised, or saved but not synchronised to some devices. */
export type ConnectionDataOutcome =
  | { readonly kind: 'saved' }
  | { readonly kind: 'partial'; readonly failedDevices: readonly string[]; readonly message: string };

/** A list request of CCE Administration: `q`, zero-based `startIndex`, `resultsPerPage` and `sort` (`person.lastName desc`). */
export interface ListRequest {
  readonly q?: string;
  readonly startIndex: number;
  readonly resultsPerPage: number;
  readonly sort?: string;
}

/** One page of a list and CCE's pageInfo. */
export interface ListPage<T> {
  readonly items: T[];
  readonly startIndex: number;
  readonly resultsPerPage: number;
  readonly totalResults: number;
}

/** What the BFF sends to create or update an agent. The password only when set (CCE keeps it on an update without). */
export interface AgentDraft {
  readonly agentId?: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly userName: string;
  readonly password?: string;
  readonly supervisor: boolean;
  readonly teamId?: string;
  readonly description?: string;
}
