import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AuditTrail,
  ContextServiceSettings,
  Registration,
  RegistrationUpdateResult,
} from '../../../shared/api/admin.js';
import type { RegistrationAuditEntry } from '../../../shared/api/admin.js';
import { REGISTRATION_PATH, bearer, errorOf, startAdminBff } from './admin-kit.js';
import type { AdminBff } from './admin-kit.js';

const CALLBACK_URL = 'http://127.0.0.1:3000/admin?step=done';
/** Connection data as the wizard hands it over: base64 of JSON, opaque to the BFF. */
const DATA_A = Buffer.from(
  JSON.stringify({ credentials: { clientId: 'a', clientSecret: 'secret-a', orgId: 'org' } }),
).toString('base64');
const DATA_B = Buffer.from(
  JSON.stringify({ credentials: { clientId: 'b', clientSecret: 'secret-b', orgId: 'org' } }),
).toString('base64');

let admin: AdminBff;
let token: string;

beforeEach(async () => {
  admin = await startAdminBff();
  token = await admin.signInAdministrator();
});

afterEach(async () => {
  await admin.close();
});

const read = (callbackUrl?: string) =>
  admin
    .api()
    .get(REGISTRATION_PATH)
    .query(callbackUrl === undefined ? {} : { callbackUrl })
    .set('Authorization', bearer(token));
const put = (body: unknown) =>
  admin
    .api()
    .put(REGISTRATION_PATH)
    .set('Authorization', bearer(token))
    .send(body as object);
const audit = async (limit?: number): Promise<RegistrationAuditEntry[]> => {
  const response = await admin
    .api()
    .get('/api/admin/audit')
    .query(limit === undefined ? {} : { limit })
    .set('Authorization', bearer(token))
    .expect(200);
  return AuditTrail.parse(response.body).entries;
};
const sync = (body: object) => admin.cceSandbox().post('/sandbox/sync').send(body).expect(200);

describe("GET /api/admin/context-service/registration reads CCE's registration", () => {
  it("at first it is notRegistered, and with a callbackUrl the answer carries CCE's registration wizard URL for it", async () => {
    const response = await read(CALLBACK_URL);
    expect(response.status).toBe(200);
    const registration = Registration.parse(response.body);
    expect(registration.state).toBe('notRegistered');
    expect(registration.registrationUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/webex\//);
    expect(registration.registrationUrl).toContain(encodeURIComponent(CALLBACK_URL));
    expect(registration.deregistrationUrl).toBeUndefined();
  });

  it('without a callbackUrl there is no wizard URL', async () => {
    expect(Registration.parse((await read()).body)).toEqual({ state: 'notRegistered' });
  });

  it('a state forced at CCE (invalid) is what the BFF answers, with the registration URL to recover', async () => {
    await admin.cceSandbox().post('/sandbox/registration').send({ state: 'invalid' }).expect(200);
    const registration = Registration.parse((await read(CALLBACK_URL)).body);
    expect(registration.state).toBe('invalid');
    expect(registration.registrationUrl).toBeDefined();
  });

  it.each([
    ['a relative callbackUrl', '/admin'],
    ['a javascript: callbackUrl', 'javascript:alert(1)'],
    ['a callbackUrl over 2048 characters', `http://x.example.com/${'a'.repeat(2048)}`],
  ])('%s answers 400 naming callbackUrl', async (_label, callbackUrl) => {
    const response = await read(callbackUrl);
    expect(response.status).toBe(400);
    expect(errorOf(response).message).toMatch(/^callbackUrl:/);
  });

  it('an unknown query parameter answers 400', async () => {
    const response = await admin.api().get(`${REGISTRATION_PATH}?state=registered`).set('Authorization', bearer(token));
    expect(response.status).toBe(400);
  });
});

describe('PUT /api/admin/context-service/registration registers and deregisters through CCE', () => {
  it('registering answers 200 saved with state registered, and CCE then offers the deregistration and management URLs', async () => {
    const response = await put({ connectionData: DATA_A });
    expect(response.status).toBe(200);
    expect(RegistrationUpdateResult.parse(response.body)).toEqual({ result: 'saved', state: 'registered' });
    const registration = Registration.parse((await read(CALLBACK_URL)).body);
    expect(registration).toMatchObject({
      state: 'registered',
      managementUrl: expect.any(String) as string,
      deregistrationUrl: expect.any(String) as string,
    });
  });

  it('registering again with the same data is accepted (200 saved), as CCE allows', async () => {
    await put({ connectionData: DATA_A }).expect(200);
    expect((await put({ connectionData: DATA_A })).body).toEqual({ result: 'saved', state: 'registered' });
  });

  it('registering with other data while registered answers 409 deregister_first, and the registration is unchanged', async () => {
    await put({ connectionData: DATA_A }).expect(200);
    const response = await put({ connectionData: DATA_B });
    expect(response.status).toBe(409);
    expect(errorOf(response)).toMatchObject({
      code: 'deregister_first',
      upstream: { service: 'ccadmin', status: 400 },
    });
    expect(Registration.parse((await read()).body).state).toBe('registered');
    // The old data is still the one CCE holds: registering with it again is accepted.
    expect((await put({ connectionData: DATA_A })).status).toBe(200);
  });

  it('deregistering with "" answers 200 saved with state notRegistered; then other data registers', async () => {
    await put({ connectionData: DATA_A }).expect(200);
    expect((await put({ connectionData: '' })).body).toEqual({ result: 'saved', state: 'notRegistered' });
    expect((await put({ connectionData: DATA_B })).body).toEqual({ result: 'saved', state: 'registered' });
  });

  it("when CCE cannot synchronise CVP and Finesse (201 PARTIAL_SUCCESS) it answers 200 partial with those failedDevices and CCE's message; the data is saved", async () => {
    await sync({ failDevices: ['CVP', 'Finesse'] });
    const response = await put({ connectionData: DATA_A });
    expect(response.status).toBe(200);
    const body = RegistrationUpdateResult.parse(response.body);
    expect(body).toMatchObject({ result: 'partial', failedDevices: ['CVP', 'Finesse'], state: 'registered' });
    expect(body.result === 'partial' ? body.message : '').toMatch(
      /^Configuration update failed for one or more devices/,
    );
  });

  it("while CCE synchronises devices (503 busy) a change answers 503 ccadmin_busy with CCE's Retry-After in seconds", async () => {
    await sync({ busyMs: 30_000 });
    await put({ connectionData: DATA_A }).expect(200);
    const response = await put({ connectionData: '' });
    expect(response.status).toBe(503);
    expect(errorOf(response)).toMatchObject({ code: 'ccadmin_busy', upstream: { service: 'ccadmin', status: 503 } });
    const retryAfter = Number(response.get('Retry-After'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(30);
  });

  it("when the AW database update fails (CCE 500) it answers 502 ccadmin_failed with CCE's detail, and nothing is registered", async () => {
    await sync({ awDatabaseFailure: true });
    const response = await put({ connectionData: DATA_A });
    expect(response.status).toBe(502);
    expect(errorOf(response)).toMatchObject({
      code: 'ccadmin_failed',
      upstream: {
        service: 'ccadmin',
        status: 500,
        type: expect.any(String) as string,
        message: expect.any(String) as string,
      },
    });
    expect(Registration.parse((await read()).body).state).toBe('notRegistered');
  });

  it('a malformed CCE answer (cut off XML) answers 502 upstream_invalid_response', async () => {
    await admin
      .cceSandbox()
      .post('/sandbox/faults')
      .send({ path: 'contextserviceregistration', mode: 'malformed', times: 1 })
      .expect(201);
    const response = await read();
    expect(response.status).toBe(502);
    expect(errorOf(response)).toMatchObject({ code: 'upstream_invalid_response', upstream: { service: 'ccadmin' } });
  });

  it('4096 bytes of connectionData are accepted (200), 4097 answer 413 too_large and reach CCE not at all', async () => {
    expect((await put({ connectionData: 'a'.repeat(4096) })).status).toBe(200);
    await put({ connectionData: '' }).expect(200);
    const before = (await audit()).length;
    const response = await put({ connectionData: 'a'.repeat(4097) });
    expect(response.status).toBe(413);
    expect(errorOf(response).code).toBe('too_large');
    expect(errorOf(response).message).toContain('4096 bytes');
    expect(await audit()).toHaveLength(before);
  });

  it('the limit counts UTF-8 bytes: 2048 two-byte characters (4096 bytes) pass, 2049 (4098 bytes) answer 413', async () => {
    expect((await put({ connectionData: 'é'.repeat(2048) })).status).toBe(200);
    await put({ connectionData: '' }).expect(200);
    expect((await put({ connectionData: 'é'.repeat(2049) })).status).toBe(413);
  });

  it.each([
    ['a number', { connectionData: 42 }, /^connectionData:/],
    ['null', { connectionData: null }, /^connectionData:/],
    ['no connectionData', {}, /^connectionData:/],
    ['an unknown field', { connectionData: 'x', state: 'registered' }, /Unknown field/],
    [
      'a control character',
      { connectionData: 'a\u0000b' },
      /^connectionData: must contain only characters XML can carry/,
    ],
  ])('%s answers 400 invalid_request', async (_label, body, message) => {
    const response = await put(body);
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({
      code: 'invalid_request',
      message: expect.stringMatching(message) as string,
    });
  });
});

describe('GET /api/admin/audit keeps every registration change, newest first', () => {
  it('register, a refused re-register, a busy deregister, a deregister and a partial register appear in that order (newest first) with states and results', async () => {
    await put({ connectionData: DATA_A }).expect(200);
    await put({ connectionData: DATA_B }).expect(409);
    await sync({ busyMs: 1 });
    await put({ connectionData: '' }).expect(200);
    await admin.cceSandbox().post('/sandbox/reset').expect(204);
    await sync({ failDevices: ['SocialMiner'] });
    await put({ connectionData: DATA_B }).expect(200);

    const entries = await audit();
    expect(entries.map(({ action, fromState, toState, result }) => ({ action, fromState, toState, result }))).toEqual([
      { action: 'register', fromState: 'notRegistered', toState: 'registered', result: 'partial' },
      { action: 'deregister', fromState: 'registered', toState: 'notRegistered', result: 'saved' },
      { action: 'register', fromState: 'registered', toState: 'registered', result: 'refused' },
      { action: 'register', fromState: 'notRegistered', toState: 'registered', result: 'saved' },
    ]);
    expect(entries.every((entry) => entry.actor === 'administrator')).toBe(true);
    expect(entries[0]?.detail).toContain('SocialMiner');
    expect(entries[2]?.detail).toMatch(/deregister first/);
    const times = entries.map((entry) => Date.parse(entry.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('a busy answer is audited as busy, with the state unchanged', async () => {
    await sync({ busyMs: 30_000 });
    await put({ connectionData: DATA_A }).expect(200);
    await put({ connectionData: '' }).expect(503);
    expect((await audit(1))[0]).toMatchObject({
      action: 'deregister',
      fromState: 'registered',
      toState: 'registered',
      result: 'busy',
    });
  });

  it('an AW failure is audited as failed', async () => {
    await sync({ awDatabaseFailure: true });
    await put({ connectionData: DATA_A }).expect(502);
    expect((await audit(1))[0]).toMatchObject({
      action: 'register',
      fromState: 'notRegistered',
      toState: 'notRegistered',
      result: 'failed',
    });
  });

  it('limit=2 answers the 2 newest; limit=0 and limit=abc answer 400', async () => {
    for (const data of [DATA_A, '', DATA_B]) await put({ connectionData: data }).expect(200);
    expect((await audit(2)).map((entry) => entry.action)).toEqual(['register', 'deregister']);
    for (const limit of ['0', 'abc', '501']) {
      expect(
        (await admin.api().get(`/api/admin/audit?limit=${limit}`).set('Authorization', bearer(token))).status,
      ).toBe(400);
    }
  });

  it('the trail never holds connectionData', async () => {
    await put({ connectionData: DATA_A }).expect(200);
    await put({ connectionData: DATA_B }).expect(409);
    expect(JSON.stringify(await audit())).not.toMatch(new RegExp(`${DATA_A}|${DATA_B}`));
  });
});

describe('GET /api/admin/context-service/settings', () => {
  it('answers the mode, Context Service URL, timeout, lab mode and CCE Administration URL, with the proxy as scheme://host:port only', async () => {
    await admin.close();
    admin = await startAdminBff({
      env: {
        HTTPS_PROXY: 'http://proxyuser:proxy-password@proxy.example.com:3128',
        NO_PROXY: '127.0.0.1,localhost',
        CONTEXT_LAB_MODE: 'true',
        CONTEXT_TIMEOUT_MS: '2400',
      },
    });
    token = await admin.signInAdministrator();
    const response = await admin.api().get('/api/admin/context-service/settings').set('Authorization', bearer(token));
    expect(response.status).toBe(200);
    expect(ContextServiceSettings.parse(response.body)).toEqual({
      mode: 'upstream',
      contextServiceUrl: admin.bff.contextService.url,
      timeoutMs: 2400,
      labMode: true,
      proxy: 'http://proxy.example.com:3128',
      cceAdminUrl: admin.cce.url,
    });
    expect(response.text).not.toMatch(/proxyuser|proxy-password|sandbox-context-token/);
  });

  it('without a proxy there is no proxy field', async () => {
    const body = ContextServiceSettings.parse(
      (await admin.api().get('/api/admin/context-service/settings').set('Authorization', bearer(token))).body,
    );
    expect(body.proxy).toBeUndefined();
  });
});
