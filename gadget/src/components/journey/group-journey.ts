import type { Activity, ContextRequest } from '../../../../shared/api/context.js';

export interface JourneyGroup {
  /** The request the activities belong to; undefined for the group of activities without one. */
  readonly request: ContextRequest | undefined;
  /** The request's id as the activities name it (the request itself may be on no loaded page). */
  readonly requestId: string | undefined;
  readonly activities: readonly Activity[];
}

/** When a group last changed: its newest activity or its request's newest note (both lists come newest first). */
function newestMoment(group: JourneyGroup): number {
  return Math.max(
    Date.parse(group.activities[0]?.lastUpdated ?? '') || 0,
    Date.parse(group.request?.notes[0]?.createdAt ?? '') || 0,
  );
}

/**
 * Activities (newest first) grouped by their request, the groups ordered by when each last changed (its newest
 * activity or its request's newest note) so the journey still reads newest first; activities without a request form
 * one group of their own. With `noteOnlyRequests`, a request with notes but no activity loaded has a group too (not
 * while the journey shows one channel: notes are on none).
 */
export function groupJourney(
  activities: readonly Activity[],
  requests: readonly ContextRequest[],
  options: { noteOnlyRequests: boolean },
): JourneyGroup[] {
  const byId = new Map(requests.map((request) => [request.id, request]));
  const members = new Map<string | undefined, Activity[]>();
  for (const activity of activities) {
    const key = activity.requestId;
    const group = members.get(key);
    if (group === undefined) members.set(key, [activity]);
    else group.push(activity);
  }
  if (options.noteOnlyRequests)
    for (const request of requests)
      if (request.notes.length > 0 && !members.has(request.id)) members.set(request.id, []);
  const groups = [...members].map(([requestId, grouped]) => ({
    request: requestId === undefined ? undefined : byId.get(requestId),
    requestId,
    activities: grouped,
  }));
  // A stable sort: groups that changed at the same moment keep the order of their activities.
  return groups.sort((left, right) => newestMoment(right) - newestMoment(left));
}

/** Requests by id, later pages replacing earlier copies. */
export function mergeRequests(known: readonly ContextRequest[], more: readonly ContextRequest[]): ContextRequest[] {
  const merged = new Map(known.map((request) => [request.id, request]));
  for (const request of more) merged.set(request.id, request);
  return [...merged.values()];
}
