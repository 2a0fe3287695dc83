import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARIA_GARCIA } from '../../../bff/sandbox/context-service/demo/demo-facts.js';
import type { Customer, NoteStatus } from '../../../shared/api/context.js';
import { bearer, startTestBff } from '../../kit/bff.js';
import type { TestBff } from '../../kit/bff.js';
import { contextApi, contextServiceControl, statsDelta } from '../../kit/context-api.js';
import type { ContextApi, ContextServiceControl } from '../../kit/context-api.js';
import { untilPasses } from '../../kit/eventually.js';

/*
 * Every customer-context route against input it must refuse, on one BFF. Each case compares Context Service's write
 * counts before and after (a refused request writes nothing) and checks that the BFF still serves.
 */
let bff: TestBff;
let store: ContextServiceControl;
let token: string;
let agent1: ContextApi;
let mariaLastUpdated: string;
let activityId: string;

beforeAll(async () => {
  bff = await startTestBff();
  store = contextServiceControl(bff);
  token = await bff.signedInAgent();
  agent1 = contextApi(bff, token);
  mariaLastUpdated = (await agent1.customer(MARIA_GARCIA.id)).lastUpdated;
  activityId = await store.createActivity(MARIA_GARCIA.id, 'An activity to move');
});

afterAll(async () => {
  await bff.close();
});

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const XML = '<note>&amp;"]]>';
const JSON_OPERATOR = '{"$ne":1}';

interface Route {
  readonly name: string;
  readonly method: 'post' | 'patch';
  readonly path: () => string;
  readonly headers: () => Record<string, string>;
}

const CUSTOMERS: Route = {
  name: 'POST /api/customers',
  method: 'post',
  path: () => '/api/customers',
  headers: () => ({}),
};
const CUSTOMER: Route = {
  name: 'PATCH /api/customers/:id',
  method: 'patch',
  path: () => `/api/customers/${MARIA_GARCIA.id}`,
  headers: () => ({ 'If-Match': mariaLastUpdated }),
};
// A customer Context Service does not know: a note wrongly let through then fails delivery instead of writing.
const NOTES: Route = {
  name: 'POST /api/customers/:id/notes',
  method: 'post',
  path: () => `/api/customers/${UNKNOWN_ID}/notes`,
  headers: () => ({ 'Idempotency-Key': randomUUID() }),
};
const REQUESTS: Route = {
  name: 'POST /api/requests',
  method: 'post',
  path: () => '/api/requests',
  headers: () => ({}),
};
const MOVE: Route = {
  name: 'PATCH /api/activities/:id',
  method: 'patch',
  path: () => `/api/activities/${activityId}`,
  headers: () => ({}),
};
const BODY_ROUTES = [CUSTOMERS, CUSTOMER, NOTES, REQUESTS, MOVE];

/** A string field: the valid body around it, the longest value it takes plus one, and whether it has a format. */
interface Field {
  readonly route: Route;
  readonly name: string;
  readonly body: (value: unknown) => Record<string, unknown>;
  readonly oversized: string;
  readonly formatted: boolean;
}

const FIELDS: readonly Field[] = [
  {
    route: CUSTOMERS,
    name: 'firstName',
    body: (firstName) => ({ firstName }),
    oversized: 'f'.repeat(101),
    formatted: false,
  },
  {
    route: CUSTOMERS,
    name: 'phones.0.number',
    body: (number) => ({ phones: [{ kind: 'mobile', number }] }),
    oversized: '1'.repeat(41),
    formatted: true,
  },
  {
    route: CUSTOMERS,
    name: 'emails.0.address',
    body: (address) => ({ emails: [{ kind: 'work', address }] }),
    oversized: `${'e'.repeat(250)}@x.io`,
    formatted: true,
  },
  {
    route: CUSTOMERS,
    name: 'address.city',
    body: (city) => ({ address: { city } }),
    oversized: 'c'.repeat(101),
    formatted: false,
  },
  {
    route: CUSTOMERS,
    name: 'externalId',
    body: (externalId) => ({ externalId }),
    oversized: 'x'.repeat(101),
    formatted: false,
  },
  {
    route: CUSTOMER,
    name: 'lastName',
    body: (lastName) => ({ lastName }),
    oversized: 'l'.repeat(101),
    formatted: false,
  },
  {
    route: CUSTOMER,
    name: 'phones.0.number',
    body: (number) => ({ phones: [{ kind: 'home', number }] }),
    oversized: '1'.repeat(41),
    formatted: true,
  },
  { route: NOTES, name: 'text', body: (text) => ({ text }), oversized: 'n'.repeat(10 * 1024), formatted: false },
  {
    route: NOTES,
    name: 'activityId',
    body: (id) => ({ text: 'note', activityId: id }),
    oversized: 'a'.repeat(65),
    formatted: true,
  },
  {
    route: NOTES,
    name: 'requestId',
    body: (id) => ({ text: 'note', requestId: id }),
    oversized: 'r'.repeat(65),
    formatted: true,
  },
  {
    route: REQUESTS,
    name: 'customerId',
    body: (customerId) => ({ customerId, title: 'Title' }),
    oversized: 'c'.repeat(65),
    formatted: true,
  },
  {
    route: REQUESTS,
    name: 'title',
    body: (title) => ({ customerId: MARIA_GARCIA.id, title }),
    oversized: 't'.repeat(201),
    formatted: false,
  },
  {
    route: REQUESTS,
    name: 'description',
    body: (description) => ({ customerId: MARIA_GARCIA.id, title: 'Title', description }),
    oversized: 'd'.repeat(2001),
    formatted: false,
  },
  {
    route: MOVE,
    name: 'customerId',
    body: (customerId) => ({ customerId }),
    oversized: 'c'.repeat(65),
    formatted: true,
  },
  { route: MOVE, name: 'requestId', body: (requestId) => ({ requestId }), oversized: 'r'.repeat(65), formatted: true },
];

interface BadBody {
  readonly title: string;
  readonly route: Route;
  /** A JSON value, or raw text sent as application/json. */
  readonly body: unknown;
  readonly status: 400 | 413;
  readonly names?: string;
}

/** What every string field refuses: other types, control characters, one character too many; metacharacters where it has a format. */
function badValues(field: Field): [string, unknown][] {
  return [
    ['a number', 42],
    ['an array', ['x']],
    [`the object ${JSON_OPERATOR}`, { $ne: 1 }],
    ['null', null],
    ['\\u0000 inside', 'a\u0000b'],
    ['\\u0007 inside', 'a\u0007b'],
    [`an oversized string (${field.oversized.length} characters)`, field.oversized],
    ...(field.formatted
      ? ([
          [XML, XML],
          [JSON_OPERATOR, JSON_OPERATOR],
        ] as [string, unknown][])
      : []),
  ];
}

const BAD_BODIES: readonly BadBody[] = [
  ...BODY_ROUTES.map((route): BadBody => ({
    title: 'malformed JSON',
    route,
    body: '{"text":',
    status: 400,
    names: 'JSON',
  })),
  ...BODY_ROUTES.map((route): BadBody => ({
    title: 'a body over 32 KB',
    route,
    body: { text: 'x'.repeat(33 * 1024) },
    status: 413,
  })),
  ...BODY_ROUTES.map((route): BadBody => ({
    title: 'an unknown field role',
    route,
    body: { ...FIELDS.find((field) => field.route === route)!.body('ok'), role: 'x' },
    status: 400,
    names: 'role',
  })),
  // The first problem is named: the operator itself, or a required field it stands in place of.
  ...BODY_ROUTES.map((route): BadBody => ({
    title: `the body ${JSON_OPERATOR}`,
    route,
    body: JSON_OPERATOR,
    status: 400,
  })),
  ...FIELDS.flatMap((field) =>
    badValues(field).map(([what, value]): BadBody => ({
      title: `${field.name}: ${what}`,
      route: field.route,
      body: field.body(value),
      status: 400,
      names: field.name,
    })),
  ),
  { title: 'no text', route: NOTES, body: { requestId: UNKNOWN_ID }, status: 400, names: 'text' },
  { title: 'blank text', route: NOTES, body: { text: ' \n\t ' }, status: 400, names: 'text' },
  { title: 'no title', route: REQUESTS, body: { customerId: MARIA_GARCIA.id }, status: 400, names: 'title' },
  { title: 'neither customerId nor requestId', route: MOVE, body: {}, status: 400, names: 'customerId' },
  {
    title: 'four phones',
    route: CUSTOMERS,
    body: { phones: ['1', '2', '3', '4'].map((digit) => ({ kind: 'mobile', number: `415555010${digit}` })) },
    status: 400,
    names: 'phones',
  },
  {
    title: 'the phone kind fax',
    route: CUSTOMERS,
    body: { phones: [{ kind: 'fax', number: '4155550100' }] },
    status: 400,
    names: 'phones.0.kind',
  },
];

function send(route: Route, body: unknown, headers = route.headers()): Promise<Response> {
  const call = request(bff.app)[route.method](route.path()).set('Authorization', bearer(token)).set(headers);
  return typeof body === 'string' ? call.set('Content-Type', 'application/json').send(body) : call.send(body as object);
}

/** Context Service's creates, updates and deletes. */
const writes = async () =>
  Object.fromEntries(
    Object.entries(await store.stats()).filter(([key]) => !key.startsWith('search.') && !key.startsWith('get.')),
  );

async function expectRefusedAndStillServing(
  call: () => Promise<Response>,
  status: number,
  names: string | undefined,
): Promise<void> {
  const before = { writes: await writes(), queued: await bff.assembly.store.notes.countQueued() };
  const response = await call();
  expect({ status: response.status, type: response.type }).toEqual({ status, type: 'application/json' });
  const error = (response.body as { error: { code: string; message: string } }).error;
  expect(error.code).toBe(status === 413 ? 'payload_too_large' : 'invalid_request');
  if (names !== undefined) expect(error.message).toContain(names);
  expect({ writes: await writes(), queued: await bff.assembly.store.notes.countQueued() }).toEqual(before);
  expect((await agent1.get('/api/agent')).status).toBe(200);
}

describe('every customer-context route refuses bad input with a JSON error naming the field, writes nothing to Context Service and keeps serving', () => {
  it.each(
    BAD_BODIES.map(
      (entry) =>
        [
          `${entry.route.name} with ${entry.title} answers ${entry.status}${entry.names === undefined ? '' : ` naming ${entry.names}`}`,
          entry,
        ] as const,
    ),
  )('%s', async (_title, entry) => {
    await expectRefusedAndStillServing(() => send(entry.route, entry.body), entry.status, entry.names);
  });

  it.each([
    ['no Idempotency-Key', {}],
    ['an empty Idempotency-Key', { 'Idempotency-Key': '' }],
    ['an Idempotency-Key with a space', { 'Idempotency-Key': 'a b' }],
    ['an Idempotency-Key of 129 characters', { 'Idempotency-Key': 'k'.repeat(129) }],
  ])('POST /api/customers/:id/notes with %s answers 400 naming Idempotency-Key', async (_title, headers) => {
    await expectRefusedAndStillServing(() => send(NOTES, { text: 'note' }, headers), 400, 'Idempotency-Key');
  });

  it.each([
    ['no If-Match', {}],
    ['an empty If-Match', { 'If-Match': '' }],
  ])('PATCH /api/customers/:id with %s answers 400 naming If-Match', async (_title, headers) => {
    await expectRefusedAndStillServing(() => send(CUSTOMER, { firstName: 'Mary' }, headers), 400, 'If-Match');
  });

  it.each([
    ['/api/context?dialogId=1%002', 'dialogId'],
    [`/api/context?dialogId=${encodeURIComponent(JSON_OPERATOR)}`, 'dialogId'],
    ['/api/context?dialogId[$ne]=1', 'dialogId'],
    ['/api/context?dialogId=1&dialogId=2', 'dialogId'],
    ['/api/context?dialogId=1&customerId=2', 'customerId'],
    ['/api/customers?q=Garcia%00', 'q'],
    [`/api/customers?q=${'q'.repeat(201)}`, 'q'],
    ['/api/customers?q=a&q=b', 'q'],
    [`/api/customers?phone=${'1'.repeat(41)}`, 'phone'],
    ['/api/customers?phone=%07', 'phone'],
    [`/api/customers?email=${'e'.repeat(255)}`, 'email'],
    ['/api/customers?phone[$ne]=1', 'phone[$ne]'],
    ['/api/customers?name=Maria', 'name'],
    [`/api/customers/${MARIA_GARCIA.id}/journey?channel=sms`, 'channel'],
    [`/api/customers/${MARIA_GARCIA.id}/journey?cursor=not-a-cursor`, 'cursor'],
    [`/api/customers/${MARIA_GARCIA.id}/journey?cursor=${'A'.repeat(201)}`, 'cursor'],
    [`/api/customers/${MARIA_GARCIA.id}/journey?limit=500`, 'limit'],
  ])('GET %s answers 400 naming %s', async (path, names) => {
    await expectRefusedAndStillServing(() => agent1.get(path), 400, names);
  });

  const BAD_IDS = ['%7B%22%24ne%22%3A1%7D', '%3Cnote%3E', 'x'.repeat(65)];
  /** Each route with a valid body and headers, so that only the id is wrong. */
  const ID_ROUTES = [
    ['get', '/api/customers/{id}', undefined],
    ['patch', '/api/customers/{id}', { firstName: 'x' }],
    ['get', '/api/customers/{id}/journey', undefined],
    ['post', '/api/customers/{id}/notes', { text: 'note' }],
    ['patch', '/api/activities/{id}', { customerId: MARIA_GARCIA.id }],
    ['get', '/api/notes/{id}', undefined],
  ] as const;
  it.each(
    ID_ROUTES.flatMap(([method, path, body]) =>
      BAD_IDS.map((id) => [method.toUpperCase(), path.replace('{id}', id), method, body] as const),
    ),
  )(
    '%s %s (an id with characters no id has, or too long) answers 400 naming the id',
    async (_name, path, method, body) => {
      const call = request(bff.app)[method](path).set('Authorization', bearer(token));
      const headers = { 'If-Match': mariaLastUpdated, 'Idempotency-Key': randomUUID() };
      await expectRefusedAndStillServing(() => (body === undefined ? call : call.set(headers).send(body)), 400, 'id');
    },
  );

  it.each([
    ['GET', `/api/customers/${UNKNOWN_ID}`],
    ['PATCH', `/api/customers/${UNKNOWN_ID}`],
    ['GET', `/api/customers/${UNKNOWN_ID}/journey`],
    ['PATCH', `/api/activities/${UNKNOWN_ID}`],
    ['GET', `/api/notes/${UNKNOWN_ID}`],
  ] as const)('%s %s (an id nobody has) answers 404 not_found', async (method, path) => {
    const call =
      method === 'GET'
        ? agent1.get(path)
        : agent1.patch(path, path.includes('activities') ? { customerId: MARIA_GARCIA.id } : { firstName: 'x' }, {
            'If-Match': mariaLastUpdated,
          });
    const response = await call;
    expect(response.status).toBe(404);
    expect((response.body as { error: { code: string } }).error.code).toBe('not_found');
  });

  it.each([
    ['phone', XML],
    ['phone', JSON_OPERATOR],
    ['email', XML],
    ['email', JSON_OPERATOR],
  ])(
    'GET /api/customers?%s=%s (no number or address) answers 200 [] without asking Context Service',
    async (name, value) => {
      const before = await store.stats();
      const response = await agent1.get(`/api/customers?${name}=${encodeURIComponent(value)}`);
      expect({ status: response.status, body: response.body as unknown }).toEqual({ status: 200, body: [] });
      expect(statsDelta(before, await store.stats())).toEqual({});
    },
  );

  it.each([XML, JSON_OPERATOR])('GET /api/customers?q=%s (free text) answers 200 with a JSON array', async (q) => {
    const response = await agent1.get(`/api/customers?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
    expect(Array.isArray(response.body)).toBe(true);
  });
});

describe('free text carries XML and JSON metacharacters intact', () => {
  const TEXTS = [XML, JSON_OPERATOR, `line 1\n\ttab & "quotes" 'apostrophes' ${XML}`];

  it.each(TEXTS)('a note with text %j is delivered and Context Service holds exactly that text', async (text) => {
    const response = await agent1.addNote(MARIA_GARCIA.id, { text }, randomUUID());
    expect(response.status).toBe(202);
    const { noteId } = response.body as NoteStatus;
    await untilPasses(async () => expect((await agent1.note(noteId)).status).toBe('delivered'), 12_000);
    const { activityId: delivered } = await agent1.note(noteId);
    const activity = (await agent1.journey(MARIA_GARCIA.id)).activities.find((candidate) => candidate.id === delivered);
    expect(activity?.notes).toBe(text);
  });

  it('a new customer with metacharacters in names, city and external id answers 201 and reads back exactly', async () => {
    const input = { firstName: XML, lastName: JSON_OPERATOR, address: { city: `a]]>b&lt;` }, externalId: '{"$gt":""}' };
    const response = await agent1.post('/api/customers', input);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject(input);
    expect(await agent1.customer((response.body as Customer).id)).toMatchObject(input);
  });

  it("a request with metacharacters in title and description answers 201 and Maria's journey lists it exactly", async () => {
    const input = { customerId: MARIA_GARCIA.id, title: XML, description: JSON_OPERATOR };
    const response = await agent1.post('/api/requests', input);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject(input);
    expect((await agent1.journey(MARIA_GARCIA.id)).requests).toContainEqual(response.body);
  });
});
