import { describe, expect, it } from 'vitest';
import type { AgentActivity } from '../../../bff/sandbox/webex/model/agent-activities.js';
import type { AgentStatistics } from '../../../bff/sandbox/webex/model/agent-statistics.js';
import type { QueueStatistics } from '../../../bff/sandbox/webex/model/queue-statistics.js';
import type { DataErrorJson, WebexApi } from './webex-kit.js';
import { DEMO_ORG, useWebex } from './webex-kit.js';

let api: WebexApi;
useWebex((made) => ({ api } = made));

const HOUR_MS = 3_600_000;
/** Yesterday 15:00–23:00 UTC: the demo contact center's busy hours. */
const from = Date.UTC(2026, 2, 10, 15, 5);
const to = Date.UTC(2026, 2, 10, 23, 0);
/** Just before the demo agents sign in at 15:00 UTC (activities are those that started after `from`). */
const shiftStart = Date.UTC(2026, 2, 10, 15, 0) - 1;

async function data<Item>(path: string, query: Record<string, string | number>): Promise<Item[]> {
  const response = await api.get(path, query);
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${response.text}`);
  expect(response.body).toMatchObject({ meta: { orgId: DEMO_ORG.id } });
  return (response.body as { data: Item[] }).data;
}

describe('GET /v1/queues/statistics', () => {
  it('answers a row per queue and interval from from rounded down to a quarter hour, in the documented shape', async () => {
    const rows = await data<QueueStatistics>('/v1/queues/statistics', { from, to, interval: 60 });
    expect(rows).toHaveLength(8 * 4);
    expect(rows[0]?.intervalStartTime).toBe(Date.UTC(2026, 2, 10, 15, 0));
    expect(rows[0]).toEqual({
      intervalStartTime: expect.any(Number) as unknown,
      queueId: expect.any(String) as unknown,
      queueName: expect.any(String) as unknown,
      channelType: expect.any(String) as unknown,
      totalOfferedTasks: expect.any(Number) as unknown,
      totalEnqueuedTasks: expect.any(Number) as unknown,
      totalAssignedTasks: 0,
      totalAcceptedTasks: expect.any(Number) as unknown,
      totalRejectedTasks: expect.any(Number) as unknown,
      totalAbandonedTasks: expect.any(Number) as unknown,
      averageEnqueuedTime: expect.any(Number) as unknown,
      averageHandledTime: expect.any(Number) as unknown,
      serviceLevelThresholdPercentage: expect.any(Number) as unknown,
    });
    expect(rows.reduce((sum, row) => sum + row.totalAcceptedTasks, 0)).toBeGreaterThan(0);
    expect(rows.some((row) => row.queueName === 'CustomerCare.SG' && row.channelType === 'telephony')).toBe(true);
  });

  it('15-minute intervals give four times the rows; queueIds narrows them', async () => {
    const hourly = await data<QueueStatistics>('/v1/queues/statistics', { from, to, interval: 60 });
    const queueId = hourly[0]?.queueId ?? '';
    const quarterly = await data<QueueStatistics>('/v1/queues/statistics', {
      from,
      to,
      interval: 15,
      queueIds: queueId,
    });
    expect(quarterly).toHaveLength(8 * 4);
    expect(quarterly.every((row) => row.queueId === queueId)).toBe(true);
  });

  it.each([
    ['a span of 24 hours', { from, to: from + 24 * HOUR_MS, interval: 15 }],
    ['to before from', { from: to, to: from, interval: 15 }],
    ['no to', { from, interval: 15 }],
    ['interval 20', { from, to, interval: 20 }],
    ['101 queue ids', { from, to, queueIds: Array.from({ length: 101 }, (_, index) => `q${index}`).join(',') }],
  ])('%s answers 400 in the data API error body', async (_case, query: Record<string, string | number>) => {
    const response = await api.get('/v1/queues/statistics', query);
    expect(response.status).toBe(400);
    expect((response.body as DataErrorJson).error.key).toBe('400');
  });
});

describe('GET /v1/agents/statistics', () => {
  it("answers a row per agent and interval with a channels list, naming the Finesse demo's agents", async () => {
    const rows = await data<AgentStatistics>('/v1/agents/statistics', { from, to, interval: 30 });
    expect(rows).toHaveLength(16 * 3);
    expect(new Set(rows.map((row) => row.agentName))).toEqual(new Set(['Alex Rivera', 'Sam Okafor', 'Dana Whitfield']));
    expect(rows[0]).toMatchObject({
      intervalStartTime: Date.UTC(2026, 2, 10, 15, 0),
      agentId: expect.any(String) as unknown,
      teamName: 'Customer Care',
    });
    expect(rows[0]?.channels.map((channel) => channel.channelType)).toEqual(['telephony', 'chat', 'email', 'social']);
    expect(Object.keys(rows[0]?.channels[0] ?? {}).sort()).toEqual(
      [
        'averageHandledTime',
        'channelType',
        'totalAcceptedTasks',
        'totalAssignedTasks',
        'totalAvailableTime',
        'totalEngagedDuration',
        'totalHoldDuration',
        'totalOfferedTasks',
        'totalRejectedTasks',
        'totalTransferredTasks',
        'totalUnAvailableTime',
        'totalWrapUpDuration',
      ].sort(),
    );
    expect(rows.some((row) => row.channels.some((channel) => channel.totalEngagedDuration > 0))).toBe(true);
  });

  it('a span of 24 hours answers 400', async () => {
    expect((await api.get('/v1/agents/statistics', { from, to: from + 24 * HOUR_MS })).status).toBe(400);
  });
});

describe('GET /v1/agents/activities', () => {
  it('answers every documented field, oldest first, with sign-ins, breaks, connected and wrap-up states', async () => {
    const activities = await data<AgentActivity>('/v1/agents/activities', { from: shiftStart, to, pageSize: 1000 });
    const starts = activities.map((activity) => activity.startTime);
    expect(starts).toEqual([...starts].sort((left, right) => left - right));
    expect(new Set(activities.map((activity) => activity.currentState))).toEqual(
      new Set(['available', 'idle', 'connected', 'wrapup']),
    );
    const connected = activities.find((activity) => activity.currentState === 'connected');
    expect(connected).toMatchObject({
      active: false,
      agentDn: expect.stringMatching(/^100\d{4}$/) as unknown,
      taskId: expect.any(String) as unknown,
      channelType: expect.any(String) as unknown,
      mmProfileType: 'blended',
      isLogin: 0,
    });
    expect(activities.find((activity) => activity.isLogin === 1)).toMatchObject({ currentState: 'available' });
    expect(activities.find((activity) => activity.currentState === 'idle')).toMatchObject({
      idleCodeName: 'Break',
      idleCode: '10',
    });
  });

  it('pages through the same records with page and pageSize', async () => {
    const all = await data<AgentActivity>('/v1/agents/activities', { from: shiftStart, to, pageSize: 1000 });
    const page0 = await data<AgentActivity>('/v1/agents/activities', { from: shiftStart, to, pageSize: 10, page: 0 });
    const page1 = await data<AgentActivity>('/v1/agents/activities', { from: shiftStart, to, pageSize: 10, page: 1 });
    expect([...page0, ...page1]).toEqual(all.slice(0, 20));
  });

  it('agentIds and channelTypes narrow the answer', async () => {
    const all = await data<AgentActivity>('/v1/agents/activities', { from: shiftStart, to, pageSize: 1000 });
    const agentId = all[0]?.agentId ?? '';
    const some = await data<AgentActivity>('/v1/agents/activities', {
      from: shiftStart,
      to,
      pageSize: 1000,
      agentIds: agentId,
      channelTypes: 'telephony',
    });
    expect(some.length).toBeGreaterThan(0);
    expect(some.every((activity) => activity.agentId === agentId && activity.channelType === 'telephony')).toBe(true);
  });

  it.each([
    ['a page past the 10 000 records', { from: shiftStart, to, pageSize: 1000, page: 10 }],
    ['pageSize 1001', { from: shiftStart, to, pageSize: 1001 }],
    ['a negative page', { from: shiftStart, to, page: -1 }],
    ['a span of 24 hours', { from: shiftStart, to: shiftStart + 24 * HOUR_MS }],
  ])('%s answers 400', async (_case, query: Record<string, string | number>) => {
    const response = await api.get('/v1/agents/activities', query);
    expect(response.status).toBe(400);
    expect((response.body as DataErrorJson).error.key).toBe('400');
  });
});
