import type { Agent } from '../../../shared/api/agent.js';
import type { Dialog } from '../../../shared/api/dialog.js';
import type { UpstreamCallReport, UpstreamClientOptions } from '../upstream/types.js';

/**
 * What the BFF sends Finesse on an agent's behalf: the full Authorization header value (`Basic …` built from the
 * agent's sign-in, or the `Bearer …` token finesse.js holds under SSO). Never logged, never returned.
 */
export interface FinesseCredentials {
  /** The loginId or loginName the agent signed in with (for SSO: the loginId from the token's user). */
  readonly user: string;
  readonly authorization: string;
}

/** A Finesse ApiError, from either casing (`<ApiErrors><ApiError>` over HTTP, `<apiErrors><apiError>` over XMPP). */
export interface FinesseErrorDetail {
  readonly type: string;
  readonly message: string;
  readonly data: string;
  /** HTTP status, for synchronous errors. */
  readonly status?: number;
  readonly peripheral?: { readonly code: string; readonly text: string; readonly message: string };
}

export type FinesseSystemStatus = 'IN_SERVICE' | 'OUT_OF_SERVICE' | 'PARTIAL_SERVICE';

export interface FinesseSystemInfo {
  readonly status: FinesseSystemStatus;
  readonly deploymentType: string;
  readonly xmppDomain: string;
  readonly pubsubDomain: string;
  readonly authMode: string;
}

export interface FinesseTeam {
  readonly id: string;
  readonly name: string;
  readonly members: readonly Pick<Agent, 'id' | 'firstName' | 'lastName' | 'extension' | 'state' | 'stateChangedAt' | 'reasonCode' | 'pendingState'>[];
}

/**
 * A Finesse notification (`<Update>`) in domain terms. `requestId` is the echoed request header ('' when
 * unsolicited) and lets a waiting request find its outcome.
 */
export type FinesseUpdate =
  | { readonly kind: 'agent'; readonly requestId: string; readonly agent: Agent }
  | { readonly kind: 'dialog'; readonly requestId: string; readonly change: 'added' | 'changed' | 'removed'; readonly dialog: Dialog }
  | { readonly kind: 'error'; readonly requestId: string; readonly source: string; readonly error: FinesseErrorDetail }
  | { readonly kind: 'system'; readonly requestId: string; readonly status: FinesseSystemStatus };

/** A state change as Finesse's `PUT /User/{id}` takes it. */
export interface FinesseStateChange {
  readonly state: 'LOGIN' | 'READY' | 'NOT_READY' | 'LOGOUT';
  readonly reasonCodeId?: string;
  readonly extension?: string;
}

/** A new call as Finesse's `POST /User/{id}/Dialogs` (MAKE_CALL) takes it. */
export interface FinesseMakeCall {
  /** The agent's own signed-in extension. */
  readonly fromAddress: string;
  readonly toAddress: string;
  /** callVariable1…10 and ECC variables (`user.…`); Unified CCE only. */
  readonly variables?: Readonly<Record<string, string>>;
}

/** A call action as Finesse's `PUT /Dialog/{id}` takes it. */
export interface FinesseDialogAction {
  readonly requestedAction: string;
  /** The agent's own extension: the participant the action applies to. */
  readonly targetMediaAddress?: string;
  readonly toAddress?: string;
  readonly dtmf?: string;
  readonly wrapUpReason?: string;
  readonly variables?: Readonly<Record<string, string>>;
}

/** What the client reports after each Finesse call, for metrics: `refused` means Finesse answered with an ApiError. */
export type FinesseCallReport = UpstreamCallReport;

/** Where Finesse listens (e.g. `https://finesse.example.com:8445`; the API is under `/finesse/api`), its timeout and pool. */
export type FinesseClientOptions = UpstreamClientOptions;
