import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { eventually } from '../../kit/eventually.js';
import {
  CALLBACK,
  REGISTRATION_PATH,
  apiErrors,
  childOrder,
  control,
  readXml,
  useCceAdminEmulator,
} from './ccadmin-kit.js';

const cce = useCceAdminEmulator();

const sandbox = () => control(cce.emulator);
const ORDINARY = { failDevices: [], busyMs: 0, awDatabaseFailure: false };

describe('POST /sandbox/registration', () => {
  it('forcing invalid answers the snapshot, and GET then shows invalid with a registrationUrl and no managementUrl', async () => {
    const response = await sandbox().post('/sandbox/registration').send({ state: 'invalid' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ state: 'invalid', syncInProgress: false, sync: ORDINARY });
    const answer = (await cce.client.get(CALLBACK)).text;
    expect(readXml(answer, 'contextServiceRegistration').state).toBe('invalid');
    expect(childOrder(answer)).toEqual(['state', 'registrationUrl', 'refURL']);
  });

  it('forcing registered, then notRegistered, is what GET reports each time', async () => {
    await sandbox().post('/sandbox/registration').send({ state: 'registered' }).expect(200);
    expect(readXml((await cce.client.get()).text, 'contextServiceRegistration').state).toBe('registered');
    await sandbox().post('/sandbox/registration').send({ state: 'notRegistered' }).expect(200);
    expect(readXml((await cce.client.get()).text, 'contextServiceRegistration').state).toBe('notRegistered');
  });

  const BAD: [string, unknown][] = [
    ['an unknown state', { state: 'pending' }],
    ['no state', {}],
    ['an extra field', { state: 'registered', connectionData: 'x' }],
    ['a state of the wrong type', { state: 1 }],
  ];
  for (const [what, body] of BAD) {
    it(`${what} answers 400 invalid_request as JSON and changes nothing`, async () => {
      const response = await sandbox()
        .post('/sandbox/registration')
        .send(body as object);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ error: { code: 'invalid_request' } });
      expect(((await sandbox().get('/sandbox/state')).body as { state: string }).state).toBe('notRegistered');
    });
  }

  it('a body that is not JSON answers 400 invalid_request', async () => {
    const response = await sandbox()
      .post('/sandbox/registration')
      .set('Content-Type', 'application/json')
      .send('{"state":');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 'invalid_request' } });
  });
});

describe('POST /sandbox/sync', () => {
  it('answers the behaviour it set, and a later request replaces it whole', async () => {
    const first = await sandbox()
      .post('/sandbox/sync')
      .send({ failDevices: ['CVP'], busyMs: 1000, awDatabaseFailure: true });
    expect(first.body).toMatchObject({ sync: { failDevices: ['CVP'], busyMs: 1000, awDatabaseFailure: true } });
    const second = await sandbox().post('/sandbox/sync').send({ busyMs: 0 });
    expect(second.body).toMatchObject({ sync: ORDINARY });
    await cce.client.put('data-1').expect(200);
  });

  const BAD: [string, unknown][] = [
    ['an unknown device', { failDevices: ['ICM'] }],
    ['a device named twice', { failDevices: ['CVP', 'CVP'] }],
    ['a negative busyMs', { busyMs: -1 }],
    ['a fractional busyMs', { busyMs: 1.5 }],
    ['a busyMs over ten minutes', { busyMs: 600_001 }],
    ['awDatabaseFailure as a string', { awDatabaseFailure: 'yes' }],
    ['an unknown field', { failDevice: ['CVP'] }],
  ];
  for (const [what, body] of BAD) {
    it(`${what} answers 400 invalid_request naming the field`, async () => {
      const response = await sandbox()
        .post('/sandbox/sync')
        .send(body as object);
      expect(response.status).toBe(400);
      expect((response.body as { error: { code: string } }).error.code).toBe('invalid_request');
    });
  }
});

describe('GET /sandbox/state and POST /sandbox/reset', () => {
  it('the state never shows the connection data', async () => {
    await cce.client.put('very-secret-connection-data').expect(200);
    const response = await sandbox().get('/sandbox/state');
    expect(response.body).toEqual({ state: 'registered', syncInProgress: false, sync: ORDINARY });
    expect(response.text).not.toContain('very-secret');
  });

  it('the state shows a sync in progress', async () => {
    await sandbox().post('/sandbox/sync').send({ busyMs: 60_000 }).expect(200);
    await cce.client.put('data-1').expect(200);
    expect((await sandbox().get('/sandbox/state')).body).toMatchObject({ syncInProgress: true });
  });

  it('reset answers 204 and returns to notRegistered, ordinary syncs, no running sync and no faults', async () => {
    await sandbox()
      .post('/sandbox/sync')
      .send({ busyMs: 60_000, failDevices: ['Finesse'] })
      .expect(200);
    await cce.client.put('data-1').expect(201);
    await sandbox().post('/sandbox/faults').send({ path: '^/webex/', mode: 'status', status: 500 }).expect(201);
    await sandbox().post('/sandbox/reset').expect(204);
    expect((await sandbox().get('/sandbox/state')).body).toEqual({
      state: 'notRegistered',
      syncInProgress: false,
      sync: ORDINARY,
    });
    expect((await sandbox().get('/sandbox/faults')).body).toEqual([]);
    await cce.client.put('data-2').expect(200);
  });

  it('reset forgets signed-in wizard sessions', async () => {
    const confirm = await request(cce.emulator.url)
      .post('/webex/registration/sign-in')
      .type('form')
      .send({ callbackUrl: CALLBACK, username: 'administrator', password: 'sandbox' });
    const ticket = /name="ticket" value="([^"]+)"/.exec(confirm.text)?.[1] ?? '';
    await sandbox().post('/sandbox/reset').expect(204);
    expect(
      (
        await request(cce.emulator.url)
          .post('/webex/registration/confirm')
          .type('form')
          .send({ ticket, allowAccess: 'yes' })
      ).status,
    ).toBe(400);
  });

  it('an unknown control path answers 404 as JSON', async () => {
    const response = await sandbox().get('/sandbox/nothing');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ error: { code: 'not_found' } });
  });
});

describe('/sandbox/faults', () => {
  it('a status fault answers that status with a CCE apiErrors body, as many times as asked, then normal service', async () => {
    await sandbox()
      .post('/sandbox/faults')
      .send({ path: '^/unifiedconfig/', mode: 'status', status: 503, times: 1 })
      .expect(201);
    const faulted = await cce.client.get();
    expect(faulted.status).toBe(503);
    expect(apiErrors(faulted.text)).toEqual([{ errorMessage: 'Injected fault', errorType: 'injectedFault' }]);
    expect((await cce.client.get()).status).toBe(200);
  });

  it('a faulted PUT never reaches the registration', async () => {
    await sandbox()
      .post('/sandbox/faults')
      .send({ path: 'contextserviceregistration', mode: 'status', status: 500, times: 1 })
      .expect(201);
    expect((await cce.client.put('data-1')).status).toBe(500);
    expect(((await sandbox().get('/sandbox/state')).body as { state: string }).state).toBe('notRegistered');
  });

  it('a latency fault holds back the matching request: a later request overtakes it', async () => {
    await sandbox()
      .post('/sandbox/faults')
      .send({ path: '^/unifiedconfig/', mode: 'latency', ms: 400, times: 1 })
      .expect(201);
    const finished: string[] = [];
    const slow = cce.client.get().then((response) => finished.push(`slow ${response.status}`));
    // A one-time fault leaves the list when the first request takes it; only then send the second.
    await eventually(
      async () => (await sandbox().get('/sandbox/faults')).body as unknown[],
      (faults) => faults.length === 0,
    );
    const fast = cce.client.get().then((response) => finished.push(`fast ${response.status}`));
    await Promise.all([slow, fast]);
    expect(finished).toEqual(['fast 200', 'slow 200']);
  });

  it('a reset fault drops the connection', async () => {
    await sandbox().post('/sandbox/faults').send({ path: '^/unifiedconfig/', mode: 'reset', times: 1 }).expect(201);
    await expect(cce.client.get()).rejects.toThrow();
    expect((await cce.client.get()).status).toBe(200);
  });

  it('a malformed fault answers 200 with XML cut off mid-element', async () => {
    await sandbox().post('/sandbox/faults').send({ path: '^/unifiedconfig/', mode: 'malformed', times: 1 }).expect(201);
    const response = await request(cce.emulator.url)
      .get(REGISTRATION_PATH)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => done(null, text));
      });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/xml/);
    expect(response.body).toBe('<contextServiceRegistration><state>regis');
  });

  it('faults reach the wizard pages too, but never the control API', async () => {
    await sandbox().post('/sandbox/faults').send({ path: '.*', mode: 'status', status: 502 }).expect(201);
    expect((await request(cce.emulator.url).get('/webex/registration').query({ callbackUrl: CALLBACK })).status).toBe(
      502,
    );
    expect((await sandbox().get('/sandbox/state')).status).toBe(200);
  });

  it('GET lists the faults and DELETE clears them', async () => {
    await sandbox().post('/sandbox/faults').send({ path: 'contextservice', mode: 'status', status: 500 }).expect(201);
    expect((await sandbox().get('/sandbox/faults')).body).toMatchObject([
      { path: 'contextservice', mode: 'status', status: 500 },
    ]);
    await sandbox().delete('/sandbox/faults').expect(204);
    expect((await cce.client.get()).status).toBe(200);
  });

  it('a fault request that is not valid answers 400 as JSON', async () => {
    const response = await sandbox().post('/sandbox/faults').send({ path: '(', mode: 'status', status: 500 });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 'invalid_request' } });
  });
});
