import type { Agent } from '../../../shared/api/agent.js';
import type { Dialog } from '../../../shared/api/dialog.js';
import type { FinesseDialogData, FinesseParticipant, FinesseUserData, XmlList } from '../../src/host/finesse-api.js';

/**
 * The BFF's Agent and Dialog turned back into what finesse.js holds after parsing Finesse's XML (its `getData()`),
 * quirks included: a list of one is the item itself and an empty list is "", so the gadget meets the same shapes
 * as on a real Finesse.
 */
function xmlList<T>(items: readonly T[]): XmlList<T> {
  if (items.length === 0) return '';
  return items.length === 1 ? items[0] : items;
}

export function userDataFromAgent(agent: Agent): FinesseUserData {
  return {
    uri: `/finesse/api/User/${agent.id}`,
    loginId: agent.id,
    loginName: agent.loginName,
    firstName: agent.firstName,
    lastName: agent.lastName,
    extension: agent.extension,
    state: agent.state,
    stateChangeTime: agent.stateChangedAt,
    pendingState: agent.pendingState ?? '',
    reasonCodeId: agent.reasonCode?.id ?? '-1',
    ...(agent.reasonCode
      ? { reasonCode: { ...agent.reasonCode, uri: `/finesse/api/ReasonCode/${agent.reasonCode.id}` } }
      : {}),
    roles: { role: xmlList(agent.roles) },
    ...(agent.team ? { teamId: agent.team.id, teamName: agent.team.name } : {}),
    teams: agent.supervisedTeams
      ? { Team: xmlList(agent.supervisedTeams.map((team) => ({ ...team, uri: `/finesse/api/Team/${team.id}` }))) }
      : '',
    ...(agent.wrapUp
      ? { settings: { wrapUpOnIncoming: agent.wrapUp.onIncoming, wrapUpOnOutgoing: agent.wrapUp.onOutgoing } }
      : {}),
  };
}

export function dialogDataFromDialog(dialog: Dialog): FinesseDialogData {
  const variables = Object.entries(dialog.variables).map(([name, value]) => ({ name, value }));
  const participants = dialog.participants.map((participant): FinesseParticipant => ({
    mediaAddress: participant.address,
    mediaAddressType: participant.kind === 'agent' ? 'AGENT_DEVICE' : '',
    state: participant.state,
    stateCause: participant.stateCause ?? '',
    // The BFF keeps only the dialog's start (the earliest participant's); every participant gets it.
    startTime: dialog.startedAt ?? '',
    actions: participant.actions.length === 0 ? '' : { action: xmlList(participant.actions) },
  }));
  return {
    id: dialog.id,
    uri: `/finesse/api/Dialog/${dialog.id}`,
    mediaType: dialog.mediaType,
    state: dialog.state,
    fromAddress: dialog.from,
    toAddress: dialog.to,
    ...(dialog.associatedDialogId !== undefined
      ? { associatedDialogUri: `/finesse/api/Dialog/${dialog.associatedDialogId}` }
      : {}),
    mediaProperties: {
      callType: dialog.callType,
      DNIS: dialog.dnis ?? '',
      dialedNumber: dialog.dnis ?? '',
      wrapUpReason: dialog.wrapUpReason ?? '',
      queueNumber: dialog.queue?.number ?? '',
      queueName: dialog.queue?.name ?? '',
      callvariables: variables.length === 0 ? '' : { CallVariable: xmlList(variables) },
    },
    participants: { Participant: xmlList(participants) },
  };
}

/** The items of a finesse.js XML list. */
export function listOf<T>(value: XmlList<T>): T[] {
  if (value === undefined || value === '') return [];
  return Array.isArray(value) ? [...(value as readonly T[])] : [value as T];
}
