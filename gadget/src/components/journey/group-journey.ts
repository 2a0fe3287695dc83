import type { Activity, ContextRequest } from '../../../../shared/api/context.js';

export interface JourneyGroup {
  /** The request the activities belong to; undefined for the group of activities without one. */
  readonly request: ContextRequest | undefined;
  /** The request's id as the activities name it (the request itself may be on no loaded page). */
  readonly requestId: string | undefined;
  readonly activities: readonly Activity[];
}

/**
 * Activities (newest first) grouped by their request, each group in the order of its newest activity so the journey
 * still reads newest first; activities without a request form one group of their own.
 */
export function groupJourney(activities: readonly Activity[], requests: readonly ContextRequest[]): JourneyGroup[] {
  const byId = new Map(requests.map((request) => [request.id, request]));
  const groups = new Map<string | undefined, Activity[]>();
  for (const activity of activities) {
    const key = activity.requestId;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [activity]);
    else group.push(activity);
  }
  return [...groups].map(([requestId, members]) => ({ request: requestId === undefined ? undefined : byId.get(requestId), requestId, activities: members }));
}

/** Requests by id, later pages replacing earlier copies. */
export function mergeRequests(known: readonly ContextRequest[], more: readonly ContextRequest[]): ContextRequest[] {
  const merged = new Map(known.map((request) => [request.id, request]));
  for (const request of more) merged.set(request.id, request);
  return [...merged.values()];
}
