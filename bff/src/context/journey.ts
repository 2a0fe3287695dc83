import type { Activity, Channel, ContextRequest } from '../../../shared/api/context.js';
import { InvalidRequestError } from '../errors.js';
import { readActivity } from './activity-mapper.js';
import { readComment } from './comment-mapper.js';
import type { ParentedNote } from './comment-mapper.js';
import type { ContextServiceApi } from './context-service-api.js';
import { checkId } from './context-service-api.js';
import { decodeCursor, encodeCursor } from './journey-cursor.js';
import { readRequest } from './request-mapper.js';
import { MAX_ENTRIES } from './search-query.js';
import type { SearchTerm } from './search-query.js';

export const MAX_JOURNEY_PAGE = 50;

export interface Journey {
  activities: Activity[];
  requests: ContextRequest[];
  next?: string;
}

/** Each request with the notes whose parent it is (the comments come newest first, and stay so). */
function withNotes(
  requests: readonly ContextRequest[],
  comments: readonly (ParentedNote | undefined)[],
): ContextRequest[] {
  const notes = new Map(requests.map((request) => [request.id, [...request.notes]]));
  for (const comment of comments) if (comment !== undefined) notes.get(comment.parentId)?.push(comment.note);
  return requests.map((request) => ({ ...request, notes: notes.get(request.id) ?? [] }));
}

/**
 * A customer's journey: one page of their activities, newest first (optionally of one channel), and their requests
 * (newest first, up to the store's page size) each with its notes. The notes are the customer's comments whose parent
 * is one of the requests: the BFF writes every comment with the customer's id (comment-mapper.ts), so one search by
 * customer finds them (newest first, up to the store's page size) without waiting for the requests. The three
 * searches run side by side. `next` is there while the store reports more hits; without X-Total-Hits, while pages
 * come back full.
 */
export async function readJourney(
  api: ContextServiceApi,
  customerId: string,
  options: { channel?: Channel; cursor?: string; limit: number },
): Promise<Journey> {
  const { limit } = options;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_JOURNEY_PAGE)
    throw new InvalidRequestError(`limit must be a whole number from 1 to ${MAX_JOURNEY_PAGE}`);
  const owner: SearchTerm = { key: 'customerId', value: checkId(customerId, 'customerId') };
  const startIndex = options.cursor === undefined ? 0 : decodeCursor(options.cursor);
  const activityTerms = options.channel === undefined ? [owner] : [owner, { key: 'mediaType', value: options.channel }];
  const [activities, requests, comments] = await Promise.all([
    api.search('activity', activityTerms, 'AND', { startIndex, maxEntries: limit }, readActivity),
    api.search('request', [owner], 'AND', { startIndex: 0, maxEntries: MAX_ENTRIES }, readRequest),
    api.search('detail', [owner], 'AND', { startIndex: 0, maxEntries: MAX_ENTRIES }, readComment),
  ]);
  const end = startIndex + activities.items.length;
  const more = activities.totalHits === undefined ? activities.items.length === limit : end < activities.totalHits;
  return {
    activities: activities.items,
    requests: withNotes(requests.items, comments.items),
    ...(more && activities.items.length > 0 ? { next: encodeCursor(end) } : {}),
  };
}
