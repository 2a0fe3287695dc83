/**
 * The Finesse domain as the emulator models it. Names and values are Finesse's own (Finesse Web Services Developer
 * Guide 12.5(1), "User", "Dialog" and "State (Participant) Parameter Values"), so the XML renderers can copy them.
 */

export type Role = 'Agent' | 'Supervisor';

/** Every User `state` Finesse reports; agents may only request LOGIN, READY, NOT_READY and LOGOUT. */
export const AGENT_STATES = [
  'LOGOUT',
  'NOT_READY',
  'READY',
  'RESERVED',
  'RESERVED_OUTBOUND',
  'RESERVED_OUTBOUND_PREVIEW',
  'TALKING',
  'HOLD',
  'WORK',
  'WORK_READY',
  'UNKNOWN',
] as const;
export type AgentState = (typeof AGENT_STATES)[number];

export type WrapUpMode = 'OPTIONAL' | 'REQUIRED' | 'NOT_ALLOWED';

export type ParticipantState =
  'INITIATING' | 'INITIATED' | 'ALERTING' | 'ACTIVE' | 'HELD' | 'FAILED' | 'DROPPED' | 'WRAP_UP' | 'ACCEPTED';

export type DialogState = 'INITIATING' | 'INITIATED' | 'ALERTING' | 'ACTIVE' | 'FAILED' | 'DROPPED' | 'ACCEPTED';

export type CallType =
  | 'ACD_IN'
  | 'OTHER_IN'
  | 'OUT'
  | 'AGENT_OUT'
  | 'AGENT_INSIDE'
  | 'CONSULT'
  | 'CONFERENCE'
  | 'TRANSFER'
  | 'SUPERVISOR_MONITOR';

/** A participant action as Finesse lists it in `<actions>` (REST names, not finesse.js names). */
export type ParticipantAction =
  | 'ANSWER'
  | 'HOLD'
  | 'RETRIEVE'
  | 'DROP'
  | 'UPDATE_CALL_DATA'
  | 'CONSULT_CALL'
  | 'TRANSFER'
  | 'CONFERENCE'
  | 'TRANSFER_SST'
  | 'SEND_DTMF';

export interface ReasonCode {
  readonly id: string;
  readonly category: 'NOT_READY' | 'LOGOUT';
  readonly code: string;
  readonly label: string;
  readonly forAll: boolean;
  readonly systemCode: boolean;
}

export interface WrapUpReason {
  readonly id: string;
  readonly label: string;
  readonly forAll: boolean;
}

export interface Team {
  readonly id: string;
  readonly name: string;
}

/** A skill group, as Finesse's Queue object names it (id = its peripheral number). */
export interface Queue {
  readonly id: string;
  readonly name: string;
}

/** A configured user (what CCE's AW database knows), not their live state. */
export interface DirectoryUser {
  readonly loginId: string;
  readonly loginName: string;
  readonly password: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly roles: readonly Role[];
  readonly teamId: string;
  /** Teams this user supervises (empty for agents). */
  readonly supervisedTeamIds: readonly string[];
  readonly skillTargetId: string;
  /** The queues (skill groups) the user belongs to. */
  readonly queueIds: readonly string[];
  readonly wrapUpOnIncoming: WrapUpMode;
  readonly wrapUpOnOutgoing: WrapUpMode;
  /** Seconds in wrap-up before CCE moves the agent on by itself. */
  readonly wrapUpTimer: number;
}

/** Live agent state, changed by requests, calls and timers. */
export interface AgentStatus {
  state: AgentState;
  stateChangeTime: Date;
  /** The state requested during a call, applied when the call ends ('' when none). */
  pendingState: '' | 'READY' | 'NOT_READY';
  pendingReasonCodeId: string;
  /** The ReasonCode DB id, or '-1' when there is none (12.5 captures). */
  reasonCodeId: string;
  /** The signed-in extension; empty while logged out. */
  extension: string;
  /** READY or NOT_READY: where the agent returns after a call unless a pending state says otherwise. */
  stateBeforeCall: 'READY' | 'NOT_READY';
  /** The Not Ready reason the agent had when the call began, restored with NOT_READY after it. */
  reasonBeforeCall: string;
}

export interface Participant {
  mediaAddress: string;
  /** AGENT_DEVICE for an agent's phone; empty for a caller outside the contact center. */
  mediaAddressType: 'AGENT_DEVICE' | '';
  state: ParticipantState;
  stateCause: '' | 'BUSY' | 'BAD_DESTINATION' | 'OTHER' | 'DEVICE_RESOURCE_NOT_AVAILABLE';
  startTime: Date;
  stateChangeTime: Date;
  /** The agent whose device this is, when it is one. */
  loginId?: string;
}

export interface Dialog {
  readonly id: string;
  mediaType: 'Voice';
  fromAddress: string;
  toAddress: string;
  state: DialogState;
  associatedDialogId: string;
  secondaryId: string;
  callType: CallType;
  dialedNumber: string;
  dnis: string;
  queueNumber: string;
  queueName: string;
  callKeyCallId: string;
  callKeySequenceNum: string;
  callKeyPrefix: string;
  wrapUpReason: string;
  /** callVariable1…10 and ECC variables (`user.…`), in Finesse's order. */
  variables: Map<string, string>;
  participants: Participant[];
  /** The agent who placed the call ('' for a caller from outside): their wrap-up follows wrapUpOnOutgoing. */
  initiatorLoginId: string;
}

/** A participant as rendered: its actions derived from its state, as Finesse derives them. */
export interface ParticipantView extends Participant {
  actions: readonly ParticipantAction[];
}

export interface DialogView extends Omit<Dialog, 'participants'> {
  participants: readonly ParticipantView[];
}

/** A user as rendered: configuration, live state and the reason code object. */
export interface UserView {
  user: DirectoryUser;
  status: AgentStatus;
  reasonCode: ReasonCode | undefined;
  teamName: string;
  supervisedTeams: readonly Team[];
}

export type SystemStatus = 'IN_SERVICE' | 'OUT_OF_SERVICE';
