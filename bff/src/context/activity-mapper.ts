import type { Activity, Channel } from '../../../shared/api/context.js';
import { CHANNELS } from '../../../shared/api/context.js';
import { elementText, otherFields } from './context-object.js';
import type { ContextObject } from './types.js';

/** Activities are PODs (context-service-and-webex.md §1.3). */
export const ACTIVITY_FIELDSET = 'cisco.base.pod';
const NOTES = 'Context_Notes';
const SUMMARY_LENGTH = 120;

function isChannel(value: string | undefined): value is Channel {
  return (CHANNELS as readonly (string | undefined)[]).includes(value);
}

/** The first line with text, at most 120 characters (an ellipsis marks a cut). */
export function summaryOf(notes: string | undefined): string | undefined {
  const line = notes
    ?.split(/\r\n|\r|\n/)
    .map((candidate) => candidate.trim())
    .find((candidate) => candidate !== '');
  if (line === undefined) return undefined;
  return line.length > SUMMARY_LENGTH ? `${line.slice(0, SUMMARY_LENGTH - 1)}…` : line;
}

/**
 * An `activity` object as an Activity: channel from mediaType, notes from Context_Notes (and the summary from its
 * first line), source from the first contributor, requestId from the parent. A missing or unknown mediaType reads as
 * 'event' (something happened, on no channel the gadget knows); missing dates fall back to each other, then ''.
 */
export function readActivity(object: ContextObject): Activity {
  const notes = elementText(object, NOTES);
  const summary = summaryOf(notes);
  const source = object.contributorIds[0];
  return {
    id: object.id,
    ...(object.customerId === undefined ? {} : { customerId: object.customerId }),
    ...(object.parentId === undefined ? {} : { requestId: object.parentId }),
    channel: isChannel(object.mediaType) ? object.mediaType : 'event',
    ...(summary === undefined ? {} : { summary }),
    ...(notes === undefined ? {} : { notes }),
    ...(source === undefined ? {} : { source }),
    createdAt: object.created ?? object.lastUpdated ?? '',
    lastUpdated: object.lastUpdated ?? object.created ?? '',
    state: object.state,
    fields: otherFields(object, new Set([NOTES])),
  };
}

/** An agent's note as a new voice activity of the customer, tagged so that a retried delivery finds it. */
export function noteActivityBody(note: {
  customerId: string;
  text: string;
  contributor: string;
  tag: string;
}): Record<string, unknown> {
  return {
    type: 'activity',
    state: 'active',
    mediaType: 'voice',
    customerId: note.customerId,
    fieldsets: [ACTIVITY_FIELDSET],
    dataElements: [{ [NOTES]: note.text, type: 'string' }],
    contributors: [{ type: 'user', id: note.contributor }],
    tags: [note.tag],
  };
}
