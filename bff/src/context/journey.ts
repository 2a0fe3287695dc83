import type { Activity, Channel, ContextRequest } from '../../../shared/api/context.js';
import { InvalidRequestError } from '../errors.js';
import { readActivity } from './activity-mapper.js';
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

/**
 * A customer's journey: one page of their activities, newest first (optionally of one channel), and their requests
 * (newest first, up to the store's page size). The two searches run side by side. `next` is there while the store
 * reports more hits; without X-Total-Hits, while pages come back full.
 */
export async function readJourney(api: ContextServiceApi, customerId: string, options: { channel?: Channel; cursor?: string; limit: number }): Promise<Journey> {
  const { limit } = options;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_JOURNEY_PAGE) throw new InvalidRequestError(`limit must be a whole number from 1 to ${MAX_JOURNEY_PAGE}`);
  const owner: SearchTerm = { key: 'customerId', value: checkId(customerId, 'customerId') };
  const startIndex = options.cursor === undefined ? 0 : decodeCursor(options.cursor);
  const activityTerms = options.channel === undefined ? [owner] : [owner, { key: 'mediaType', value: options.channel }];
  const [activities, requests] = await Promise.all([
    api.search('activity', activityTerms, 'AND', { startIndex, maxEntries: limit }, readActivity),
    api.search('request', [owner], 'AND', { startIndex: 0, maxEntries: MAX_ENTRIES }, readRequest),
  ]);
  const end = startIndex + activities.items.length;
  const more = activities.totalHits === undefined ? activities.items.length === limit : end < activities.totalHits;
  return {
    activities: activities.items,
    requests: requests.items,
    ...(more && activities.items.length > 0 ? { next: encodeCursor(end) } : {}),
  };
}
