import type { ReasonCode } from './types.js';

/**
 * Non-voice media as Finesse for Unified CCE models it (Developer Guide 12.5(1), "Media", "Media API Parameters",
 * "Agent States for Nonvoice Media", "Dialog Object for Nonvoice Tasks"). Names and values are Finesse's own.
 */

/** A Media Routing Domain: a class of work CCE routes separately (voice, chat, email, tasks). */
export interface MediaRoutingDomain {
  readonly id: string;
  /** The MRD name, which is also the `mediaType` of its dialogs ("Cisco_Chat_MRD" in the documented sample). */
  readonly name: string;
  readonly description: string;
  /** Whether a task in this MRD can be interrupted by a task (or call) from another MRD. */
  readonly interruptible: boolean;
  /** Whether its dialogs may be blind-transferred (TRANSFER); a deployment decides this per MRD. */
  readonly transferable: boolean;
  /** Cisco_Voice: listed among the domains but not a Media object (the Media API serves non-voice MRDs only). */
  readonly voice: boolean;
}

/** Every Media `state` Finesse reports; agents request only LOGIN, READY, NOT_READY and LOGOUT. */
export const MEDIA_STATES = [
  'LOGOUT',
  'NOT_READY',
  'READY',
  'RESERVED',
  'ACTIVE',
  'PAUSED',
  'WORK_READY',
  'INTERRUPTED',
] as const;
export type MediaState = (typeof MEDIA_STATES)[number];

export const INTERRUPT_ACTIONS = ['ACCEPT', 'IGNORE'] as const;
export type InterruptAction = (typeof INTERRUPT_ACTIONS)[number];

export const DIALOG_LOGOUT_ACTIONS = ['CLOSE', 'TRANSFER'] as const;
export type DialogLogoutAction = (typeof DIALOG_LOGOUT_ACTIONS)[number];

/** One user's standing in one MRD: what they chose at sign-in and what they asked for since. */
export interface MediaSession {
  readonly mrdId: string;
  readonly maxDialogLimit: number;
  readonly interruptAction: InterruptAction;
  readonly dialogLogoutAction: DialogLogoutAction;
  /** READY makes the agent routable (CCE may assign tasks); NOT_READY does not. */
  requested: 'READY' | 'NOT_READY';
  reasonCodeId: string;
  /** Set while a call or a task from another MRD interrupts this one (interruptAction ACCEPT only). */
  interrupted: boolean;
  stateChangeTime: Date;
  /** The state last published, so a change of derived state is announced once. */
  publishedState: MediaState;
}

/** A non-voice dialog's (and its one participant's) state ("State (Dialog) Parameter Values", Nonvoice States). */
export type TaskState = 'OFFERED' | 'ACCEPTED' | 'ACTIVE' | 'PAUSED' | 'WRAPPING_UP' | 'INTERRUPTED' | 'CLOSED';

/** The `requestedAction`s of a non-voice dialog (finesse.restservices.MediaDialog task actions). */
export const TASK_ACTIONS = ['ACCEPT', 'START', 'PAUSE', 'RESUME', 'WRAP_UP', 'TRANSFER', 'CLOSE'] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];

/** A chat, an email or a task, from its offer to its close. */
export interface Task {
  /** Non-voice dialog ids contain underscores (`1234_5423_1`); voice ids never do. */
  readonly id: string;
  readonly mrdId: string;
  /** The customer: a chat name or an email address. */
  readonly from: string;
  readonly subject: string;
  /** callVariable1…10 and ECC variables (`user.POD.ID`), in Finesse's order. */
  readonly variables: ReadonlyMap<string, string>;
  readonly createdAt: Date;
  /** The agent it is offered to; empty while it waits for one. */
  loginId: string;
  /** The agent it must go to, when the control API named one. */
  readonly wantedLoginId: string;
  state: TaskState;
  startTime: Date;
  stateChangeTime: Date;
}

/** A user's Media object as rendered. `session` is absent while they are signed out of the MRD. */
export interface MediaView {
  readonly loginId: string;
  readonly domain: MediaRoutingDomain;
  readonly session: MediaSession | undefined;
  readonly state: MediaState;
  readonly reasonCode: ReasonCode | undefined;
}

/** A non-voice dialog as rendered: the state it shows and its participant's actions. */
export interface TaskView {
  readonly task: Task;
  readonly domain: MediaRoutingDomain;
  readonly state: TaskState;
  readonly actions: readonly TaskAction[];
}

/**
 * An asynchronous Media or non-voice Dialog error ("Media and Dialogs/Media Error Code Descriptions"): the ARM error
 * constant, its code, and the MRD it concerns (`errorMedia`).
 */
export interface MediaFailure {
  readonly errorType: string;
  readonly errorMessage: string;
  readonly errorData: string;
}

/** The documented sample: signing in to an MRD one is already signed in to. */
export const ARM_ALREADY_LOGGED_IN: MediaFailure = {
  errorType: 'Agent already logged into MRD',
  errorMessage: 'E_ARM_STAT_AGENT_ALREADY_LOGGED_IN',
  errorData: '1',
};

/** A state change in an MRD one is not signed in to. The guide names no constant for it; the emulator follows the sample's pattern. */
export const ARM_NOT_LOGGED_IN: MediaFailure = {
  errorType: 'Agent not logged into MRD',
  errorMessage: 'E_ARM_STAT_AGENT_NOT_LOGGED_IN',
  errorData: '2',
};
