import request from 'supertest';
import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, startTestBff } from '../../kit/bff.js';
import type { TestBff } from '../../kit/bff.js';
import { deskApi } from '../../kit/desk-api.js';
import type { DeskApi } from '../../kit/desk-api.js';

/*
 * Every JSON route against input it must refuse. One BFF serves the whole table: each case compares the upstream
 * picture (the emulator's agents and agent1's calls) before and after, so a refused request can change nothing.
 */
/** A BFF with agent1 signed in on their extension and a call ringing there. */
interface Fixture {
  readonly bff: TestBff;
  readonly desk: DeskApi;
  readonly token: string;
  readonly ringingDialogId: string;
}

async function startFixture(): Promise<Fixture> {
  const bff = await startTestBff();
  const desk = deskApi(bff);
  return { bff, desk, token: await bff.signedInAgent(), ringingDialogId: await desk.ring('4085550100', '1001001') };
}

let shared: Fixture;

beforeAll(async () => {
  shared = await startFixture();
});

afterAll(async () => {
  await shared.bff.close();
});

interface Route {
  readonly name: string;
  readonly method: 'get' | 'post' | 'put' | 'delete';
  readonly path: (fixture: Fixture) => string;
  readonly signedIn: boolean;
}

const SESSION: Route = { name: 'POST /api/session', method: 'post', path: () => '/api/session', signedIn: false };
const SIGN_IN: Route = {
  name: 'POST /api/agent/sign-in',
  method: 'post',
  path: () => '/api/agent/sign-in',
  signedIn: true,
};
const STATE: Route = { name: 'PUT /api/agent/state', method: 'put', path: () => '/api/agent/state', signedIn: true };
const DIALOGS: Route = { name: 'POST /api/dialogs', method: 'post', path: () => '/api/dialogs', signedIn: true };
const ACTIONS: Route = {
  name: 'POST /api/dialogs/:id/actions',
  method: 'post',
  path: (fixture) => `/api/dialogs/${fixture.ringingDialogId}/actions`,
  signedIn: true,
};
const BODY_ROUTES = [SESSION, SIGN_IN, STATE, DIALOGS, ACTIONS];

/** A string field of a route: the valid body around it, and the longest value it takes plus one. */
interface StringField {
  readonly route: Route;
  readonly name: string;
  readonly body: (value: unknown) => Record<string, unknown>;
  readonly oversized: string;
  /** Numbers, ids and digits: XML metacharacters are refused (free text and variable values carry them intact). */
  readonly refusesXml: boolean;
}

const STRING_FIELDS: readonly StringField[] = [
  {
    route: SESSION,
    name: 'username',
    body: (username) => ({ username, password: 'sandbox' }),
    oversized: 'a'.repeat(129),
    refusesXml: false,
  },
  {
    route: SESSION,
    name: 'password',
    body: (password) => ({ username: 'agent1', password }),
    oversized: 'p'.repeat(257),
    refusesXml: false,
  },
  {
    route: SIGN_IN,
    name: 'extension',
    body: (extension) => ({ extension }),
    oversized: '1'.repeat(21),
    refusesXml: true,
  },
  { route: STATE, name: 'state', body: (state) => ({ state }), oversized: 'READY'.repeat(100), refusesXml: true },
  {
    route: STATE,
    name: 'reasonCodeId',
    body: (reasonCodeId) => ({ state: 'NOT_READY', reasonCodeId }),
    oversized: '1'.repeat(11),
    refusesXml: true,
  },
  { route: DIALOGS, name: 'to', body: (to) => ({ to }), oversized: '1'.repeat(65), refusesXml: true },
  {
    route: DIALOGS,
    name: 'variables.callVariable1',
    body: (value) => ({ to: '6505550199', variables: { callVariable1: value } }),
    oversized: 'v'.repeat(2001),
    refusesXml: false,
  },
  { route: ACTIONS, name: 'action', body: (action) => ({ action }), oversized: 'ANSWER'.repeat(100), refusesXml: true },
  {
    route: ACTIONS,
    name: 'target',
    body: (target) => ({ action: 'CONSULT_CALL', target }),
    oversized: '1'.repeat(65),
    refusesXml: true,
  },
  {
    route: ACTIONS,
    name: 'dtmf',
    body: (dtmf) => ({ action: 'SEND_DTMF', dtmf }),
    oversized: '1'.repeat(33),
    refusesXml: true,
  },
  {
    route: ACTIONS,
    name: 'wrapUpReason',
    body: (wrapUpReason) => ({ action: 'UPDATE_CALL_DATA', wrapUpReason }),
    oversized: 'w'.repeat(40),
    refusesXml: false,
  },
  {
    route: ACTIONS,
    name: 'variables.user.note',
    body: (value) => ({ action: 'UPDATE_CALL_DATA', variables: { 'user.note': value } }),
    oversized: 'v'.repeat(2001),
    refusesXml: false,
  },
];

interface BadInput {
  readonly title: string;
  readonly route: Route;
  /** A JSON value, or raw text sent as application/json. */
  readonly body: unknown;
  readonly status: 400 | 413;
  /** What the error message must name: the field, or "JSON". */
  readonly names?: string;
}

const huge = 'x'.repeat(40_000);
const CASES: readonly BadInput[] = [
  ...BODY_ROUTES.map((route): BadInput => ({
    title: 'malformed JSON',
    route,
    body: '{"a":',
    status: 400,
    names: 'JSON',
  })),
  ...BODY_ROUTES.map((route): BadInput => ({
    title: 'the JSON literal null',
    route,
    body: 'null',
    status: 400,
    names: 'JSON',
  })),
  ...BODY_ROUTES.map((route): BadInput => ({
    title: 'a body over 32 KB',
    route,
    body: { padding: huge },
    status: 413,
  })),
  ...STRING_FIELDS.flatMap((field) =>
    [
      ['a number', 1001001],
      ['an array', ['1001001']],
      ['null', null],
      ['\\u0000 inside', `12\u000034`],
      ['\\u0007 inside', `12\u00073`],
      ['an oversized string', field.oversized],
      ...(field.refusesXml
        ? [
            ['<User>', '<User>'],
            ['&amp;', '&amp;'],
            [']]>', ']]>'],
          ]
        : []),
    ].map(([what, value]): BadInput => ({
      title: `${field.name}: ${String(what)}`,
      route: field.route,
      body: field.body(value),
      status: 400,
      names: field.name,
    })),
  ),
  {
    title: 'an unknown field',
    route: SESSION,
    body: { username: 'agent1', password: 'sandbox', role: 'Administrator' },
    status: 400,
    names: 'role',
  },
  {
    title: 'an unknown field',
    route: SIGN_IN,
    body: { extension: '1001001', loginId: '1001002' },
    status: 400,
    names: 'loginId',
  },
  {
    title: 'an unknown field',
    route: STATE,
    body: { state: 'READY', extension: '1001002' },
    status: 400,
    names: 'extension',
  },
  {
    title: 'an unknown field',
    route: DIALOGS,
    body: { to: '6505550199', fromAddress: '1001002' },
    status: 400,
    names: 'fromAddress',
  },
  {
    title: 'an unknown field',
    route: ACTIONS,
    body: { action: 'ANSWER', targetMediaAddress: '1001002' },
    status: 400,
    names: 'targetMediaAddress',
  },
  { title: 'no username', route: SESSION, body: { password: 'sandbox' }, status: 400, names: 'username' },
  { title: 'no password', route: SESSION, body: { username: 'agent1' }, status: 400, names: 'password' },
  { title: 'an empty body and no Authorization', route: SESSION, body: {}, status: 400, names: 'username' },
  { title: 'no extension', route: SIGN_IN, body: {}, status: 400, names: 'extension' },
  { title: 'no state', route: STATE, body: { reasonCodeId: '1' }, status: 400, names: 'state' },
  { title: 'no to', route: DIALOGS, body: { variables: { callVariable1: 'x' } }, status: 400, names: 'to' },
  { title: 'no action', route: ACTIONS, body: {}, status: 400, names: 'action' },
  {
    title: 'CONSULT_CALL without target',
    route: ACTIONS,
    body: { action: 'CONSULT_CALL' },
    status: 400,
    names: 'target',
  },
  {
    title: 'TRANSFER_SST without target',
    route: ACTIONS,
    body: { action: 'TRANSFER_SST' },
    status: 400,
    names: 'target',
  },
  { title: 'SEND_DTMF without dtmf', route: ACTIONS, body: { action: 'SEND_DTMF' }, status: 400, names: 'dtmf' },
  {
    title: 'UPDATE_CALL_DATA with neither variables nor wrapUpReason',
    route: ACTIONS,
    body: { action: 'UPDATE_CALL_DATA' },
    status: 400,
    names: 'variables',
  },
  {
    title: 'the state TALKING, which only Finesse sets',
    route: STATE,
    body: { state: 'TALKING' },
    status: 400,
    names: 'state',
  },
  {
    title: 'the unknown state ready (lower case)',
    route: STATE,
    body: { state: 'ready' },
    status: 400,
    names: 'state',
  },
  { title: 'the unknown action EXPLODE', route: ACTIONS, body: { action: 'EXPLODE' }, status: 400, names: 'action' },
  {
    title: 'MAKE_CALL, which is not a dialog action',
    route: ACTIONS,
    body: { action: 'MAKE_CALL' },
    status: 400,
    names: 'action',
  },
  ...[DIALOGS, ACTIONS].flatMap((route): BadInput[] => {
    const body = (variables: unknown) =>
      route === DIALOGS ? { to: '6505550199', variables } : { action: 'UPDATE_CALL_DATA', variables };
    return [
      { title: 'variables as a string', route, body: body('callVariable1=x'), status: 400, names: 'variables' },
      {
        title: 'variables as an array',
        route,
        body: body([{ name: 'callVariable1', value: 'x' }]),
        status: 400,
        names: 'variables',
      },
      { title: 'variables as null', route, body: body(null), status: 400, names: 'variables' },
      {
        title: 'the variable callVariable11',
        route,
        body: body({ callVariable11: 'x' }),
        status: 400,
        names: 'callVariable11',
      },
      { title: 'the variable <User>', route, body: body({ '<User>': 'x' }), status: 400, names: '<User>' },
      {
        title: '101 variables',
        route,
        body: body(Object.fromEntries(Array.from({ length: 101 }, (_, index) => [`user.v${index}`, 'x']))),
        status: 400,
        names: 'variables',
      },
    ];
  }),
];

/** JSON.parse makes `__proto__` an own key; a schema that drops it would let the request through without it. */
const PROTO_VARIABLE_CASES: readonly BadInput[] = [
  {
    title: 'the variable __proto__ (raw JSON)',
    route: DIALOGS,
    body: '{"to":"6505550199","variables":{"__proto__":"x"}}',
    status: 400,
    names: '__proto__',
  },
  {
    title: 'the variable __proto__ (raw JSON)',
    route: ACTIONS,
    body: '{"action":"UPDATE_CALL_DATA","variables":{"__proto__":"x"}}',
    status: 400,
    names: '__proto__',
  },
];

const QUERY_CASES: readonly { title: string; query: string }[] = [
  { title: 'no category', query: '' },
  { title: 'an unknown field', query: 'category=NOT_READY&team=5000' },
  { title: 'category twice (an array)', query: 'category=NOT_READY&category=LOGOUT' },
  { title: 'category[] (bracket syntax)', query: 'category[]=NOT_READY' },
  { title: '\\u0000 in category', query: 'category=NOT_READY%00' },
  { title: '\\u0007 in category', query: 'category=%07' },
  { title: '<User> as category', query: 'category=%3CUser%3E' },
  { title: '&amp; as category', query: 'category=%26amp%3B' },
  { title: ']]> as category', query: 'category=%5D%5D%3E' },
  { title: 'an oversized category', query: `category=${'N'.repeat(4000)}` },
  { title: 'the unknown category READY', query: 'category=READY' },
];

const caseTitle = (entry: BadInput): string =>
  `${entry.route.name} with ${entry.title} answers ${entry.status}${entry.names === undefined ? '' : ` naming ${entry.names}`}`;

function send(fixture: Fixture, route: Route, body: unknown): Promise<Response> {
  let call = request(fixture.bff.app)[route.method](route.path(fixture));
  if (route.signedIn) call = call.set('Authorization', bearer(fixture.token));
  return typeof body === 'string' ? call.set('Content-Type', 'application/json').send(body) : call.send(body as object);
}

/** What Finesse holds: every agent's state and extension, and agent1's calls. */
async function upstreamPicture({ desk, token }: Fixture) {
  return { agents: await desk.sandboxAgents(), dialogs: await desk.dialogs(token) };
}

function expectRefusal(response: Response, status: number, names: string | undefined): void {
  expect(response.status).toBe(status);
  expect(response.type).toBe('application/json');
  const body = response.body as { error?: { code?: unknown; message?: unknown; field?: unknown } };
  // A refusal that concerns one field names it in `field` too; nothing else joins code and message.
  const field = body.error?.field === undefined ? {} : { field: expect.any(String) as unknown };
  expect(body.error).toEqual({ code: expect.any(String) as unknown, message: expect.any(String) as unknown, ...field });
  if (typeof body.error?.field === 'string') expect(String(body.error.message)).toContain(body.error.field);
  if (status === 413) expect(body.error?.code).toBe('payload_too_large');
  if (names !== undefined) expect(String(body.error?.message)).toContain(names);
}

describe('every JSON route refuses bad input with a 4xx JSON error naming the field, changes nothing upstream and keeps serving', () => {
  it.each(CASES.map((entry) => [caseTitle(entry), entry] as const))('%s', async (_title, entry) => {
    const before = await upstreamPicture(shared);
    expectRefusal(await send(shared, entry.route, entry.body), entry.status, entry.names);
    expect(await upstreamPicture(shared)).toEqual(before);
    expect((await shared.desk.get(shared.token, '/api/agent')).status).toBe(200);
  });

  // Each on a BFF of its own: a request wrongly let through makes a call, which must not spill into the other cases.
  it.each(PROTO_VARIABLE_CASES.map((entry) => [caseTitle(entry), entry] as const))('%s', async (_title, entry) => {
    const own = await startFixture();
    try {
      const before = await upstreamPicture(own);
      expectRefusal(await send(own, entry.route, entry.body), entry.status, entry.names);
      expect(await upstreamPicture(own)).toEqual(before);
    } finally {
      await own.bff.close();
    }
  });

  it.each(QUERY_CASES.map((entry) => [entry.title, entry.query] as const))(
    'GET /api/reason-codes with %s answers 400 naming category or the unknown field',
    async (_title, query) => {
      const response = await shared.desk.get(shared.token, `/api/reason-codes?${query}`);
      expectRefusal(response, 400, undefined);
      expect((response.body as { error: { message: string } }).error.message).toMatch(/category|team/);
      expect((await shared.desk.get(shared.token, '/api/agent')).status).toBe(200);
    },
  );
});

describe('routes that do not exist, and protected routes without a session', () => {
  it.each([
    ['get', '/api/nothing-here'],
    ['post', '/api/agent/nothing-here'],
    ['delete', '/api/dialogs'],
    ['put', '/api/session'],
  ] as const)('%s %s with a valid token answers 404 not_found as JSON', async (method, path) => {
    const response = await request(shared.bff.app)[method](path).set('Authorization', bearer(shared.token));
    expect(response.status).toBe(404);
    expect(response.type).toBe('application/json');
    expect(response.body).toMatchObject({ error: { code: 'not_found', message: expect.any(String) as unknown } });
  });

  it.each([
    ['get', '/api/session'],
    ['delete', '/api/session'],
    ['get', '/api/agent'],
    ['post', '/api/agent/sign-in'],
    ['put', '/api/agent/state'],
    ['get', '/api/reason-codes?category=NOT_READY'],
    ['get', '/api/wrap-up-reasons'],
    ['get', '/api/dialogs'],
    ['post', '/api/dialogs'],
    ['post', '/api/dialogs/16817456/actions'],
    ['get', '/api/events'],
    ['get', '/api/nothing-here'],
    ['get', '/finesse/api/User/1001001'],
  ] as const)('%s %s without Authorization answers 401 unauthorized as JSON', async (method, path) => {
    const response = await request(shared.bff.app)[method](path);
    expect(response.status).toBe(401);
    expect(response.type).toBe('application/json');
    expect(response.body).toMatchObject({ error: { code: 'unauthorized', message: expect.any(String) as unknown } });
  });
});
