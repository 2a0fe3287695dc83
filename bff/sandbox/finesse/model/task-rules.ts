import type { MediaRoutingDomain, MediaSession, MediaState, Task, TaskAction, TaskState } from './media-types.js';

/**
 * What a non-voice participant may do in each state ("Nonvoice State (Participant) Parameter Values", Developer
 * Guide 12.5(1)): an offer is accepted, an accepted task started, a started one paused, resumed, wrapped up, closed
 * or blind-transferred. The guide lists TRANSFER for tasks being worked on; the emulator allows it where the MRD does.
 */
const ACTIONS_BY_STATE: Readonly<Record<TaskState, readonly TaskAction[]>> = {
  OFFERED: ['ACCEPT'],
  ACCEPTED: ['START', 'TRANSFER', 'CLOSE'],
  ACTIVE: ['PAUSE', 'WRAP_UP', 'TRANSFER', 'CLOSE'],
  PAUSED: ['RESUME', 'WRAP_UP', 'TRANSFER', 'CLOSE'],
  WRAPPING_UP: ['CLOSE'],
  INTERRUPTED: [],
  CLOSED: [],
};

/** The state each action leads to. TRANSFER and CLOSE both end the dialog for this agent. */
export const NEXT_STATE: Readonly<Record<TaskAction, TaskState>> = {
  ACCEPT: 'ACCEPTED',
  START: 'ACTIVE',
  PAUSE: 'PAUSED',
  RESUME: 'ACTIVE',
  WRAP_UP: 'WRAPPING_UP',
  TRANSFER: 'CLOSED',
  CLOSE: 'CLOSED',
};

/** Tasks in these states stop while their MRD is interrupted ("Dialogs can be interrupted if they are in the ACTIVE, PAUSED, or WRAPPING UP states"). */
const INTERRUPTIBLE_STATES: readonly TaskState[] = ['ACTIVE', 'PAUSED', 'WRAPPING_UP'];

/** The state a task shows: INTERRUPTED while its MRD is interrupted and the task was being worked on. */
export function shownTaskState(task: Task, session: MediaSession | undefined): TaskState {
  return session?.interrupted === true && INTERRUPTIBLE_STATES.includes(task.state) ? 'INTERRUPTED' : task.state;
}

export function taskActions(state: TaskState, domain: MediaRoutingDomain): readonly TaskAction[] {
  return ACTIONS_BY_STATE[state].filter((action) => action !== 'TRANSFER' || domain.transferable);
}

/**
 * The agent's Media state, derived from their tasks as "Agent States for Nonvoice Media" describes it: RESERVED with
 * only offers, ACTIVE once one is accepted or started, PAUSED when all are paused, WORK_READY when they wrap up, and
 * the state they asked for (READY or NOT_READY) when they hold no task.
 */
export function mediaState(session: MediaSession | undefined, tasks: readonly Task[]): MediaState {
  if (!session) return 'LOGOUT';
  if (session.interrupted) return 'INTERRUPTED';
  const states = new Set(tasks.map((task) => task.state));
  if (states.size === 0) return session.requested;
  if (states.has('ACCEPTED') || states.has('ACTIVE')) return 'ACTIVE';
  if (states.size === 1 && states.has('OFFERED')) return 'RESERVED';
  // An offer beside paused or wrapping tasks: the guide's ACTIVE covers "one or more offered tasks" besides others.
  if (states.has('OFFERED')) return 'ACTIVE';
  if (states.has('WRAPPING_UP')) return 'WORK_READY';
  return 'PAUSED';
}
