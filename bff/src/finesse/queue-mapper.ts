import type { FinesseQueue } from './types.js';
import type { XmlElement } from './xml-element.js';
import { childElement, childElements, childText, idFromUri, nonEmptyText, requiredElement } from './xml-element.js';
import { UpstreamFormatError } from '../upstream/format-error.js';
import { readRoot } from './finesse-xml-reader.js';

/** A statistic as a whole number; Finesse writes -1 for a queue nobody is assigned to, and may leave one empty. */
function count(statistics: XmlElement, name: string): number {
  const value = nonEmptyText(statistics, name);
  if (value === undefined) return 0;
  if (!/^-?[0-9]{1,9}$/.test(value))
    throw new UpstreamFormatError('finesse', `<Queue> statistic <${name}> is not a number`);
  return Number(value);
}

/** Adds counts, keeping -1 (no agents assigned) when every part says so. */
function total(statistics: XmlElement, names: readonly string[]): number {
  const parts = names.map((name) => count(statistics, name));
  return parts.every((part) => part < 0) ? -1 : parts.reduce((sum, part) => sum + Math.max(0, part), 0);
}

/**
 * One `<Queue>` ("Queue", Developer Guide 12.5(1)): `uri`, `name`, `statistics`. The id is the uri's last segment;
 * `startTimeOfLongestCallInQueue` is empty when no call waits.
 */
export function queueFromXml(queue: XmlElement): FinesseQueue {
  const id = nonEmptyText(queue, 'id') ?? idFromUri(nonEmptyText(queue, 'uri'));
  if (id === undefined) throw new UpstreamFormatError('finesse', '<Queue> lacks <uri>');
  const statistics = requiredElement(queue, 'statistics', 'Queue');
  const since = nonEmptyText(statistics, 'startTimeOfLongestCallInQueue');
  return {
    id,
    name: childText(queue, 'name') ?? '',
    callsInQueue: count(statistics, 'callsInQueue'),
    ...(since === undefined ? {} : { longestWaitingSince: since }),
    agentsLoggedOn: count(statistics, 'agentsLoggedOn'),
    agentsReady: count(statistics, 'agentsReady'),
    agentsNotReady: count(statistics, 'agentsNotReady'),
    agentsTalking: total(statistics, ['agentsTalkingInbound', 'agentsTalkingOutbound', 'agentsTalkingInternal']),
    agentsWrapUp: total(statistics, ['agentsWrapUpNotReady', 'agentsWrapUpReady']),
    agentsBusyOther: count(statistics, 'agentsBusyOther'),
  };
}

/** `GET /finesse/api/Queue/{id}`. */
export function readQueue(xml: string): FinesseQueue {
  return queueFromXml(readRoot(xml, 'Queue'));
}

/** `GET /finesse/api/User/{id}/Queues`: `<Queues><Queue>…` (a list of one, or none). */
export function readQueues(xml: string): FinesseQueue[] {
  const queues = readRoot(xml, 'Queues');
  return childElements(queues, 'Queue').map(queueFromXml);
}

/** The Queue of a Queue notification's `<data>`. */
export function queueInData(data: XmlElement): FinesseQueue | undefined {
  const queue = childElement(data, 'Queue');
  return queue ? queueFromXml(queue) : undefined;
}
