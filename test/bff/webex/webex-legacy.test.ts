import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORG } from '../../../bff/sandbox/webex/demo/demo-facts.js';
import { LegacyRecords } from '../../../shared/api/webex.js';
import { startAdminBff } from '../admin/admin-kit.js';
import { HOUR_MS, errorOf, startWebexBff } from './webex-api-kit.js';
import type { WebexBff } from './webex-api-kit.js';

let webex: WebexBff;
let supervisor: string;
const to = Date.now() - 24 * HOUR_MS;
// A whole day: the demo contact center is closed at night.
const span = { from: to - 24 * HOUR_MS, to };

beforeAll(async () => {
  webex = await startWebexBff();
  supervisor = (await webex.tokenOf('supervisor')) ?? '';
});

afterAll(async () => {
  await webex.close();
});

const get = (path: string, query: Record<string, string | number> = {}) =>
  webex.api().get(path).query(query).set('Authorization', `Bearer ${supervisor}`);

describe('the legacy v1 records', () => {
  it("a CSR query answers the fields asked for by name, read from Webex's CSV", async () => {
    const response = await get('/api/webex/legacy/csrs', { ...span, fields: 'sid,cstts,channelType__s', limit: 5 });

    expect(response.status).toBe(200);
    const { records } = LegacyRecords.parse(response.body);
    expect(records).toHaveLength(5);
    for (const record of records) {
      expect(Object.keys(record)).toEqual(['sid', 'cstts', 'channelType__s']);
      expect(Number(record.cstts)).toBeGreaterThanOrEqual(span.from);
      expect(Number(record.cstts)).toBeLessThan(span.to);
    }
    expect(response.text).not.toContain(DEMO_ORG.legacyUser.apiKey);
  });

  it('with Accept: text/csv the same query answers CSV with the field names as header', async () => {
    const response = await get('/api/webex/legacy/csrs', { ...span, fields: 'sid,ani__s', limit: 2 }).set(
      'Accept',
      'text/csv',
    );

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const lines = response.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('sid,ani__s');
    expect(lines).toHaveLength(3);
  });

  it('a CAR found by query is read again by its chain id {session}-{timestamp}-{event}, and its CSR by the session', async () => {
    const cars = LegacyRecords.parse(
      (await get('/api/webex/legacy/cars', { ...span, fields: 'id,eventName__s', limit: 1 })).body,
    ).records;
    const carId = cars[0]?.id ?? '';
    expect(carId).toMatch(/^[0-9a-f-]+-\d+-[a-z-]+$/);

    const car = await get(`/api/webex/legacy/cars/${carId}`);
    const sid = carId.replace(/-\d+-[a-z-]+$/, '');
    const csr = await get(`/api/webex/legacy/csrs/${sid}`);

    expect(car.status).toBe(200);
    expect(LegacyRecords.parse(car.body).records[0]).toMatchObject({ id: carId, eventName__s: cars[0]?.eventName__s });
    expect(LegacyRecords.parse(csr.body).records[0]).toMatchObject({ sid });
  });

  it.each([
    ['to before from', { from: to, to: to - HOUR_MS, fields: 'sid' }, 'to: must be later than from'],
    ['no fields', { ...span }, 'fields:'],
    ['a field that is no name', { ...span, fields: 'sid,a b' }, 'fields.1: must be field names'],
    ['a limit of 1001', { ...span, fields: 'sid', limit: 1001 }, 'limit:'],
  ])('%s answers 400 naming the parameter', async (_case, query, message) => {
    const response = await get('/api/webex/legacy/csrs', query);

    expect(response.status).toBe(400);
    expect(errorOf(response).message).toContain(message);
  });

  it('a CAR id that is not a {session}-{timestamp}-{event} chain answers 400', async () => {
    const response = await get('/api/webex/legacy/cars/not-a-chain');

    expect(response.status).toBe(400);
    expect(errorOf(response).message).toContain('must be a CAR id');
  });

  it('an unknown CSR answers 404 webex_not_found', async () => {
    const response = await get('/api/webex/legacy/csrs/00000000-0000-4000-8000-000000000000');

    expect(response.status).toBe(404);
    expect(errorOf(response).code).toBe('webex_not_found');
  });

  it('without WEBEX_LEGACY_* configured the routes answer 503 webex_legacy_not_configured', async () => {
    const admin = await startAdminBff();
    try {
      const response = await admin
        .api()
        .get('/api/webex/legacy/csrs')
        .query({ ...span, fields: 'sid' })
        .set('Authorization', `Bearer ${await admin.signInAdministrator()}`);

      expect(response.status).toBe(503);
      expect(errorOf(response).code).toBe('webex_legacy_not_configured');
    } finally {
      await admin.close();
    }
  });
});
