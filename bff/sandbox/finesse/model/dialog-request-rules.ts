import type { Dialog, DirectoryUser, Participant } from './types.js';
import type { AgentRoster } from './agent-roster.js';
import type { DialogBook } from './dialog-book.js';
import type { DialogAction, NewDialogRequest } from './dialog-requests.js';
import { DIALOG_ACTIONS } from './dialog-requests.js';
import { variablesProblem } from './call-variables.js';
import {
  invalidAuthorizationUser,
  invalidDestination,
  invalidInput,
  invalidState,
  notImplemented,
  parameterMissing,
} from './errors.js';

/** Documented actions the emulator does not carry out; it answers them like a deployment without the feature (501). */
const NOT_EMULATED = [
  'START_RECORDING',
  'ACCEPT',
  'CLOSE',
  'REJECT',
  'RECLASSIFY',
  'UPDATE_SCHEDULED_CALLBACK',
  'CANCEL_SCHEDULED_CALLBACK',
];

const DESTINATION = /^\+?[0-9*#]{1,32}$/;
const DTMF = /^[0-9*#A-D]{1,32}$/;

export type NewDialogAction = 'MAKE_CALL' | 'SILENT_MONITOR' | 'BARGE_CALL';

/** The checks every `POST /User/{id}/Dialogs` passes, in Finesse's order. */
export function checkNewDialog(
  actor: DirectoryUser,
  owner: DirectoryUser,
  request: NewDialogRequest,
  roster: AgentRoster,
): { action: NewDialogAction; fromAddress: string; toAddress: string } {
  if (actor.loginId !== owner.loginId) throw invalidAuthorizationUser(actor.loginId);
  const action = request.requestedAction;
  if (action === undefined || action === '') throw parameterMissing('requestedAction');
  if (action !== 'MAKE_CALL' && action !== 'SILENT_MONITOR' && action !== 'BARGE_CALL') {
    throw invalidInput('requestedAction', `Invalid requestedAction specified: ${action}`);
  }
  const fromAddress = request.fromAddress ?? '';
  const toAddress = request.toAddress ?? '';
  if (fromAddress === '') throw parameterMissing('fromAddress');
  if (toAddress === '') throw parameterMissing('toAddress');
  const status = roster.status(actor.loginId);
  if (status.state !== 'LOGOUT' && fromAddress !== status.extension)
    throw invalidInput('fromAddress', 'fromAddress must be the signed-in extension');
  return { action, fromAddress, toAddress };
}

export function checkMakeCall(
  fromAddress: string,
  toAddress: string,
  variables: ReadonlyMap<string, string> | undefined,
): void {
  validateDestination(toAddress, fromAddress);
  if (variables) {
    const problem = variablesProblem(variables);
    if (problem) throw invalidInput('callvariables', problem);
  }
}

/** BARGE_CALL names the supervisor's silent monitor call by its URI. */
export function bargedMonitorId(request: NewDialogRequest): string {
  const monitorId = /\/finesse\/api\/Dialog\/([^/]+)$/.exec(request.associatedDialogUri ?? '')?.[1];
  if (monitorId === undefined) throw parameterMissing('associatedDialogUri');
  return monitorId;
}

/** Participants and their supervisors may read a dialog and act on it. */
export function checkMayRead(book: DialogBook, roster: AgentRoster, actor: DirectoryUser, dialog: Dialog): void {
  if (book.isMember(dialog.id, actor.loginId)) return;
  if (book.agentsOn(dialog).some((loginId) => roster.supervises(actor, roster.get(loginId)))) return;
  throw invalidAuthorizationUser(actor.loginId);
}

export function emulatedAction(action: string | undefined): DialogAction {
  if (action === undefined || action === '') throw parameterMissing('requestedAction');
  if (NOT_EMULATED.includes(action)) throw notImplemented(action);
  if (!(DIALOG_ACTIONS as readonly string[]).includes(action)) {
    throw invalidInput('requestedAction', `Invalid requestedAction specified: ${action}`);
  }
  return action as DialogAction;
}

export function targetParticipant(
  actor: DirectoryUser,
  dialog: Dialog,
  action: DialogAction,
  target: string | undefined,
): Participant {
  if (target === undefined || target === '') {
    // UPDATE_CALL_DATA names no target: it acts on the requesting agent's own participant.
    const own = dialog.participants.find(
      (participant) => participant.loginId === actor.loginId && participant.state !== 'DROPPED',
    );
    if (action === 'UPDATE_CALL_DATA' && own) return own;
    throw parameterMissing('targetMediaAddress');
  }
  const participant = dialog.participants.find(
    (candidate) => candidate.mediaAddress === target && candidate.state !== 'DROPPED',
  );
  if (!participant) throw invalidInput('targetMediaAddress', `No participant ${target} on dialog ${dialog.id}`);
  if (participant.loginId !== actor.loginId) throw invalidAuthorizationUser(actor.loginId);
  return participant;
}

export function checkAllowed(book: DialogBook, dialog: Dialog, participant: Participant, action: DialogAction): void {
  if (!book.actionsOf(dialog, participant).includes(action)) {
    throw invalidState('requestedAction', `${action} is not allowed for a participant in state ${participant.state}`);
  }
}

export function requireDestination(toAddress: string | undefined, own: string): string {
  if (toAddress === undefined || toAddress === '') throw parameterMissing('toAddress');
  validateDestination(toAddress, own);
  return toAddress;
}

export function checkDtmf(digits: string | undefined): void {
  if (digits === undefined || digits === '') throw parameterMissing('dtmfString');
  if (!DTMF.test(digits)) throw invalidInput('dtmfString', 'DTMF digits must be 0-9, *, # or A-D');
}

function validateDestination(toAddress: string, fromAddress: string): void {
  if (!DESTINATION.test(toAddress) || toAddress === fromAddress) throw invalidDestination(toAddress);
}
