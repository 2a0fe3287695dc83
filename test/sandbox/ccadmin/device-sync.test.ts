import { describe, expect, it } from 'vitest';
import { eventually } from '../../kit/eventually.js';
import { apiErrors, control, readXml, useCceAdminEmulator } from './ccadmin-kit.js';

const cce = useCceAdminEmulator();

async function configureSync(body: object): Promise<void> {
  await control(cce.emulator).post('/sandbox/sync').send(body).expect(200);
}

async function state(): Promise<unknown> {
  return readXml((await cce.client.get()).text, 'contextServiceRegistration').state;
}

const PARTIAL_SUCCESS = (devices: string) => ({
  errorMessage: `Configuration update failed for one or more devices. Failed devices: ${devices}.`,
  errorType: 'PARTIAL_SUCCESS',
});

describe('PUT outcomes from the device sync', () => {
  it('when every device syncs the answer is 200 "Successfully saved"', async () => {
    const response = await cce.client.put('data-1');
    expect([response.status, response.text]).toEqual([200, 'Successfully saved']);
  });

  it('when Finesse fails to sync the answer is 201 with the documented PARTIAL_SUCCESS body naming Finesse, and the change is saved', async () => {
    await configureSync({ failDevices: ['Finesse'] });
    const response = await cce.client.put('data-1');
    expect(response.status).toBe(201);
    expect(response.headers['content-type']).toMatch(/^application\/xml/);
    expect(response.text).toBe(
      '<apiErrors><apiError><errorMessage>Configuration update failed for one or more devices. Failed devices: Finesse.</errorMessage><errorType>PARTIAL_SUCCESS</errorType></apiError></apiErrors>',
    );
    expect(await state()).toBe('registered');
  });

  it('when CVP and SocialMiner fail, both are named in CVP, Finesse, SocialMiner order', async () => {
    await configureSync({ failDevices: ['SocialMiner', 'CVP'] });
    expect(apiErrors((await cce.client.put('data-1')).text)).toEqual([PARTIAL_SUCCESS('CVP, SocialMiner')]);
  });

  it('a deregistration can be a partial success too', async () => {
    await cce.client.put('data-1').expect(200);
    await configureSync({ failDevices: ['CVP', 'Finesse', 'SocialMiner'] });
    const response = await cce.client.put('');
    expect(response.status).toBe(201);
    expect(apiErrors(response.text)).toEqual([PARTIAL_SUCCESS('CVP, Finesse, SocialMiner')]);
    expect(await state()).toBe('notRegistered');
  });

  it('when the AW database update fails the answer is 500 FAILURE and nothing is saved', async () => {
    await configureSync({ awDatabaseFailure: true });
    const response = await cce.client.put('data-1');
    expect(response.status).toBe(500);
    expect(apiErrors(response.text)).toEqual([
      { errorMessage: 'The configuration update to the AW DB failed.', errorType: 'FAILURE' },
    ]);
    expect(await state()).toBe('notRegistered');
  });

  it('an AW failure wins over failing devices: the devices are never reached', async () => {
    await configureSync({ awDatabaseFailure: true, failDevices: ['CVP'] });
    expect((await cce.client.put('data-1')).status).toBe(500);
  });

  it('a PUT while the previous sync is in progress answers 503 busy with Retry-After, and changes nothing', async () => {
    await configureSync({ busyMs: 60_000 });
    await cce.client.put('data-1').expect(200);
    const response = await cce.client.put('');
    expect(response.status).toBe(503);
    expect(apiErrors(response.text)).toEqual([
      { errorMessage: 'The server is currently busy. Please try again later.', errorType: 'SERVER_BUSY' },
    ]);
    const retryAfter = Number(response.headers['retry-after']);
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await state()).toBe('registered');
  });

  it('GET still answers while a sync is in progress', async () => {
    await configureSync({ busyMs: 60_000 });
    await cce.client.put('data-1').expect(200);
    expect(await state()).toBe('registered');
  });

  it('once the sync is over, a PUT goes through again', async () => {
    await configureSync({ busyMs: 200 });
    await cce.client.put('data-1').expect(200);
    await eventually(
      async () => (await control(cce.emulator).get('/sandbox/state')).body as { syncInProgress: boolean },
      (snapshot) => !snapshot.syncInProgress,
    );
    await cce.client.put('').expect(200);
  });

  it('a refused PUT (deregister first) starts no sync: the next PUT is not busy', async () => {
    await cce.client.put('data-1').expect(200);
    await configureSync({ busyMs: 60_000 });
    expect((await cce.client.put('data-2')).status).toBe(400);
    await cce.client.put('').expect(200);
  });

  it('invalid input during a sync is still answered 400, not 503', async () => {
    await configureSync({ busyMs: 60_000 });
    await cce.client.put('data-1').expect(200);
    expect((await cce.client.put('x'.repeat(4097))).status).toBe(400);
  });
});
