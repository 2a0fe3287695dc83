import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { legacySignature } from '../../../bff/sandbox/webex/legacy/hmac-auth.js';
import type { TaskJson } from '../../../bff/sandbox/webex/http/task-json.js';
import type { WebexApi, WebexEmulator } from './webex-kit.js';
import { DEMO_ORG, useWebex } from './webex-kit.js';

let emulator: WebexEmulator;
let api: WebexApi;
useWebex((made) => ({ emulator, api } = made));

const { userId, apiKey }: { userId: string; apiKey: string } = DEMO_ORG.legacyUser;
const signature = legacySignature(apiKey, userId);
const now = Date.UTC(2026, 2, 11, 18, 30);

function v1(path: string, authorization = `${signature};tenantId=${DEMO_ORG.tenantId}`, from = userId) {
  return request(emulator.url).get(`/aws/api${path}`).set('Authorization', authorization).set('From', from);
}

/** The lab's Analyzer query, asking the session id and two more columns. */
function analyzerQuery(dateBegin: number, dateEnd: number, extra: object = {}): string {
  return JSON.stringify({
    anchorId: DEMO_ORG.tenantId,
    dateBegin: [dateBegin],
    dateEnd: [dateEnd],
    timezone: 'America/New_York',
    numberOfRecords: 1_000_000,
    activityType: 'INTERACTION',
    aggregateQueryProperties: {
      computeInterval: 0,
      computeIntervalUnit: 'NONE',
      queryType: 'TEMPORAL',
      intervalAxis: 'ROW',
      computeSummaries: true,
    },
    aggregations: [
      {
        id: 0,
        filterGroups: [{ operator: 'AND', valueFilters: [] }],
        aggregationType: 'VALUE',
        computeColumnName: 'sid',
      },
      { id: 1, aggregationType: 'VALUE', computeColumnName: 'ani__s' },
      { id: 2, aggregationType: 'VALUE', computeColumnName: 'agentName__s' },
    ],
    ...extra,
  });
}

async function someCall(): Promise<TaskJson> {
  const tasks = (await api.get('/v1/tasks', { from: now - 86_400_000, channelTypes: 'telephony' })).body as {
    data: TaskJson[];
  };
  const call = tasks.data.find(
    (task) => task.attributes.status === 'completed' && task.attributes.direction === 'inbound',
  );
  if (!call) throw new Error('no completed inbound call in the last day');
  return call;
}

describe('legacy v1 authentication', () => {
  it('the HMAC-SHA1 of the user id under the API key, with tenantId, is accepted with or without a space after ;', async () => {
    const call = await someCall();
    expect((await v1(`/csrs/${call.id}`)).status).toBe(200);
    expect((await v1(`/csrs/${call.id}`, `${signature}; tenantId=${DEMO_ORG.tenantId}`)).status).toBe(200);
  });

  it.each([
    [
      'a signature made with another key',
      () => `${legacySignature('wrong-key', userId)};tenantId=${DEMO_ORG.tenantId}`,
      userId,
    ],
    [
      'a From that is not the signed user',
      () => `${signature};tenantId=${DEMO_ORG.tenantId}`,
      'someone@contextdesk-demo.example',
    ],
    ['another tenant', () => `${signature};tenantId=22731`, userId],
    ['no tenantId', () => signature, userId],
  ])('%s answers 401', async (_case, authorization, from) => {
    const response = await v1('/csrs/anything', authorization(), from);
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ status: 401 });
  });
});

describe('CSRs', () => {
  it('a CSR by session id answers its Analyzer fields as JSON, the same call the new API lists', async () => {
    const call = await someCall();
    const response = await v1(`/csrs/${call.id}`);
    expect(response.body).toMatchObject({
      sid: call.id,
      tid: DEMO_ORG.tenantId,
      cstts: call.attributes.createdTime,
      cetts: call.attributes.lastUpdatedTime,
      ani__s: call.attributes.origin,
      dnis__s: call.attributes.destination,
      agentName__s: call.attributes.owner.name,
      channelType__s: 'telephony',
      currentState__s: 'ended',
    });
  });

  it('with Accept: text/csv a CSR answers a header of field names and one row', async () => {
    const call = await someCall();
    const response = await v1(`/csrs/${call.id}`).set('Accept', 'text/csv');
    expect(response.type).toBe('text/csv');
    const [header, row] = response.text.trim().split('\r\n');
    expect(header?.split(',').slice(0, 3)).toEqual(['sid', 'tid', 'cstts']);
    expect(row?.startsWith(`${call.id},${DEMO_ORG.tenantId},${call.attributes.createdTime}`)).toBe(true);
  });

  it('a query (q = the URL-encoded Analyzer query) answers as CSV: metadata, SEG_PROFILE, then columns _0, _1, _2', async () => {
    const call = await someCall();
    const response = await v1(
      `/csrs?q=${encodeURIComponent(analyzerQuery(call.attributes.createdTime, call.attributes.createdTime + 1))}`,
    ).set('Accept', 'text/csv');
    expect(response.status).toBe(200);
    const lines = response.text.trim().split('\r\n');
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      records: 1,
      columns: { _0: 'sid', _1: 'ani__s', _2: 'agentName__s' },
    });
    expect(lines[1]).toBe('SEG_PROFILE');
    expect(lines[2]).toBe('_0,_1,_2');
    expect(lines[3]).toBe(`${call.id},${call.attributes.origin},${call.attributes.owner.name}`);
  });

  it('a query as JSON answers the same cells keyed _0, _1, _2; valueFilters narrow it', async () => {
    const from = now - 86_400_000;
    const all = (await v1(`/csrs?q=${encodeURIComponent(analyzerQuery(from, now))}`)).body as {
      data: Record<string, string>[];
    };
    expect(all.data.length).toBeGreaterThan(10);
    const chats = await v1(
      `/csrs?q=${encodeURIComponent(analyzerQuery(from, now, { filterGroups: [{ operator: 'AND', valueFilters: [{ columnName: 'channelType__s', values: ['chat'] }] }] }))}`,
    );
    const chatRows = (chats.body as { data: Record<string, string>[] }).data;
    expect(chatRows.length).toBeGreaterThan(0);
    expect(chatRows.length).toBeLessThan(all.data.length);
    expect(chatRows.every((row) => row._1?.includes('@'))).toBe(true);
  });

  it('a query with reversed dates or that is not JSON answers 400', async () => {
    expect((await v1(`/csrs?q=${encodeURIComponent(analyzerQuery(now, now - 1000))}`)).status).toBe(400);
    expect((await v1('/csrs?q=%7Bnot-json')).status).toBe(400);
  });
});

describe('CARs', () => {
  it('a session chains new → ivr-connected → parked → connected → wrapup → ended, each CAR read by {session}-{timestamp}-{event}', async () => {
    const call = await someCall();
    const query = analyzerQuery(call.attributes.createdTime, call.attributes.lastUpdatedTime + 1, {
      aggregations: [{ id: 0, aggregationType: 'VALUE', computeColumnName: 'id' }],
      filterGroups: [{ operator: 'AND', valueFilters: [{ columnName: 'session', values: [call.id] }] }],
    });
    const ids = ((await v1(`/cars?q=${encodeURIComponent(query)}`)).body as { data: { _0: string }[] }).data.map(
      (row) => row._0,
    );
    expect(ids.map((id) => id.slice(call.id.length + 1).replace(/^\d+-/, ''))).toEqual([
      'new',
      'ivr-connected',
      'parked',
      'connected',
      'wrapup',
      'ended',
    ]);
    for (const id of ids) {
      const car = await v1(`/cars/${id}`);
      expect(car.status).toBe(200);
      expect(car.body).toMatchObject({
        id,
        session: call.id,
        timestamp: Number(id.slice(call.id.length + 1).split('-')[0]),
      });
    }
    expect((await v1(`/cars/${call.id}-1-ended`)).status).toBe(404);
  });
});
