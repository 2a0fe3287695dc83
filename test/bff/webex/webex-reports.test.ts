import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityPage, Statistics, TaskPage } from '../../../shared/api/webex.js';
import { HOUR_MS, errorOf, startWebexBff } from './webex-api-kit.js';
import type { WebexBff } from './webex-api-kit.js';

let webex: WebexBff;
let supervisor: string;
const DAY_MS = 24 * HOUR_MS;
/** A whole hour, a day back: the demo history has tasks on every channel there. */
const to = Math.floor(Date.now() / HOUR_MS) * HOUR_MS - DAY_MS;

beforeAll(async () => {
  webex = await startWebexBff();
  supervisor = (await webex.tokenOf('supervisor')) ?? '';
});

afterAll(async () => {
  await webex.close();
});

const get = (path: string, query: Record<string, string | number>) =>
  webex.api().get(path).query(query).set('Authorization', `Bearer ${supervisor}`);

describe('GET /api/webex/tasks', () => {
  it('answers the tasks of the span on the channels asked for, oldest first, with the next page when the page is full', async () => {
    const response = await get('/api/webex/tasks', {
      from: to - 7 * DAY_MS,
      to,
      channelTypes: 'telephony,chat',
      pageSize: 5,
    });

    expect(response.status).toBe(200);
    const page = TaskPage.parse(response.body);
    expect(page.tasks).toHaveLength(5);
    expect(page.tasks.every((task) => ['telephony', 'chat'].includes(task.channelType))).toBe(true);
    expect(page.tasks.map((task) => task.createdTime)).toEqual(
      [...page.tasks.map((task) => task.createdTime)].sort((a, b) => a - b),
    );
    expect(page.next).toBe(page.tasks.at(-1)?.createdTime);

    const second = TaskPage.parse(
      (await get('/api/webex/tasks', { from: page.next ?? 0, to, channelTypes: 'telephony,chat', pageSize: 5 })).body,
    );
    expect(second.tasks[0]?.createdTime).toBeGreaterThan(page.next ?? 0);
    expect(second.tasks.map((task) => task.id)).not.toContain(page.tasks.at(-1)?.id);
  });

  it.each([
    ['from after to', { from: to, to: to - HOUR_MS }, 'to: must be later than from'],
    ['from missing', { to }, 'from:'],
    [
      'an unknown channel type',
      { from: to - HOUR_MS, to, channelTypes: 'fax' },
      'channelTypes.0: must be telephony, chat, email or social',
    ],
    ['a page of 1001', { from: to - HOUR_MS, to, pageSize: 1001 }, 'pageSize:'],
    ['an unknown parameter', { from: to - HOUR_MS, to, page: 2 }, 'Unknown field in query: page'],
  ])('%s answers 400 invalid_request naming the parameter, and Webex is not asked', async (_case, query, message) => {
    const before = webex.hits.length;
    const response = await get('/api/webex/tasks', query);

    expect(response.status).toBe(400);
    expect(errorOf(response).code).toBe('invalid_request');
    expect(errorOf(response).message).toContain(message);
    expect(webex.hits.length).toBe(before);
  });
});

describe('GET /api/webex/queues/statistics and /agents/statistics', () => {
  it('a span of 3 days at 60 minutes is asked for in 4 calls under 24 h and answered as one row per hour and queue, in order', async () => {
    const before = webex.hits.length;
    const response = await get('/api/webex/queues/statistics', { from: to - 3 * DAY_MS, to, interval: 60 });

    expect(response.status).toBe(200);
    const { rows } = Statistics.parse(response.body);
    const calls = webex.hits.slice(before);
    expect(calls.map((hit) => hit.path)).toEqual(Array(4).fill('/v1/queues/statistics'));
    const hours = [...new Set(rows.map((row) => row.intervalStartTime))];
    expect(hours).toHaveLength(72);
    expect(hours[0]).toBe(to - 3 * DAY_MS);
    expect(hours.every((hour, index) => index === 0 || hour - (hours[index - 1] ?? 0) === HOUR_MS)).toBe(true);
    expect(rows.length % 72).toBe(0);
  });

  it('agent statistics for one agent over 2 hours at 30 minutes answer 4 rows of that agent', async () => {
    const all = Statistics.parse(
      (await get('/api/webex/agents/statistics', { from: to - 2 * HOUR_MS, to, interval: 30 })).body,
    ).rows;
    const agentId = String(all[0]?.agentId);

    const response = await get('/api/webex/agents/statistics', {
      from: to - 2 * HOUR_MS,
      to,
      interval: 30,
      ids: agentId,
    });

    expect(response.status).toBe(200);
    const { rows } = Statistics.parse(response.body);
    expect(rows).toHaveLength(4);
    expect(rows.every((row) => row.agentId === agentId)).toBe(true);
  });

  it.each([
    ['to before from', { from: to, to: to - HOUR_MS, interval: 15 }, 'to: must be later than from'],
    ['a span over 7 days', { from: to - 8 * DAY_MS, to, interval: 60 }, 'to: must be at most 7 days after from'],
    ['an interval of 20', { from: to - HOUR_MS, to, interval: 20 }, 'interval: must be 15, 30 or 60'],
    ['to missing', { from: to - HOUR_MS, interval: 15 }, 'to:'],
  ])('%s answers 400 naming the parameter', async (_case, query, message) => {
    const response = await get('/api/webex/queues/statistics', query);

    expect(response.status).toBe(400);
    expect(errorOf(response).message).toContain(message);
  });
});

describe('GET /api/webex/agents/activities', () => {
  it('answers a page of activities and the next page number when it is full', async () => {
    const response = await get('/api/webex/agents/activities', { from: to - 12 * HOUR_MS, to, pageSize: 3, page: 1 });

    expect(response.status).toBe(200);
    const page = ActivityPage.parse(response.body);
    expect(page.activities).toHaveLength(3);
    expect(page).toMatchObject({ page: 1, nextPage: 2 });
    const first = ActivityPage.parse(
      (await get('/api/webex/agents/activities', { from: to - 12 * HOUR_MS, to, pageSize: 3, page: 0 })).body,
    );
    expect(first.activities[2]?.startTime).toBeLessThanOrEqual(page.activities[0]?.startTime ?? 0);
  });

  it.each([
    ['a span of 24 hours', { from: to - DAY_MS, to }, 'to: must be less than 24 hours after from'],
    ['to before from', { from: to, to: to - HOUR_MS }, 'to: must be later than from'],
    ['a negative page', { from: to - HOUR_MS, to, page: -1 }, 'page:'],
  ])('%s answers 400 naming the parameter', async (_case, query, message) => {
    const response = await get('/api/webex/agents/activities', query);

    expect(response.status).toBe(400);
    expect(errorOf(response).message).toContain(message);
  });
});

describe('Webex refusing the token', () => {
  it('a 401 from Webex leads to one refresh and one retry, and the caller gets the answer', async () => {
    await webex.webexSandbox().post('/sandbox/tokens/expire').send({ tokens: 'access' }).expect(200);
    const refreshes = webex.access.refreshes;
    const before = webex.hits.length;

    const response = await get('/api/webex/tasks', { from: to - HOUR_MS, to });

    expect(response.status).toBe(200);
    expect(webex.access.refreshes).toBe(refreshes + 1);
    expect(webex.hits.slice(before).map((hit) => hit.status)).toEqual([401, 200]);
  });

  it('a second 401 after the refresh answers 503 webex_not_connected without a third attempt', async () => {
    await webex
      .webexSandbox()
      .post('/sandbox/faults')
      .send({ path: '^/v1/tasks', mode: 'status', status: 401, times: 2 })
      .expect(201);
    const before = webex.hits.length;

    const response = await get('/api/webex/tasks', { from: to - HOUR_MS, to });

    expect(response.status).toBe(503);
    expect(errorOf(response).code).toBe('webex_not_connected');
    expect(webex.hits.slice(before).map((hit) => hit.status)).toEqual([401, 401]);
  });

  it("a Webex 400 with its data-API error body answers 400 webex_refused with Webex's reason", async () => {
    await webex
      .webexSandbox()
      .post('/sandbox/faults')
      .send({ path: '^/v1/tasks', mode: 'status', status: 400, times: 1 })
      .expect(201);

    const response = await get('/api/webex/tasks', { from: to - HOUR_MS, to });

    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({
      code: 'webex_refused',
      upstream: { service: 'webex', status: 400, message: 'Injected fault' },
    });
  });
});
