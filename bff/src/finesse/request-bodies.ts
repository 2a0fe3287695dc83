import type { FinesseDialogAction, FinesseMakeCall, FinesseStateChange } from './types.js';
import type { XmlElementToWrite } from '../upstream/xml-writer.js';
import { writeUpstreamXml } from '../upstream/xml-writer.js';

/** `<callvariables><CallVariable><name/><value/></CallVariable>…`: lowercase wrapper, PascalCase items (finesse.md §4.1). */
function callVariables(variables: Readonly<Record<string, string>>): XmlElementToWrite {
  return { CallVariable: Object.entries(variables).map(([name, value]) => ({ name, value })) };
}

/**
 * `PUT /finesse/api/User/{id}` (Developer Guide 12.5(1) "User—Change Agent State"): `state`, then `extension` to
 * sign in or `reasonCodeId` for Not Ready and sign-out codes.
 */
export function stateChangeBody(change: FinesseStateChange): string {
  const user: Record<string, string> = { state: change.state };
  if (change.extension !== undefined) user.extension = change.extension;
  if (change.reasonCodeId !== undefined) user.reasonCodeId = change.reasonCodeId;
  return writeUpstreamXml('User', user);
}

/**
 * `POST /finesse/api/User/{id}/Dialogs` with MAKE_CALL (or a supervisor's SILENT_MONITOR and BARGE_CALL). Call variables go only when there are some: Unified CCX
 * refuses any `mediaProperties` on MAKE_CALL with 400 Invalid Input (finesse.md §4.2).
 */
export function makeCallBody(call: FinesseMakeCall): string {
  const dialog: Record<string, string | XmlElementToWrite> = {
    requestedAction: call.requestedAction ?? 'MAKE_CALL',
    fromAddress: call.fromAddress,
    toAddress: call.toAddress,
  };
  // BARGE_CALL names the supervisor's monitor call by its URI ("Dialog—Barge In", Developer Guide 12.5(1)).
  if (call.associatedDialogId !== undefined)
    dialog.associatedDialogUri = `/finesse/api/Dialog/${encodeURIComponent(call.associatedDialogId)}`;
  if (call.variables !== undefined && Object.keys(call.variables).length > 0) {
    dialog.mediaProperties = { callvariables: callVariables(call.variables) };
  }
  return writeUpstreamXml('Dialog', dialog);
}

/**
 * `PUT /finesse/api/Dialog/{id}`: `requestedAction` and `targetMediaAddress` (not `mediaAddress`, which one
 * third-party document wrongly uses), `toAddress` for consult and single-step transfer, SEND_DTMF digits as the
 * `dtmfString` ActionParam, UPDATE_CALL_DATA's wrap-up reason and variables under `mediaProperties` (finesse.md §4.3).
 */
export function dialogActionBody(action: FinesseDialogAction): string {
  const dialog: Record<string, string | XmlElementToWrite> = { requestedAction: action.requestedAction };
  if (action.targetMediaAddress !== undefined) dialog.targetMediaAddress = action.targetMediaAddress;
  if (action.toAddress !== undefined) dialog.toAddress = action.toAddress;
  if (action.dtmf !== undefined) dialog.actionParams = { ActionParam: [{ name: 'dtmfString', value: action.dtmf }] };
  const mediaProperties: Record<string, string | XmlElementToWrite> = {};
  if (action.wrapUpReason !== undefined) mediaProperties.wrapUpReason = action.wrapUpReason;
  if (action.variables !== undefined && Object.keys(action.variables).length > 0)
    mediaProperties.callvariables = callVariables(action.variables);
  if (Object.keys(mediaProperties).length > 0) dialog.mediaProperties = mediaProperties;
  return writeUpstreamXml('Dialog', dialog);
}
