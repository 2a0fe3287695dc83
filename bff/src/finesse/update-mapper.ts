import type { FinesseUpdate } from './types.js';
import type { XmlElement } from './xml-element.js';
import { childElement, childElements, childNames, childText, requiredElement, requiredText } from './xml-element.js';
import { UpstreamFormatError } from '../upstream/format-error.js';
import { readRoot } from './finesse-xml-reader.js';
import { agentFromUser } from './user-mapper.js';
import { dialogFromXml } from './dialog-mapper.js';
import { apiErrorsFromXml } from './api-errors-mapper.js';
import { systemInfoFromXml } from './system-info-mapper.js';
import { teamMemberFromUser } from './team-mapper.js';
import { queueInData } from './queue-mapper.js';

type DialogChange = Extract<FinesseUpdate, { kind: 'dialog' }>['change'];

/** Dialog notifications: POST adds to the agent's dialogs, DELETE removes, PUT changes (finesse.md §5). */
const DIALOG_CHANGES: Readonly<Record<string, DialogChange>> = { POST: 'added', PUT: 'changed', DELETE: 'removed' };

/** Media nodes carry non-voice media, which the BFF does not follow. */
const FOREIGN_NODE = /\/finesse\/api\/User\/[^/]+\/Media(\/|$)/;

/** A supervisor's team node: member summaries come as `<user>` too, and must not be taken for the agent's own. */
const TEAM_USERS_NODE = /\/finesse\/api\/Team\/([^/]+)\/Users$/;

/** A queue's statistics node ("Queue Notifications"). */
const QUEUE_NODE = /\/finesse\/api\/Queue\/[^/]+$/;

/** Team/{id}/Users: POST a member joined, PUT a member changed, DELETE a member left (README, Supervisors). */
function teamMemberUpdate(
  teamId: string,
  data: XmlElement,
  event: string,
  requestId: string,
): FinesseUpdate | undefined {
  const change = DIALOG_CHANGES[event];
  if (change === undefined) return undefined;
  const user = requiredElement(data, ['user', 'User'], 'data');
  return {
    kind: 'team_member',
    requestId,
    teamId: decodeURIComponent(teamId),
    change,
    member: teamMemberFromUser(user),
  };
}

function dialogUpdate(data: XmlElement, event: string, requestId: string): FinesseUpdate | undefined {
  const change = DIALOG_CHANGES[event];
  if (change === undefined) return undefined;
  const wrapper = childElement(data, ['dialogs', 'Dialogs']);
  const dialogs = wrapper ? childElements(wrapper, 'Dialog') : [requiredElement(data, ['Dialog', 'dialog'], 'data')];
  const [dialog] = dialogs;
  if (dialogs.length !== 1 || dialog === undefined)
    throw new UpstreamFormatError('finesse', `<dialogs> holds ${dialogs.length} dialogs, not one`);
  return { kind: 'dialog', requestId, change, dialog: dialogFromXml(dialog) };
}

/**
 * One notification: the unescaped `<Update>` text of a pubsub item ("Notification Parameters", Developer Guide
 * 12.5(1)). `event` is compared case-insensitively (12.5 error updates say `put`); children may come in any order.
 * Kinds the BFF does not follow (Media nodes, unknown data) give undefined; pass the pubsub node so Team member
 * summaries (a supervisor's team nodes) are told apart from the agent's own `<user>`.
 */
export function readUpdate(xml: string, node?: string): FinesseUpdate | undefined {
  if (node !== undefined && FOREIGN_NODE.test(node)) return undefined;
  const update = readRoot(xml, 'Update');
  const data = requiredElement(update, 'data', 'Update');
  const event = requiredText(update, 'event', 'Update').toUpperCase();
  const requestId = childText(update, 'requestId') ?? '';
  const team = node === undefined ? undefined : TEAM_USERS_NODE.exec(node)?.[1];
  if (team !== undefined) return teamMemberUpdate(team, data, event, requestId);
  if (node !== undefined && QUEUE_NODE.test(node)) {
    const queue = queueInData(data);
    return queue ? { kind: 'queue', requestId, queue } : undefined;
  }
  const source = childText(update, 'source') ?? '';
  const [kind] = childNames(data);
  switch (kind) {
    case 'user':
    case 'User':
      if (event === 'DELETE') return undefined;
      return { kind: 'agent', requestId, agent: agentFromUser(requiredElement(data, kind, 'data')) };
    case 'dialogs':
    case 'Dialogs':
    case 'Dialog':
    case 'dialog':
      return dialogUpdate(data, event, requestId);
    case 'apiErrors':
    case 'ApiErrors': {
      // Finesse reports one CTI failure per update; should several come, the first decides the request's outcome.
      const [error] = apiErrorsFromXml(requiredElement(data, kind, 'data'));
      return error ? { kind: 'error', requestId, source, error } : undefined;
    }
    case 'SystemInfo':
      return { kind: 'system', requestId, status: systemInfoFromXml(requiredElement(data, kind, 'data')).status };
    default:
      return undefined;
  }
}
