import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAdminBff } from '../admin/admin-kit.js';
import type { AdminBff } from '../admin/admin-kit.js';
import { HOUR_MS, errorOf, startWebexBff } from './webex-api-kit.js';
import type { Caller, WebexBff } from './webex-api-kit.js';
import { DEMO_ORG } from '../../../bff/sandbox/webex/demo/demo-facts.js';
import { SiteList } from '../../../shared/api/webex.js';

interface Route {
  readonly method: 'get' | 'post' | 'put';
  readonly path: string;
  readonly query?: Record<string, string | number>;
  readonly body?: object;
  readonly csv?: string;
  /** The legacy v1 API, configured apart from the onboarding. */
  readonly legacy?: boolean;
  /** Asks for a record that does not exist: an allowed caller gets Webex's 404. */
  readonly missing?: boolean;
  /** Who may use it besides administrators. */
  readonly readers: 'supervisors' | 'administrators only';
}

/** Stands for a site of the organisation in a path; replaced by a real one's id when sent. */
const DEMO_SITE = ':site';
let siteId = '00000000-0000-4000-8000-000000000000';
const to = Date.now() - 24 * HOUR_MS;
const span = { from: to - HOUR_MS, to };

/** Every authenticated /api/webex route (the recording links are their own permission). */
const ROUTES: readonly Route[] = [
  { method: 'get', path: '/api/webex/tasks', query: span, readers: 'supervisors' },
  { method: 'get', path: '/api/webex/queues/statistics', query: span, readers: 'supervisors' },
  { method: 'get', path: '/api/webex/agents/statistics', query: span, readers: 'supervisors' },
  { method: 'get', path: '/api/webex/agents/activities', query: span, readers: 'supervisors' },
  {
    method: 'post',
    path: '/api/webex/captures',
    body: { taskIds: ['00000000-0000-4000-8000-000000000000'] },
    readers: 'supervisors',
  },
  { method: 'get', path: '/api/webex/sites', readers: 'supervisors' },
  { method: 'get', path: `/api/webex/sites/${DEMO_SITE}`, readers: 'supervisors' },
  {
    method: 'post',
    path: '/api/webex/sites',
    body: { name: 'Role Test', active: true, multimediaProfileId: DEMO_ORG.multimediaProfileId },
    readers: 'administrators only',
  },
  {
    method: 'put',
    path: `/api/webex/sites/${DEMO_SITE}`,
    body: { name: 'Role Test Renamed', active: true, multimediaProfileId: DEMO_ORG.multimediaProfileId },
    readers: 'administrators only',
  },
  {
    method: 'get',
    path: '/api/webex/legacy/csrs',
    query: { ...span, fields: 'sid' },
    readers: 'supervisors',
    legacy: true,
  },
  {
    method: 'get',
    path: '/api/webex/legacy/cars',
    query: { ...span, fields: 'id' },
    readers: 'supervisors',
    legacy: true,
  },
  {
    method: 'get',
    path: '/api/webex/legacy/csrs/00000000-0000-4000-8000-000000000000',
    readers: 'supervisors',
    legacy: true,
    missing: true,
  },
  {
    method: 'get',
    path: '/api/webex/legacy/cars/00000000-0000-4000-8000-000000000000-1-ended',
    readers: 'supervisors',
    legacy: true,
    missing: true,
  },
  {
    method: 'post',
    path: '/api/webex/sites/bulk',
    csv: `name,active,multimediaProfileId\nRole Bulk,true,${DEMO_ORG.multimediaProfileId}`,
    readers: 'administrators only',
  },
];

const EXPECTED: Readonly<Record<Caller, (route: Route) => number | 'allowed'>> = {
  anonymous: () => 401,
  agent: () => 403,
  supervisor: (route) => (route.readers === 'supervisors' ? 'allowed' : 403),
  administrator: () => 'allowed',
};

const CASES = ROUTES.flatMap((route) =>
  (Object.keys(EXPECTED) as Caller[]).map((caller) => ({ route, caller, expected: EXPECTED[caller](route) })),
);

function send(app: Parameters<typeof request>[0], route: Route, token: string | undefined) {
  let call = request(app)[route.method](route.path.replace(DEMO_SITE, siteId));
  if (route.query) call = call.query(route.query);
  if (token !== undefined) call = call.set('Authorization', `Bearer ${token}`);
  if (route.csv !== undefined) return call.set('Content-Type', 'text/csv').send(route.csv);
  return route.body ? call.send(route.body) : call;
}

describe('who may use /api/webex', () => {
  let webex: WebexBff;

  beforeAll(async () => {
    webex = await startWebexBff();
    const sites = await webex
      .api()
      .get('/api/webex/sites')
      .set('Authorization', `Bearer ${(await webex.tokenOf('administrator')) ?? ''}`);
    siteId = SiteList.parse(sites.body).sites[0]?.id ?? siteId;
  });

  afterAll(async () => {
    await webex.close();
  });

  it.each(
    CASES.map((entry) => [`${entry.caller} ${entry.route.method.toUpperCase()} ${entry.route.path}`, entry] as const),
  )('%s', async (_name, { route, caller, expected }) => {
    const response = await send(webex.admin.bff.app, route, await webex.tokenOf(caller));

    if (expected === 'allowed' && route.missing === true) expect(response.status, response.text).toBe(404);
    else if (expected === 'allowed') expect(response.status, response.text).toBeLessThan(300);
    else expect(response.status).toBe(expected);
  });
});

describe('a BFF without a connected Webex org', () => {
  let admin: AdminBff;
  let token: string;

  beforeAll(async () => {
    admin = await startAdminBff();
    token = await admin.signInAdministrator();
  });

  afterAll(async () => {
    await admin.close();
  });

  it.each(ROUTES.map((route) => [`${route.method.toUpperCase()} ${route.path}`, route] as const))(
    '%s answers 503 (not connected, or the legacy API not configured) to an administrator',
    async (_name, route) => {
      const response = await send(admin.bff.app, route, token);

      expect(response.status).toBe(503);
      expect(errorOf(response).code).toBe(
        route.legacy === true ? 'webex_legacy_not_configured' : 'webex_not_connected',
      );
    },
  );
});
