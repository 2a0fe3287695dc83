import type { Agent, AgentState, Role } from '../../../shared/api/agent.js';
import type { Dialog, Participant } from '../../../shared/api/dialog.js';
import type { FinesseDialog, FinesseParticipant, FinesseUser, XmlList } from './finesse-api.js';

/** finesse.js keeps XML lists as the item itself when there is one, and an empty element as "". */
function listOf<T>(value: XmlList<T>): T[] {
  if (value === undefined || value === '') return [];
  return Array.isArray(value) ? [...(value as readonly T[])] : [value as T];
}

/** Every state the tab knows; a Record so the compiler checks it against AgentState (shared/api is types-only here). */
const KNOWN_STATES: Readonly<Record<AgentState, true>> = {
  LOGOUT: true,
  NOT_READY: true,
  READY: true,
  RESERVED: true,
  RESERVED_OUTBOUND: true,
  RESERVED_OUTBOUND_PREVIEW: true,
  TALKING: true,
  HOLD: true,
  WORK: true,
  WORK_READY: true,
  UNKNOWN: true,
};

/** A state of a later Finesse release reads as Finesse's own UNKNOWN rather than failing. */
function agentState(value: string): AgentState {
  return Object.hasOwn(KNOWN_STATES, value) ? (value as AgentState) : 'UNKNOWN';
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** A finesse.js User as the tab's Agent, through the documented getters (getData only where none exists). */
export function agentFromFinesseUser(user: FinesseUser): Agent {
  const data = user.getData();
  const reasonId = user.getNotReadyReasonCodeId();
  const pending = user.getPendingState();
  const teamId = text(user.getTeamId());
  const roles: Role[] = [];
  if (user.hasAgentRole()) roles.push('Agent');
  if (user.hasSupervisorRole()) roles.push('Supervisor');
  const supervised = user.hasSupervisorRole() ? user.getSupervisedTeams() : [];
  return {
    id: user.getId(),
    loginName: data.loginName,
    firstName: user.getFirstName(),
    lastName: user.getLastName(),
    extension: user.getExtension(),
    state: agentState(user.getState()),
    stateChangedAt: user.getStateChangeTime(),
    roles,
    ...(reasonId !== undefined && reasonId !== ''
      ? { reasonCode: { id: reasonId, code: data.reasonCode?.code ?? '', label: user.getReasonCodeLabel() } }
      : {}),
    ...(pending !== '' ? { pendingState: agentState(pending) } : {}),
    ...(teamId !== undefined ? { team: { id: teamId, name: user.getTeamName() ?? '' } } : {}),
    ...(supervised.length > 0 ? { supervisedTeams: supervised.map((team) => ({ id: team.id, name: team.name })) } : {}),
    ...(data.settings
      ? {
          wrapUp: {
            onIncoming: data.settings.wrapUpOnIncoming ?? '',
            onOutgoing: data.settings.wrapUpOnOutgoing ?? '',
          },
        }
      : {}),
  };
}

function participantFrom(participant: FinesseParticipant): Participant {
  const cause = text(participant.stateCause);
  return {
    address: participant.mediaAddress,
    kind: participant.mediaAddressType === 'AGENT_DEVICE' ? 'agent' : 'external',
    state: participant.state,
    ...(cause !== undefined ? { stateCause: cause } : {}),
    actions: participant.actions === undefined || participant.actions === '' ? [] : listOf(participant.actions.action),
  };
}

/** Call variables are the media properties named callVariable1…10 or `user.…` (ECC), as getMediaProperties gives them. */
function variablesFrom(properties: Readonly<Record<string, unknown>>): Record<string, string> {
  const pairs = Object.entries(properties).filter(
    (entry): entry is [string, string] => /^(callVariable\d+|user\..+)$/.test(entry[0]) && typeof entry[1] === 'string',
  );
  return Object.fromEntries(pairs);
}

/** A finesse.js Dialog as the tab's Dialog. Finesse has no start time for a dialog: the earliest participant's is used. */
export function dialogFromFinesseDialog(dialog: FinesseDialog): Dialog {
  const properties = dialog.getMediaProperties();
  const participants = dialog.getParticipants();
  const dnis = text(properties.DNIS);
  const queueNumber = text(properties.queueNumber);
  const wrapUpReason = text(properties.wrapUpReason);
  const associated = text(dialog.getData().associatedDialogUri)?.split('/').pop();
  const started = participants
    .map((participant) => participant.startTime ?? '')
    .filter((time) => time !== '')
    .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  return {
    id: dialog.getId(),
    mediaType: dialog.getMediaType(),
    state: dialog.getState(),
    from: dialog.getFromAddress(),
    to: dialog.getToAddress(),
    callType: text(properties.callType) ?? '',
    ...(dnis !== undefined ? { dnis } : {}),
    ...(queueNumber !== undefined ? { queue: { number: queueNumber, name: text(properties.queueName) ?? '' } } : {}),
    variables: variablesFrom(properties),
    ...(wrapUpReason !== undefined ? { wrapUpReason } : {}),
    ...(associated !== undefined && associated !== '' ? { associatedDialogId: associated } : {}),
    participants: participants.map(participantFrom),
    ...(started !== undefined ? { startedAt: started } : {}),
  };
}
