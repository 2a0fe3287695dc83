import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { ContextServiceEmulator } from '../../../bff/sandbox/context-service/context-service-emulator.js';
import { MARIA_GARCIA } from '../../../bff/sandbox/context-service/demo/demo-facts.js';
import { ContextClient, control, customerBody, errorOf, useContextService } from './context-kit.js';

let emulator: ContextServiceEmulator;
let client: ContextClient;
useContextService((made) => ({ emulator, client } = made), 'test');

const sandbox = () => control(emulator);

describe('POST /sandbox/faults', () => {
  it('a status fault answers that status with the Context Service JSON error, for as many times as asked', async () => {
    await sandbox()
      .post('/sandbox/faults')
      .send({ path: '^/context/v1/customer', mode: 'status', status: 503, times: 1 })
      .expect(201);
    const faulted = await client.get(`/customer/${MARIA_GARCIA.id}`);
    expect(faulted.status).toBe(503);
    expect(errorOf(faulted)).toEqual({ key: '503', message: 'Injected fault' });
    expect(faulted.headers.trackingid).toBeDefined();
    expect((await client.get(`/customer/${MARIA_GARCIA.id}`)).status).toBe(200);
  });

  it('a malformed fault answers 200 with a truncated JSON body', async () => {
    await sandbox().post('/sandbox/faults').send({ path: '^/context/v1/customer$', mode: 'malformed' }).expect(201);
    // fetch, not supertest: supertest would refuse to parse the body it is told is JSON.
    const response = await fetch(`${emulator.url}/context/v1/customer?q=Context_Last_Name:Garcia`, {
      headers: { Authorization: `Bearer ${emulator.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const text = await response.text();
    expect(() => JSON.parse(text) as unknown).toThrow();
  });

  it('a reset fault drops the connection', async () => {
    await sandbox().post('/sandbox/faults').send({ path: '^/context/v1/ping$', mode: 'reset', times: 1 }).expect(201);
    await expect(request(emulator.url).get('/context/v1/ping')).rejects.toThrow();
    expect((await request(emulator.url).get('/context/v1/ping')).status).toBe(200);
  });

  it('a latency fault delays only matching calls', async () => {
    await sandbox()
      .post('/sandbox/faults')
      .send({ path: '^/context/v1/ping$', mode: 'latency', ms: 300, times: 1 })
      .expect(201);
    const started = Date.now();
    await request(emulator.url).get('/context/v1/ping').expect(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  });

  it('GET lists the faults and DELETE clears them', async () => {
    await sandbox().post('/sandbox/faults').send({ path: 'customer', mode: 'status', status: 500 }).expect(201);
    expect(((await sandbox().get('/sandbox/faults')).body as unknown[]).length).toBe(1);
    await sandbox().delete('/sandbox/faults').expect(204);
    expect((await client.get(`/customer/${MARIA_GARCIA.id}`)).status).toBe(200);
  });

  it('a fault request that is not valid answers 400 as JSON', async () => {
    const response = await sandbox().post('/sandbox/faults').send({ path: '(', mode: 'status', status: 500 });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 'invalid_request' } });
  });
});

describe('POST /sandbox/latency', () => {
  it('adds the latency to every /context/v1 call, ping included, and 0 removes it', async () => {
    expect((await sandbox().post('/sandbox/latency').send({ ms: 250 })).body).toEqual({ ms: 250 });
    let started = Date.now();
    await request(emulator.url).get('/context/v1/ping').expect(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(230);
    started = Date.now();
    await client.get(`/customer/${MARIA_GARCIA.id}`).expect(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(230);
    await sandbox().post('/sandbox/latency').send({ ms: 0 }).expect(200);
    expect((await sandbox().get('/sandbox/latency')).body).toEqual({ ms: 0 });
  });

  it('does not slow the control API', async () => {
    await sandbox().post('/sandbox/latency').send({ ms: 2000 }).expect(200);
    const started = Date.now();
    await sandbox().get('/sandbox/stats').expect(200);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  const REFUSED: [string, unknown][] = [
    ['a negative ms', { ms: -1 }],
    ['a fraction', { ms: 1.5 }],
    ['more than two minutes', { ms: 120_001 }],
    ['no ms', {}],
    ['an unknown field', { ms: 1, jitter: 2 }],
  ];
  for (const [what, body] of REFUSED) {
    it(`${what} answers 400 invalid_request`, async () => {
      const response = await sandbox()
        .post('/sandbox/latency')
        .send(body as object);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ error: { code: 'invalid_request' } });
    });
  }
});

describe('GET and DELETE /sandbox/stats', () => {
  it('counts requests by operation and type, failed ones included', async () => {
    await client.search('customer', { q: 'Context_Last_Name:Garcia' });
    await client.search('customer', { q: 'Context_Last_Name:Chen' });
    await client.search('customer', { maxEntries: 0 });
    await client.post('/activity', { fieldsets: ['cisco.base.pod'], dataElements: [] });
    await client.get(`/customer/${MARIA_GARCIA.id}`);
    await client.put(`/customer/${MARIA_GARCIA.id}`, customerBody({ Context_City: 'A' }));
    await client.delete(`/customer/${MARIA_GARCIA.id}`);
    await request(emulator.url).get('/context/v1/ping');
    expect((await sandbox().get('/sandbox/stats')).body).toEqual({
      'create.activity': 1,
      'delete.customer': 1,
      'get.customer': 1,
      ping: 1,
      'search.customer': 3,
      'update.customer': 1,
    });
  });

  it('does not count requests refused for want of a token', async () => {
    await request(emulator.url).get('/context/v1/customer');
    expect((await sandbox().get('/sandbox/stats')).body).toEqual({});
  });

  it('DELETE starts the counts over', async () => {
    await client.search('request', {});
    await sandbox().delete('/sandbox/stats').expect(204);
    expect((await sandbox().get('/sandbox/stats')).body).toEqual({});
  });
});

describe('POST /sandbox/reset', () => {
  it('brings the demo data back in both stores and forgets faults, latency and counts', async () => {
    const created = await client.create('customer', customerBody({ Context_Last_Name: 'Temporary' }));
    const lab = new ContextClient(emulator, 'true');
    await lab.delete(`/customer/${MARIA_GARCIA.id}`).expect(204);
    await sandbox()
      .post('/sandbox/faults')
      .send({ path: 'nothing-matches-this', mode: 'status', status: 500 })
      .expect(201);
    await sandbox().post('/sandbox/latency').send({ ms: 500 }).expect(200);

    await sandbox().post('/sandbox/reset').expect(204);

    expect((await client.get(`/customer/${created.id}`)).status).toBe(404);
    expect((await lab.get(`/customer/${MARIA_GARCIA.id}`)).status).toBe(200);
    expect((await sandbox().get('/sandbox/faults')).body).toEqual([]);
    expect((await sandbox().get('/sandbox/latency')).body).toEqual({ ms: 0 });
    expect((await sandbox().get('/sandbox/stats')).body).toEqual({ 'get.customer': 2 });
  });

  it('gives the same demo objects as the start', async () => {
    const before = await client.found('activity', { maxEntries: 200 });
    await sandbox().post('/sandbox/reset').expect(204);
    expect(await client.found('activity', { maxEntries: 200 })).toEqual(before);
  });

  it('an unknown control path answers 404 as JSON', async () => {
    expect((await sandbox().get('/sandbox/nothing')).body).toMatchObject({ error: { code: 'not_found' } });
  });
});
