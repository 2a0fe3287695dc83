import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { ContextServiceEmulator } from '../../../bff/sandbox/context-service/context-service-emulator.js';
import { MARIA_GARCIA, SANDBOX_CONTEXT_SERVICE_TOKEN } from '../../../bff/sandbox/context-service/demo/demo-facts.js';
import type { ContextClient } from './context-kit.js';
import { customerBody, element, errorOf, startContextService, useContextService } from './context-kit.js';

let emulator: ContextServiceEmulator;
let client: ContextClient;
useContextService((made) => ({ emulator, client } = made));

const rest = () => request(emulator.url);
const bearer = () => `Bearer ${emulator.token}`;

/** After every bad request the emulator must still answer a good one. */
async function stillServing(): Promise<void> {
  expect((await client.get(`/customer/${MARIA_GARCIA.id}`)).status).toBe(200);
}

describe('authentication', () => {
  it('starts with the sandbox token unless told otherwise', () => {
    expect(emulator.token).toBe(SANDBOX_CONTEXT_SERVICE_TOKEN);
  });

  it('GET /context/v1/ping without credentials answers 200 {"message":"ok"}', async () => {
    const response = await rest().get('/context/v1/ping');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ message: 'ok' });
  });

  const UNAUTHORISED: [string, string | undefined, RegExp][] = [
    ['no Authorization header', undefined, /is required/],
    ['a wrong token', 'Bearer not-the-token', /not valid/],
    ['Basic credentials', `Basic ${Buffer.from('a:b').toString('base64')}`, /is required/],
    ['Bearer without a token', 'Bearer ', /is required/],
  ];
  for (const [what, authorization, message] of UNAUTHORISED) {
    it(`${what} answers 401 with the JSON error and a Bearer challenge`, async () => {
      const call = rest().get(`/context/v1/customer/${MARIA_GARCIA.id}`);
      if (authorization !== undefined) call.set('Authorization', authorization);
      const response = await call;
      expect(response.status).toBe(401);
      expect(errorOf(response)).toEqual({ key: '401', message: expect.stringMatching(message) as unknown });
      expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
      await stillServing();
    });
  }

  it('a search and a create without a token answer 401 too', async () => {
    expect((await rest().get('/context/v1/customer')).status).toBe(401);
    expect(
      (
        await rest()
          .post('/context/v1/customer')
          .send(customerBody({ Context_City: 'A' }))
      ).status,
    ).toBe(401);
  });

  it('an emulator started with its own token accepts only that one', async () => {
    const other = await startContextService({ token: 'another-token' });
    try {
      const answer = (token: string) =>
        request(other.url).get(`/context/v1/customer/${MARIA_GARCIA.id}`).set('Authorization', `Bearer ${token}`);
      expect([(await answer('another-token')).status, (await answer(SANDBOX_CONTEXT_SERVICE_TOKEN)).status]).toEqual([
        200, 401,
      ]);
    } finally {
      await other.close();
    }
  });
});

describe('the wire', () => {
  it('every answer carries a trackingid header: success, error, ping and control', async () => {
    const answers = [
      await client.get(`/customer/${MARIA_GARCIA.id}`),
      await client.get('/customer/nope'),
      await rest().get('/context/v1/ping'),
      await rest().get('/sandbox/stats'),
    ];
    for (const answer of answers) expect(answer.headers.trackingid).toMatch(/^EMULATOR_[0-9a-f-]{36}$/);
  });

  it("a caller's own trackingid is echoed", async () => {
    const response = await rest().get('/context/v1/ping').set('trackingid', 'DESK_1234');
    expect(response.headers.trackingid).toBe('DESK_1234');
  });

  it('malformed JSON answers 400 with the JSON error', async () => {
    const response = await rest()
      .post('/context/v1/customer')
      .set('Authorization', bearer())
      .set('Content-Type', 'application/json')
      .send('{"fieldsets":[');
    expect(response.status).toBe(400);
    expect(errorOf(response)).toEqual({ key: '400', message: 'The body is not valid JSON' });
    await stillServing();
  });

  it('a body that is not JSON at all answers 400', async () => {
    const response = await rest()
      .post('/context/v1/customer')
      .set('Authorization', bearer())
      .set('Content-Type', 'text/plain')
      .send('Maria');
    expect(response.status).toBe(400);
    await stillServing();
  });

  it('a body over 256 KB answers 413', async () => {
    const notes = 'x'.repeat(300 * 1024);
    const response = await client.post('/activity', {
      fieldsets: ['cisco.base.pod'],
      dataElements: [element('Context_Notes', notes)],
    });
    expect(response.status).toBe(413);
    expect(errorOf(response).key).toBe('413');
    await stillServing();
  });

  it('a body just under 256 KB is accepted', async () => {
    const response = await client.post('/activity', {
      fieldsets: ['cisco.base.pod'],
      dataElements: [element('Context_Notes', 'x'.repeat(250 * 1024))],
    });
    expect(response.status).toBe(201);
  });

  it('an unknown path answers 404 as the JSON error', async () => {
    const response = await rest().get('/context/v2/customer').set('Authorization', bearer());
    expect(response.status).toBe(404);
    expect(errorOf(response).key).toBe('404');
  });

  it('a POST to an object URL answers 404, not a crash', async () => {
    expect((await client.post(`/customer/${MARIA_GARCIA.id}`, {})).status).toBe(404);
    await stillServing();
  });
});
