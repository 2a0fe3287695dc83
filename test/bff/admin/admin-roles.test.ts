import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTRATION_PATH, bearer, errorOf, startAdminBff } from './admin-kit.js';
import type { AdminBff } from './admin-kit.js';

/** Every route of the Administration API that needs a session, with a body it would accept. */
const ADMIN_ROUTES = [
  { method: 'get', path: '/api/admin/session' },
  { method: 'get', path: REGISTRATION_PATH },
  { method: 'get', path: `${REGISTRATION_PATH}?callbackUrl=${encodeURIComponent('http://127.0.0.1:3000/admin')}` },
  { method: 'put', path: REGISTRATION_PATH, body: { connectionData: 'roles-test-connection-data' } },
  { method: 'put', path: REGISTRATION_PATH, body: { connectionData: '' } },
  { method: 'get', path: '/api/admin/audit' },
  { method: 'get', path: '/api/admin/audit?limit=5' },
  { method: 'get', path: '/api/admin/context-service/settings' },
] as const;

/** Every route of an agent, with a body it would accept; an administrator has no Finesse agent. */
const AGENT_ROUTES = [
  { method: 'get', path: '/api/session' },
  { method: 'get', path: '/api/agent' },
  { method: 'post', path: '/api/agent/sign-in', body: { extension: '1001001' } },
  { method: 'put', path: '/api/agent/state', body: { state: 'READY' } },
  { method: 'get', path: '/api/reason-codes?category=NOT_READY' },
  { method: 'get', path: '/api/wrap-up-reasons' },
  { method: 'get', path: '/api/dialogs' },
  { method: 'post', path: '/api/dialogs', body: { to: '1001002' } },
  { method: 'post', path: '/api/dialogs/1/actions', body: { action: 'ANSWER' } },
  { method: 'get', path: '/api/context?dialogId=1' },
  { method: 'get', path: '/api/customers?q=maria' },
  { method: 'post', path: '/api/customers', body: { firstName: 'Ana' } },
  { method: 'get', path: '/api/customers/abc' },
  { method: 'patch', path: '/api/customers/abc', body: { firstName: 'Ana' } },
  { method: 'get', path: '/api/customers/abc/journey' },
  { method: 'post', path: '/api/customers/abc/notes', body: { text: 'hello' } },
  { method: 'get', path: '/api/notes/00000000-0000-4000-8000-000000000000' },
  { method: 'post', path: '/api/requests', body: { customerId: 'abc', title: 'x' } },
  { method: 'patch', path: '/api/activities/abc', body: { customerId: 'abc' } },
  { method: 'get', path: '/api/events' },
  { method: 'get', path: '/finesse/api/User/administrator' },
] as const;

type Route = {
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  readonly path: string;
  readonly body?: object;
};

let admin: AdminBff;
let agentToken: string;
let administratorToken: string;

beforeAll(async () => {
  admin = await startAdminBff();
  agentToken = (await admin.bff.signIn('agent1')).token;
  administratorToken = await admin.signInAdministrator();
});

afterAll(async () => {
  await admin.close();
});

function call(route: Route, token?: string) {
  let test = admin.api()[route.method](route.path);
  if (token !== undefined) test = test.set('Authorization', bearer(token));
  return route.body === undefined ? test : test.send(route.body);
}

describe("the Administration API takes only administrators' sessions", () => {
  it.each(ADMIN_ROUTES as readonly Route[])(
    "$method $path with an agent's session answers 403 forbidden",
    async (route) => {
      const response = await call(route, agentToken);
      expect(response.status).toBe(403);
      expect(errorOf(response).code).toBe('forbidden');
    },
  );

  it.each(ADMIN_ROUTES as readonly Route[])('$method $path without a session answers 401', async (route) => {
    const response = await call(route);
    expect(response.status).toBe(401);
    expect(errorOf(response).code).toBe('unauthorized');
  });

  it("an agent's session changed nothing at CCE: the emulator is still not registered", async () => {
    const state = await admin.cceSandbox().get('/sandbox/state').expect(200);
    expect((state.body as { state: string }).state).toBe('notRegistered');
    expect(await admin.bff.assembly.store.registrationChanges.list(10)).toEqual([]);
  });

  it("an unknown /api/admin path with an administrator's session answers 404, not 403", async () => {
    expect(
      (await admin.api().get('/api/admin/nothing-here').set('Authorization', bearer(administratorToken))).status,
    ).toBe(404);
  });
});

describe("agents' routes refuse an administrator's session, which has no Finesse agent", () => {
  it.each(AGENT_ROUTES as readonly Route[])(
    "$method $path with an administrator's session answers 403 forbidden",
    async (route) => {
      const response = await call(route, administratorToken);
      expect(response.status).toBe(403);
      expect(errorOf(response).code).toBe('forbidden');
    },
  );

  it("the agent's own session still reaches an agent route (200)", async () => {
    expect((await admin.api().get('/api/agent').set('Authorization', bearer(agentToken))).status).toBe(200);
  });
});
