import { describe, expect, it } from 'vitest';
import type { Activity, ContextRequest } from '../../shared/api/context.js';
import { groupJourney, mergeRequests } from '../../gadget/src/components/journey/group-journey.js';
import { exactTime, relativeParts, relativeTime } from '../../gadget/src/components/journey/relative-time.js';

const NOW = Date.parse('2025-03-10T12:00:00.000Z');
const ago = (seconds: number): string => new Date(NOW - seconds * 1000).toISOString();

function activity(id: string, requestId?: string): Activity {
  return {
    id,
    ...(requestId === undefined ? {} : { requestId }),
    channel: 'voice',
    createdAt: ago(60),
    lastUpdated: ago(60),
    state: 'closed',
    fields: {},
  };
}

function request(id: string, title: string): ContextRequest {
  return { id, customerId: 'c1', title, state: 'active', createdAt: ago(600), lastUpdated: ago(600), notes: [] };
}

describe('relativeParts', () => {
  it.each([
    [30, { value: -30, unit: 'second' }],
    [90, { value: -2, unit: 'minute' }],
    [3 * 3600, { value: -3, unit: 'hour' }],
    [3 * 86_400 + 60, { value: -3, unit: 'day' }],
    [15 * 86_400, { value: -2, unit: 'week' }],
    [70 * 86_400, { value: -2, unit: 'month' }],
    [800 * 86_400, { value: -2, unit: 'year' }],
  ])('%i seconds ago is %o', (seconds, expected) => {
    expect(relativeParts(ago(seconds), NOW)).toEqual(expected);
  });

  it('a string that is no date gives undefined, and relativeTime shows the string itself', () => {
    expect(relativeParts('soon', NOW)).toBeUndefined();
    expect(relativeTime('soon', NOW, 'en')).toBe('soon');
  });
});

describe('relativeTime and exactTime', () => {
  it('three days ago reads "3 days ago" in English and "hace 3 días" in Spanish; one day ago reads "yesterday"', () => {
    expect(relativeTime(ago(3 * 86_400 + 60), NOW, 'en')).toBe('3 days ago');
    expect(relativeTime(ago(3 * 86_400 + 60), NOW, 'es')).toBe('hace 3 días');
    expect(relativeTime(ago(86_400), NOW, 'en')).toBe('yesterday');
  });

  it('the exact time names date and time in the locale', () => {
    expect(exactTime('2025-03-03T10:04:00.000Z', 'en')).toMatch(/^Mar 3, 2025/);
  });
});

describe('groupJourney', () => {
  it("groups activities under their requests in the order of each group's newest activity; those without a request form one group", () => {
    const refund = request('r1', 'Refund');
    const router = request('r2', 'Router');
    const groups = groupJourney(
      [activity('a1', 'r1'), activity('a2'), activity('a3', 'r2'), activity('a4', 'r1'), activity('a5')],
      [router, refund],
      { noteOnlyRequests: true },
    );
    expect(
      groups.map((group) => [group.request?.title, group.requestId, group.activities.map((each) => each.id)]),
    ).toEqual([
      ['Refund', 'r1', ['a1', 'a4']],
      [undefined, undefined, ['a2', 'a5']],
      ['Router', 'r2', ['a3']],
    ]);
  });

  it('an activity naming a request on no loaded page keeps its id without a request', () => {
    expect(groupJourney([activity('a1', 'r9')], [], { noteOnlyRequests: true })).toEqual([
      { request: undefined, requestId: 'r9', activities: [activity('a1', 'r9')] },
    ]);
  });

  it('no activities give no groups', () => {
    expect(groupJourney([], [request('r1', 'Refund')], { noteOnlyRequests: true })).toEqual([]);
  });

  it('a request whose newest note is newer than every activity comes first; its activities stay under it', () => {
    const refund = { ...request('r1', 'Refund'), notes: [{ id: 'n1', text: 'Bank confirmed', createdAt: ago(10) }] };
    const older = (id: string, requestId: string | undefined, seconds: number) => ({
      ...activity(id, requestId),
      lastUpdated: ago(seconds),
    });
    const groups = groupJourney([older('a1', undefined, 100), older('a2', 'r1', 200)], [refund], {
      noteOnlyRequests: true,
    });
    expect(groups.map((group) => [group.requestId, group.activities.map((each) => each.id)])).toEqual([
      ['r1', ['a2']],
      [undefined, ['a1']],
    ]);
  });

  it('a request with notes and no activity loaded has a group of its own in its place, unless noteOnlyRequests is off; one without notes has none', () => {
    const refund = { ...request('r1', 'Refund'), notes: [{ id: 'n1', text: 'Bank confirmed', createdAt: ago(30) }] };
    const shown = groupJourney([activity('a1')], [refund, request('r2', 'Router')], { noteOnlyRequests: true });
    expect(shown.map((group) => [group.requestId, group.activities.length])).toEqual([
      ['r1', 0],
      [undefined, 1],
    ]);
    expect(shown[0]?.request).toBe(refund);
    expect(
      groupJourney([activity('a1')], [refund], { noteOnlyRequests: false }).map((group) => group.requestId),
    ).toEqual([undefined]);
  });

  it('mergeRequests keeps one copy per id, the later one', () => {
    const renamed = { ...request('r1', 'Refund (renamed)') };
    expect(
      mergeRequests([request('r1', 'Refund'), request('r2', 'Router')], [renamed]).map((each) => each.title),
    ).toEqual(['Refund (renamed)', 'Router']);
  });
});
