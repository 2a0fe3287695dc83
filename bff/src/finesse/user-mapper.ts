import type { Agent, AgentState, Role, TeamRef } from '../../../shared/api/agent.js';
import { AGENT_STATES } from '../../../shared/api/agent.js';
import type { FinesseTeam } from './types.js';
import type { XmlElement } from './xml-element.js';
import {
  childElement,
  childElements,
  childText,
  childTexts,
  idFromUri,
  nonEmptyText,
  requiredText,
} from './xml-element.js';
import { readRoot } from './finesse-xml-reader.js';

/** What a Team member summary and the full User share. */
export type AgentSummary = Omit<FinesseTeam['members'][number], 'onCall'>;

const ROLES: readonly Role[] = ['Agent', 'Supervisor', 'Administrator'];

function isAgentState(value: string): value is AgentState {
  return (AGENT_STATES as readonly string[]).includes(value);
}

/** A state this BFF does not know (a later Finesse release) reads as Finesse's own UNKNOWN rather than failing. */
function agentState(user: XmlElement, owner: string): AgentState {
  const state = requiredText(user, 'state', owner);
  return isAgentState(state) ? state : 'UNKNOWN';
}

/**
 * The current reason. `reasonCodeId` is `-1` (12.5 captures) or empty when there is none; the User nests the code as
 * `<ReasonCode>`, a Team member summary as `<reasonCode>` and without `reasonCodeId`.
 */
function reasonCode(user: XmlElement): Agent['reasonCode'] {
  const nested = childElement(user, ['ReasonCode', 'reasonCode']);
  const id =
    nonEmptyText(user, 'reasonCodeId') ??
    (nested ? (nonEmptyText(nested, 'id') ?? idFromUri(nonEmptyText(nested, 'uri'))) : undefined);
  if (id === undefined || id === '-1') return undefined;
  return { id, code: (nested && childText(nested, 'code')) ?? '', label: (nested && childText(nested, 'label')) ?? '' };
}

/** The fields a Team member summary shares with the full User ("Team", Developer Guide 12.5(1)). */
export function agentSummaryFromUser(user: XmlElement): AgentSummary {
  const pending = nonEmptyText(user, 'pendingState');
  const reason = reasonCode(user);
  return {
    id: requiredText(user, 'loginId', 'User'),
    firstName: childText(user, 'firstName') ?? '',
    lastName: childText(user, 'lastName') ?? '',
    // Empty while logged out (12.5 captures).
    extension: childText(user, 'extension') ?? '',
    state: agentState(user, 'User'),
    stateChangedAt: childText(user, 'stateChangeTime') ?? '',
    ...(reason ? { reasonCode: reason } : {}),
    ...(pending !== undefined && isAgentState(pending) ? { pendingState: pending } : {}),
  };
}

function teamRef(team: XmlElement): TeamRef {
  return { id: requiredText(team, 'id', 'Team'), name: childText(team, 'name') ?? '' };
}

/**
 * A User (`GET /finesse/api/User/{id}`, or the `<user>` of a notification) as an Agent. Children may come in the
 * documented order or alphabetically (12.5 notifications); roles other than the documented three are ignored.
 */
export function agentFromUser(user: XmlElement): Agent {
  const roles = childElement(user, 'roles');
  const settings = childElement(user, 'settings');
  const supervised = childElement(user, 'teams');
  const teamId = nonEmptyText(user, 'teamId');
  return {
    ...agentSummaryFromUser(user),
    loginName: requiredText(user, 'loginName', 'User'),
    roles: roles ? ROLES.filter((role) => childTexts(roles, 'role').includes(role)) : [],
    ...(teamId !== undefined ? { team: { id: teamId, name: childText(user, 'teamName') ?? '' } } : {}),
    ...(supervised ? { supervisedTeams: childElements(supervised, 'Team').map(teamRef) } : {}),
    ...(settings
      ? {
          wrapUp: {
            onIncoming: childText(settings, 'wrapUpOnIncoming') ?? '',
            onOutgoing: childText(settings, 'wrapUpOnOutgoing') ?? '',
          },
        }
      : {}),
  };
}

/** A `GET /finesse/api/User/{id}` answer. The root is `<User>`; `<user>` (the notification spelling) is accepted too. */
export function readAgent(xml: string): Agent {
  return agentFromUser(readRoot(xml, ['User', 'user']));
}
