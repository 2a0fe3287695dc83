import type { FinesseUpdate } from './types.js';
import type { XmlElement } from './xml-element.js';
import { childElement, childElements, childNames, childText, requiredElement, requiredText } from './xml-element.js';
import { UpstreamFormatError } from '../upstream/format-error.js';
import { readRoot } from './finesse-xml-reader.js';
import { agentFromUser } from './user-mapper.js';
import { dialogFromXml } from './dialog-mapper.js';
import { apiErrorsFromXml } from './api-errors-mapper.js';
import { systemInfoFromXml } from './system-info-mapper.js';

type DialogChange = Extract<FinesseUpdate, { kind: 'dialog' }>['change'];

/** Dialog notifications: POST adds to the agent's dialogs, DELETE removes, PUT changes (finesse.md §5). */
const DIALOG_CHANGES: Readonly<Record<string, DialogChange>> = { POST: 'added', PUT: 'changed', DELETE: 'removed' };

/** Team member summaries come as `<user>` too, and Media nodes carry non-voice media: neither is an agent's own. */
const FOREIGN_NODE = /\/finesse\/api\/Team\/[^/]+\/Users$|\/finesse\/api\/User\/[^/]+\/Media(\/|$)/;

function dialogUpdate(data: XmlElement, event: string, requestId: string): FinesseUpdate | undefined {
  const change = DIALOG_CHANGES[event];
  if (change === undefined) return undefined;
  const wrapper = childElement(data, ['dialogs', 'Dialogs']);
  const dialogs = wrapper ? childElements(wrapper, 'Dialog') : [requiredElement(data, ['Dialog', 'dialog'], 'data')];
  const [dialog] = dialogs;
  if (dialogs.length !== 1 || dialog === undefined) throw new UpstreamFormatError('finesse', `<dialogs> holds ${dialogs.length} dialogs, not one`);
  return { kind: 'dialog', requestId, change, dialog: dialogFromXml(dialog) };
}

/**
 * One notification: the unescaped `<Update>` text of a pubsub item ("Notification Parameters", Developer Guide
 * 12.5(1)). `event` is compared case-insensitively (12.5 error updates say `put`); children may come in any order.
 * Kinds the BFF does not follow (Team and Media nodes, unknown data) give undefined; pass the pubsub node so Team
 * member summaries are told apart from the agent's own `<user>`.
 */
export function readUpdate(xml: string, node?: string): FinesseUpdate | undefined {
  if (node !== undefined && FOREIGN_NODE.test(node)) return undefined;
  const update = readRoot(xml, 'Update');
  const data = requiredElement(update, 'data', 'Update');
  const event = requiredText(update, 'event', 'Update').toUpperCase();
  const requestId = childText(update, 'requestId') ?? '';
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
