import type { AgentState, AgentStatus, ReasonCode } from './types.js';
import { AGENT_STATES } from './types.js';
import type { AsyncFailure } from './errors.js';
import {
  CTI_INVALID_LOGON_DEVICE,
  CTI_INVALID_OBJECT_STATE,
  invalidAuthorizationUser,
  invalidInput,
  parameterMissing,
} from './errors.js';

/**
 * The Unified CCE agent state rules a Finesse `PUT /User/{id}` is judged by (Developer Guide 12.5(1), "User States
 * in Unified CCE"; the reference's §3.2). Pure: it decides, the caller applies. Input faults throw a FinesseApiError
 * (Finesse answers them synchronously); CTI refusals come back as `refuse` (Finesse answers 202 and then publishes
 * an `<apiErrors>` notification).
 */

/** The states a client may ask for; every other Finesse state comes from calls and timers. */
export const REQUESTABLE_STATES = ['LOGIN', 'READY', 'NOT_READY', 'LOGOUT'] as const;
export type RequestableState = (typeof REQUESTABLE_STATES)[number];

export interface StateRequest {
  readonly state: string | undefined;
  readonly reasonCodeId?: string | undefined;
  readonly extension?: string | undefined;
}

export type StateDecision =
  | { readonly kind: 'apply'; readonly state: AgentState; readonly reasonCodeId: string; readonly extension?: string }
  | { readonly kind: 'pend'; readonly pendingState: 'READY' | 'NOT_READY'; readonly reasonCodeId: string }
  | { readonly kind: 'refuse'; readonly failure: AsyncFailure };

export interface StateRules {
  /** Configured (non-system) reason codes. */
  readonly reasonCodes: readonly ReasonCode[];
  /** Extensions the peripheral knows as agent devices. */
  readonly isKnownDevice: (extension: string) => boolean;
  /** The system reason code id CCE applies when a supervisor makes an agent Not Ready (999 on CCE). */
  readonly supervisorReasonCodeId: string;
}

/** States in which a call is in progress: a READY or NOT_READY request waits as `pendingState`. */
const CALL_STATES: readonly AgentState[] = [
  'RESERVED',
  'RESERVED_OUTBOUND',
  'RESERVED_OUTBOUND_PREVIEW',
  'TALKING',
  'HOLD',
];
const AVAILABLE_OR_WRAPPING: readonly AgentState[] = ['READY', 'NOT_READY', 'WORK', 'WORK_READY'];

const refuse: StateDecision = { kind: 'refuse', failure: CTI_INVALID_OBJECT_STATE };
const NO_REASON = '-1';

function requestedState(request: StateRequest): RequestableState {
  if (request.state === undefined || request.state === '') throw parameterMissing('state');
  const state = request.state;
  if (!(REQUESTABLE_STATES as readonly string[]).includes(state)) {
    // Finesse knows TALKING, WORK and the rest, but a client may not set them: same answer as an unknown value.
    const known = (AGENT_STATES as readonly string[]).includes(state);
    throw invalidInput('state', known ? `State ${state} cannot be requested` : 'Invalid State specified for user');
  }
  return state as RequestableState;
}

function reasonFor(
  category: ReasonCode['category'],
  request: StateRequest,
  rules: StateRules,
  required: boolean,
): string {
  const id = request.reasonCodeId?.trim();
  const codes = rules.reasonCodes.filter((code) => code.category === category && !code.systemCode);
  if (id === undefined || id === '' || id === NO_REASON) {
    if (required && codes.length > 0) throw parameterMissing('reasonCodeId');
    return NO_REASON;
  }
  if (!codes.some((code) => code.id === id))
    throw invalidInput('reasonCodeId', `Invalid reasonCodeId specified: ${id}`);
  return id;
}

/** An agent (or supervisor) changing their own state. */
export function decideOwnStateChange(current: AgentStatus, request: StateRequest, rules: StateRules): StateDecision {
  const state = requestedState(request);
  switch (state) {
    case 'LOGIN': {
      const extension = request.extension?.trim() ?? '';
      if (extension === '') throw parameterMissing('extension');
      if (!/^[0-9]{1,20}$/.test(extension)) throw invalidInput('extension', 'Invalid extension specified');
      // Sign-in is forced: signing in again keeps the agent's current state.
      if (current.state !== 'LOGOUT')
        return { kind: 'apply', state: current.state, reasonCodeId: current.reasonCodeId, extension };
      if (!rules.isKnownDevice(extension)) return { kind: 'refuse', failure: CTI_INVALID_LOGON_DEVICE };
      return { kind: 'apply', state: 'NOT_READY', reasonCodeId: NO_REASON, extension };
    }
    case 'READY':
      if (current.state === 'LOGOUT') return refuse;
      if (CALL_STATES.includes(current.state)) return { kind: 'pend', pendingState: 'READY', reasonCodeId: NO_REASON };
      return { kind: 'apply', state: 'READY', reasonCodeId: NO_REASON };
    case 'NOT_READY': {
      const reasonCodeId = reasonFor('NOT_READY', request, rules, true);
      if (current.state === 'LOGOUT') return refuse;
      if (CALL_STATES.includes(current.state)) return { kind: 'pend', pendingState: 'NOT_READY', reasonCodeId };
      return { kind: 'apply', state: 'NOT_READY', reasonCodeId };
    }
    case 'LOGOUT': {
      const reasonCodeId = reasonFor('LOGOUT', request, rules, false);
      // On Unified CCE an agent signs out only from Not Ready.
      if (current.state !== 'NOT_READY') return refuse;
      return { kind: 'apply', state: 'LOGOUT', reasonCodeId };
    }
  }
}

/** A supervisor changing a team member's state (Developer Guide 12.5(1), "Supervisor"; reference §3.2). */
export function decideSupervisorStateChange(
  current: AgentStatus,
  request: StateRequest,
  rules: StateRules,
  memberId: string,
): StateDecision {
  const state = requestedState(request);
  if (state === 'LOGIN') {
    // Only the agent can sign in to their own device.
    throw invalidAuthorizationUser(memberId);
  }
  // The supervisor chooses no reason: CCE applies its own (999 for Not Ready) ("Supervisor" state changes, reference §3.2).
  if (request.reasonCodeId !== undefined && request.reasonCodeId.trim() !== '') {
    throw invalidInput('reasonCodeId', 'A supervisor cannot specify a reason code for a team member');
  }
  switch (state) {
    case 'NOT_READY':
      if (!['READY', 'WORK', 'WORK_READY'].includes(current.state)) return refuse;
      return { kind: 'apply', state: 'NOT_READY', reasonCodeId: rules.supervisorReasonCodeId };
    case 'READY':
      if (!AVAILABLE_OR_WRAPPING.includes(current.state)) return refuse;
      return { kind: 'apply', state: 'READY', reasonCodeId: NO_REASON };
    case 'LOGOUT':
      if (!AVAILABLE_OR_WRAPPING.includes(current.state)) return refuse;
      return { kind: 'apply', state: 'LOGOUT', reasonCodeId: NO_REASON };
  }
}
