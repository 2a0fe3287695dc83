import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTRATION_PATH, bearer, startAdminBff } from './admin-kit.js';
import type { AdminBff } from './admin-kit.js';

/** One answer the browser saw. */
interface Exchange {
  readonly label: string;
  readonly status: number;
  readonly headers: string;
  readonly body: string;
}

/** Distinctive values that must never come back out: connection data holds Context Service client secrets. */
const CONNECTION_DATA = Buffer.from(
  JSON.stringify({
    credentials: { clientId: 'cd-client', clientSecret: 'Zq8-UNIQUE-CLIENT-SECRET-4711', orgId: 'org-1' },
  }),
).toString('base64');
const OTHER_CONNECTION_DATA = `${CONNECTION_DATA.slice(0, -4)}QUJD`;
const OVERSIZED = `${CONNECTION_DATA}${'x'.repeat(4096)}`;
const WRONG_PASSWORD = 'Wr0ng-CCE-p4ssword';
const BASIC_VALUE = Buffer.from('administrator:sandbox').toString('base64');

let admin: AdminBff;
const exchanges: Exchange[] = [];

function record(label: string, response: Response): Response {
  exchanges.push({ label, status: response.status, headers: JSON.stringify(response.headers), body: response.text });
  return response;
}

/** An administrator's session in miniature, every answer recorded, every CCE answer kind met. */
async function scriptedAdministration(): Promise<void> {
  const api = () => admin.api();
  record(
    'wrong password',
    await api().post('/api/admin/session').send({ username: 'administrator', password: WRONG_PASSWORD }),
  );
  const signIn = record(
    'sign-in',
    await api().post('/api/admin/session').send({ username: 'administrator', password: 'sandbox' }),
  );
  const auth = bearer((signIn.body as { token: string }).token);
  const put = (connectionData: string) =>
    api().put(REGISTRATION_PATH).set('Authorization', auth).send({ connectionData });

  record('register', await put(CONNECTION_DATA));
  record(
    'read',
    await api().get(REGISTRATION_PATH).query({ callbackUrl: 'http://127.0.0.1:3000/admin' }).set('Authorization', auth),
  );
  record('re-register refused', await put(OTHER_CONNECTION_DATA));
  record('too large', await put(OVERSIZED));
  record('deregister', await put(''));
  await admin
    .cceSandbox()
    .post('/sandbox/sync')
    .send({ failDevices: ['CVP'] })
    .expect(200);
  record('partial', await put(CONNECTION_DATA));
  await admin.cceSandbox().post('/sandbox/reset').expect(204);
  await admin.cceSandbox().post('/sandbox/sync').send({ busyMs: 30_000 }).expect(200);
  record('register during sync', await put(CONNECTION_DATA));
  record('busy', await put(''));
  await admin.cceSandbox().post('/sandbox/reset').expect(204);
  await admin.cceSandbox().post('/sandbox/sync').send({ awDatabaseFailure: true }).expect(200);
  record('AW failure', await put(CONNECTION_DATA));
  await admin
    .cceSandbox()
    .post('/sandbox/faults')
    .send({ path: 'contextserviceregistration', mode: 'malformed', times: 1 })
    .expect(201);
  record('malformed', await put(OTHER_CONNECTION_DATA));
  record('audit', await api().get('/api/admin/audit').set('Authorization', auth));
  record('settings', await api().get('/api/admin/context-service/settings').set('Authorization', auth));
  record('metrics', await api().get('/metrics'));
  // The wizard sends the browser back to the callback URL with connectionData in the query: the access log keeps paths only.
  record('callback page', await api().get('/admin').query({ connectionData: CONNECTION_DATA }));
  record('sign-out', await api().delete('/api/session').set('Authorization', auth));
}

beforeAll(async () => {
  admin = await startAdminBff();
  await scriptedAdministration();
}, 30_000);

afterAll(async () => {
  await admin.close();
});

const everything = () => [
  ...exchanges.flatMap((exchange) => [
    { where: `${exchange.label}: headers`, text: exchange.headers },
    { where: `${exchange.label}: body`, text: exchange.body },
  ]),
  ...admin.bff.logs.map((line, index) => ({ where: `log line ${index}`, text: line })),
];

const containing = (needle: string) =>
  everything()
    .filter(({ text }) => text.includes(needle))
    .map(({ where }) => where);

describe('a scripted administration session leaks no connectionData and no CCE credential', () => {
  it('the script met every answer kind: 401, 201, saved, 409, 413, partial, busy, failed, malformed', () => {
    const statuses = Object.fromEntries(exchanges.map((exchange) => [exchange.label, exchange.status]));
    expect(statuses).toMatchObject({
      'wrong password': 401,
      'sign-in': 201,
      register: 200,
      're-register refused': 409,
      'too large': 413,
      deregister: 200,
      partial: 200,
      busy: 503,
      'AW failure': 502,
      malformed: 502,
      audit: 200,
      'sign-out': 204,
    });
    expect(exchanges.find((exchange) => exchange.label === 'partial')?.body).toContain('"result":"partial"');
    // The access log saw each request, so the log was there to leak into.
    expect(
      admin.bff.logs.filter((line) => line.includes('/api/admin/context-service/registration')).length,
    ).toBeGreaterThanOrEqual(10);
    // CCE's error bodies reached the log (as logInfo) for the busy and failed answers.
    expect(admin.bff.logs.filter((line) => /CCE Administration answered (500|503)/.test(line))).toHaveLength(2);
    expect(admin.bff.logs.some((line) => line.includes('"path":"/admin"'))).toBe(true);
  });

  it('the connectionData values (and the client secret inside) appear in no answer header, answer body or log line', () => {
    for (const value of [CONNECTION_DATA, OTHER_CONNECTION_DATA, OVERSIZED, 'Zq8-UNIQUE-CLIENT-SECRET-4711'])
      expect(containing(value)).toEqual([]);
  });

  it('the CCE password, the wrong one and the Basic credential appear in no answer header, answer body or log line', () => {
    expect(containing(WRONG_PASSWORD)).toEqual([]);
    expect(containing(BASIC_VALUE)).toEqual([]);
    expect(
      everything()
        .filter(({ text }) => /"password"|:sandbox/.test(text))
        .map(({ where }) => where),
    ).toEqual([]);
  });

  it("no error answer holds logInfo or CCE's raw body, and each has only the fields code, message and upstream", () => {
    const errors = exchanges.filter((exchange) => exchange.status >= 400);
    expect(errors.length).toBeGreaterThanOrEqual(6);
    for (const error of errors) {
      expect(error.body, error.label).not.toMatch(/logInfo|CCE Administration answered \d{3}|<apiError/);
      const body = JSON.parse(error.body) as { error: Record<string, unknown> };
      expect(Object.keys(body), error.label).toEqual(['error']);
      expect(['code', 'message', 'upstream'], error.label).toEqual(expect.arrayContaining(Object.keys(body.error)));
    }
  });
});
