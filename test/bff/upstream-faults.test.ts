import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FaultRequest } from '../../shared/sandbox-control.js';
import { bearer, startTestBff } from '../kit/bff.js';
import type { TestBff } from '../kit/bff.js';

let bff: TestBff;

// Without XMPP notifications the BFF has no live picture of the agent and reads every GET /api/agent from Finesse.
beforeEach(async () => {
  bff = await startTestBff({ xmpp: false, env: { FINESSE_TIMEOUT_MS: '300' } });
});

afterEach(async () => {
  await bff.close();
});

const api = () => request(bff.app);
const USER_PATH = '^/finesse/api/User/1001001$';

/** Sign in while Finesse is well, then make GET /finesse/api/User/1001001 misbehave. */
async function signedInWithFault(fault: Omit<FaultRequest, 'path'>): Promise<string> {
  const { token } = await bff.signIn();
  await bff
    .sandbox()
    .post('/sandbox/faults')
    .send({ path: USER_PATH, ...fault })
    .expect(201);
  return token;
}

async function expectServedAgain(token: string): Promise<void> {
  await bff.sandbox().delete('/sandbox/faults').expect(204);
  const after = await api().get('/api/agent').set('Authorization', bearer(token));
  expect(after.status).toBe(200);
  expect(after.body).toMatchObject({ id: '1001001' });
}

const FAULTS = [
  { name: 'a 503 from Finesse', fault: { mode: 'status', status: 503 }, status: 503, code: 'upstream_unavailable' },
  {
    name: 'a 500 from Finesse',
    fault: { mode: 'status', status: 500 },
    status: 502,
    code: 'upstream_invalid_response',
  },
  {
    name: 'an answer after FINESSE_TIMEOUT_MS (1500 ms latency, 300 ms timeout)',
    fault: { mode: 'latency', ms: 1500 },
    status: 504,
    code: 'upstream_timeout',
  },
  { name: 'a connection Finesse resets', fault: { mode: 'reset' }, status: 503, code: 'upstream_unavailable' },
  { name: 'a truncated XML answer', fault: { mode: 'malformed' }, status: 502, code: 'upstream_invalid_response' },
] as const;

describe('GET /api/agent answers each kind of Finesse failure with its own status and code, and the BFF serves on', () => {
  it.each(FAULTS.map(({ name, status, code, fault }) => [name, status, code, fault] as const))(
    '%s answers %i %s, and after the fault is cleared the next request answers 200',
    async (_name, status, code, fault) => {
      const token = await signedInWithFault(fault);
      const response = await api().get('/api/agent').set('Authorization', bearer(token));
      expect(response.status).toBe(status);
      expect(response.headers['content-type']).toMatch(/application\/json/);
      expect(response.body).toEqual({
        error: expect.objectContaining({ code, message: expect.any(String) as string }) as object,
      });
      await expectServedAgain(token);
    },
  );

  it.each(FAULTS.map(({ name, fault }) => [name, fault] as const))(
    '%s answers an error whose upstream.service is finesse',
    async (_name, fault) => {
      const token = await signedInWithFault(fault);
      const response = await api().get('/api/agent').set('Authorization', bearer(token));
      expect(response.body).toMatchObject({ error: { upstream: { service: 'finesse' } } });
    },
  );

  it("a 503 from Finesse answers Finesse's status as the upstream detail, never Finesse's raw XML", async () => {
    const token = await signedInWithFault({ mode: 'status', status: 503 });
    const response = await api().get('/api/agent').set('Authorization', bearer(token));
    expect(response.body).toMatchObject({ error: { upstream: { service: 'finesse', status: 503 } } });
    expect(response.text).not.toMatch(/<ApiError|logInfo/);
  });
});

describe('a Finesse out of service makes the BFF answer 503 and report itself not ready', () => {
  it('GET /api/agent while Finesse is OUT_OF_SERVICE answers 503 upstream_unavailable', async () => {
    const { token } = await bff.signIn();
    await bff.sandbox().post('/sandbox/system').send({ status: 'OUT_OF_SERVICE' }).expect(200);
    const response = await api().get('/api/agent').set('Authorization', bearer(token));
    expect(response.status).toBe(503);
    expect(response.body).toMatchObject({
      error: { code: 'upstream_unavailable', upstream: { service: 'finesse', status: 503 } },
    });
  });

  it('GET /readyz while Finesse is OUT_OF_SERVICE answers 503 with the finesse check failed', async () => {
    await bff.sandbox().post('/sandbox/system').send({ status: 'OUT_OF_SERVICE' }).expect(200);
    const response = await api().get('/readyz');
    expect(response.status).toBe(503);
    expect(response.body).toMatchObject({ status: 'not_ready', checks: { finesse: { ok: false } } });
  });

  it('GET /api/agent once Finesse is IN_SERVICE again answers 200', async () => {
    const { token } = await bff.signIn();
    await bff.sandbox().post('/sandbox/system').send({ status: 'OUT_OF_SERVICE' }).expect(200);
    await api().get('/api/agent').set('Authorization', bearer(token)).expect(503);
    await bff.sandbox().post('/sandbox/system').send({ status: 'IN_SERVICE' }).expect(200);
    const response = await api().get('/api/agent').set('Authorization', bearer(token));
    expect(response.status).toBe(200);
  });
});
