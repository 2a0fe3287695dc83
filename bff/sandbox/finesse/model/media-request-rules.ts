import type {
  DialogLogoutAction,
  InterruptAction,
  MediaRoutingDomain,
  MediaSession,
  Task,
  TaskAction,
} from './media-types.js';
import { DIALOG_LOGOUT_ACTIONS, INTERRUPT_ACTIONS, TASK_ACTIONS } from './media-types.js';
import { invalidInput, invalidState, parameterMissing } from './errors.js';
import { taskActions } from './task-rules.js';

/**
 * The checks Finesse makes at once on `PUT /User/{id}/Media/{mrdId}` and on a non-voice `PUT /Dialog/{id}`
 * (Developer Guide 12.5(1), "Media—Sign In", "Media—Change State", "Dialog APIs for Nonvoice Tasks"). Input faults
 * throw (400); what the agent's standing refuses is left to the caller, which reports it asynchronously.
 */

export interface MediaStateRequest {
  readonly state: string | undefined;
  readonly maxDialogLimit?: string | undefined;
  readonly interruptAction?: string | undefined;
  readonly dialogLogoutAction?: string | undefined;
  readonly reasonCodeId?: string | undefined;
}

export type MediaChange =
  | {
      readonly kind: 'login';
      readonly maxDialogLimit: number;
      readonly interruptAction: InterruptAction;
      readonly dialogLogoutAction: DialogLogoutAction;
    }
  | { readonly kind: 'state'; readonly state: 'READY' | 'NOT_READY'; readonly reasonCodeId: string }
  | { readonly kind: 'logout' };

export function checkMediaRequest(request: MediaStateRequest): MediaChange {
  const state = request.state;
  if (state === undefined || state === '') throw parameterMissing('state');
  switch (state) {
    case 'LOGIN':
      return checkLogin(request);
    case 'READY':
      return { kind: 'state', state, reasonCodeId: '-1' };
    case 'NOT_READY':
      return {
        kind: 'state',
        state,
        reasonCodeId: request.reasonCodeId !== undefined && request.reasonCodeId !== '' ? request.reasonCodeId : '-1',
      };
    case 'LOGOUT':
      return { kind: 'logout' };
    default:
      throw invalidInput('state', `Invalid State specified for media: ${state}`);
  }
}

function checkLogin(request: MediaStateRequest): MediaChange {
  // "maxDialogLimit (required) … 1–10", "interruptAction (required)", "dialogLogoutAction (optional) … CLOSE if not specified".
  const limitText = request.maxDialogLimit;
  if (limitText === undefined || limitText === '') throw parameterMissing('maxDialogLimit');
  const limit = /^[0-9]{1,2}$/.test(limitText) ? Number(limitText) : NaN;
  if (!(limit >= 1 && limit <= 10)) throw invalidInput('maxDialogLimit', 'maxDialogLimit must be between 1 and 10');
  const interruptAction = request.interruptAction;
  if (interruptAction === undefined || interruptAction === '') throw parameterMissing('interruptAction');
  if (!(INTERRUPT_ACTIONS as readonly string[]).includes(interruptAction))
    throw invalidInput('interruptAction', 'interruptAction must be ACCEPT or IGNORE');
  const logoutAction =
    request.dialogLogoutAction === undefined || request.dialogLogoutAction === ''
      ? 'CLOSE'
      : request.dialogLogoutAction;
  if (!(DIALOG_LOGOUT_ACTIONS as readonly string[]).includes(logoutAction))
    throw invalidInput('dialogLogoutAction', 'dialogLogoutAction must be CLOSE or TRANSFER');
  return {
    kind: 'login',
    maxDialogLimit: limit,
    interruptAction: interruptAction as InterruptAction,
    dialogLogoutAction: logoutAction as DialogLogoutAction,
  };
}

export interface TaskActionRequest {
  readonly requestedAction: string | undefined;
  readonly targetMediaAddress: string | undefined;
  /** TRANSFER: the script selector or dialed number the task goes to. */
  readonly toAddress: string | undefined;
}

/**
 * The action a participant may take now. The target is the agent's own participant, whose mediaAddress is their
 * loginId (the guide leaves a non-voice mediaAddress open; the emulator's dialogs say what to send). An interrupted
 * dialog allows nothing: "While a dialog is interrupted, all actions for that dialog are disabled."
 */
export function checkTaskAction(
  request: TaskActionRequest,
  task: Task,
  domain: MediaRoutingDomain,
  session: MediaSession | undefined,
  shownState: Task['state'],
): TaskAction {
  const action = request.requestedAction;
  if (action === undefined || action === '') throw parameterMissing('requestedAction');
  if (!(TASK_ACTIONS as readonly string[]).includes(action))
    throw invalidInput('requestedAction', `Invalid requestedAction specified: ${action}`);
  const target = request.targetMediaAddress;
  if (target === undefined || target === '') throw parameterMissing('targetMediaAddress');
  if (target !== task.loginId)
    throw invalidInput('targetMediaAddress', `No participant ${target} on dialog ${task.id}`);
  const taskAction = action as TaskAction;
  if (taskAction === 'TRANSFER' && (request.toAddress === undefined || request.toAddress === ''))
    throw parameterMissing('toAddress');
  if (session === undefined || !taskActions(shownState, domain).includes(taskAction)) {
    throw invalidState('requestedAction', `${taskAction} is not allowed for a participant in state ${shownState}`);
  }
  return taskAction;
}
