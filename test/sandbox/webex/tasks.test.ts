import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { TaskJson } from '../../../bff/sandbox/webex/http/task-json.js';
import type { DataErrorJson, WebexApi, WebexEmulator } from './webex-kit.js';
import { DEMO_ORG, useWebex } from './webex-kit.js';

let emulator: WebexEmulator;
let api: WebexApi;
useWebex((made) => ({ emulator, api } = made));

const now = Date.UTC(2026, 2, 11, 18, 30);
const DAY_MS = 86_400_000;

interface TasksJson {
  readonly meta: { readonly orgId: string };
  readonly data: readonly TaskJson[];
}

async function tasks(query: Record<string, string | number>): Promise<TasksJson> {
  const response = await api.get('/v1/tasks', query);
  if (response.status !== 200) throw new Error(`GET /v1/tasks answered ${response.status}: ${response.text}`);
  return response.body as TasksJson;
}

function errorOf(body: unknown): DataErrorJson {
  return body as DataErrorJson;
}

describe('GET /v1/tasks', () => {
  it('answers the documented shape: meta.orgId and tasks created after from, oldest first, 100 by default', async () => {
    const body = await tasks({ from: now - 7 * DAY_MS });
    expect(body.meta).toEqual({ orgId: DEMO_ORG.id });
    expect(body.data).toHaveLength(100);
    const [first] = body.data;
    expect(first).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
      attributes: {
        owner: { id: expect.any(String) as unknown, name: expect.any(String) as unknown },
        queue: { id: expect.any(String) as unknown, name: expect.any(String) as unknown },
        channelType: expect.stringMatching(/^(telephony|chat|email|social)$/) as unknown,
        status: expect.stringMatching(/^(created|queued|offered|assigned|abandoned|completed)$/) as unknown,
        createdTime: expect.any(Number) as unknown,
        lastUpdatedTime: expect.any(Number) as unknown,
        captureRequested: expect.any(Boolean) as unknown,
        origin: expect.any(String) as unknown,
        destination: expect.any(String) as unknown,
        direction: expect.stringMatching(/^(inbound|outbound|outdial)$/) as unknown,
      },
    });
    const times = body.data.map((task) => task.attributes.createdTime);
    expect(times).toEqual([...times].sort((left, right) => left - right));
    expect(times.every((time) => time > now - 7 * DAY_MS)).toBe(true);
  });

  it('a few weeks of history covers every channel, with completed and abandoned tasks and a call still going on', async () => {
    const all = await tasks({ from: now - 30 * DAY_MS, pageSize: 1000 });
    expect(new Set(all.data.map((task) => task.attributes.channelType))).toEqual(
      new Set(['telephony', 'chat', 'email', 'social']),
    );
    expect(all.data[0]?.attributes.createdTime).toBeLessThan(now - 21 * DAY_MS);
    const statuses = new Set(all.data.map((task) => task.attributes.status));
    expect([...statuses]).toEqual(expect.arrayContaining(['completed', 'abandoned', 'assigned']) as unknown);
    // TaskOwner's id and name are required, even for a task abandoned before any agent took it.
    expect(
      all.data.every(
        (task) => typeof task.attributes.owner.id === 'string' && typeof task.attributes.owner.name === 'string',
      ),
    ).toBe(true);
  });

  it('channelTypes and to narrow the answer, pageSize bounds it', async () => {
    const email = await tasks({
      from: now - 7 * DAY_MS,
      to: now - 2 * DAY_MS,
      channelTypes: 'email,social',
      pageSize: 1000,
    });
    expect(email.data.length).toBeGreaterThan(0);
    expect(email.data.every((task) => ['email', 'social'].includes(task.attributes.channelType))).toBe(true);
    expect(email.data.every((task) => task.attributes.createdTime <= now - 2 * DAY_MS)).toBe(true);
    expect((await tasks({ from: now - 7 * DAY_MS, pageSize: 3 })).data).toHaveLength(3);
  });

  it('the next page is asked for from the last createdTime seen, without gaps or repeats', async () => {
    const from = now - 3 * DAY_MS;
    const whole = await tasks({ from, pageSize: 1000 });
    const first = await tasks({ from, pageSize: 25 });
    const second = await tasks({ from: first.data.at(-1)?.attributes.createdTime ?? 0, pageSize: 25 });
    expect([...first.data, ...second.data].map((task) => task.id)).toEqual(
      whole.data.slice(0, 50).map((task) => task.id),
    );
  });

  it.each([
    ['from after to', { from: now, to: now - DAY_MS }],
    ['no from', {}],
    ['from not epoch ms', { from: '2026-03-01' }],
    ['pageSize 1001', { from: now - DAY_MS, pageSize: 1001 }],
    ['pageSize 0', { from: now - DAY_MS, pageSize: 0 }],
    ['an unknown channel type', { from: now - DAY_MS, channelTypes: 'voice' }],
  ])('%s answers 400 in the data API error body', async (_case, query: Record<string, string | number>) => {
    const response = await api.get('/v1/tasks', query);
    expect(response.status).toBe(400);
    expect(errorOf(response.body)).toEqual({
      trackingId: expect.any(String) as unknown,
      error: { key: '400', message: [{ description: expect.any(String) as unknown }] },
    });
  });

  it('echoes the caller TrackingId header in the answer and in the error body', async () => {
    const response = await api.get('/v1/tasks', { from: 'x' }).set('TrackingId', 'CONTEXTDESK_abc-1');
    expect(response.headers.trackingid).toBe('CONTEXTDESK_abc-1');
    expect(errorOf(response.body).trackingId).toBe('CONTEXTDESK_abc-1');
  });

  it('without a bearer token answers 400; with an unknown one 401', async () => {
    expect(
      (
        await request(emulator.url)
          .get('/v1/tasks')
          .query({ from: now - DAY_MS })
      ).status,
    ).toBe(400);
    const unknown = await request(emulator.url)
      .get('/v1/tasks')
      .query({ from: now - DAY_MS })
      .set('Authorization', 'Bearer not-a-token');
    expect(unknown.status).toBe(401);
    expect(errorOf(unknown.body).error.key).toBe('401');
  });
});
