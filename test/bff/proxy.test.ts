import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agent } from '../../shared/api/agent.js';
import { bearer, startTestBff } from '../kit/bff.js';
import type { TestBff } from '../kit/bff.js';
import { eventually } from '../kit/eventually.js';

let bff: TestBff;

beforeEach(async () => {
  bff = await startTestBff();
});

afterEach(async () => {
  await bff.close();
});

const api = () => request(bff.app);

describe("the pass-through answers Finesse's own XML for the agent's own objects", () => {
  it("GET /finesse/api/User/1001001 answers Finesse's User XML unchanged with an XML Content-Type", async () => {
    const { token } = await bff.signIn();
    const response = await api().get('/finesse/api/User/1001001').set('Authorization', bearer(token)).buffer(true);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/xml/);
    const direct = await request(bff.emulator.url)
      .get('/finesse/api/User/1001001')
      .auth('1001001', 'sandbox')
      .buffer(true);
    expect(response.text).toContain('<loginId>1001001</loginId>');
    expect(response.text).toBe(direct.text);
  });

  it('PUT /finesse/api/User/1001001 with an XML LOGIN body answers 202 and the agent is then signed in on that extension', async () => {
    const { token } = await bff.signIn();
    const response = await api()
      .put('/finesse/api/User/1001001')
      .set('Authorization', bearer(token))
      .set('Content-Type', 'application/xml')
      .send('<User><state>LOGIN</state><extension>1001001</extension></User>');
    expect(response.status).toBe(202);
    const agent = await eventually(
      async () => (await api().get('/api/agent').set('Authorization', bearer(token))).body as Agent,
      (read) => read.state === 'NOT_READY',
    );
    expect(agent).toMatchObject({ state: 'NOT_READY', extension: '1001001' });
  });
});

describe("the pass-through refuses what is not the agent's own", () => {
  it.each([
    ['GET', '/finesse/api/User/1002001'],
    ['GET', '/finesse/api/User/1002001/Dialogs'],
    ['PUT', '/finesse/api/User/1002001'],
    ['DELETE', '/finesse/api/User/1001001'],
    ['GET', '/finesse/api/User'],
    ['GET', '/finesse/api/Team/5000/Users'],
    ['GET', '/finesse/api/User/1001001/../1002001'],
  ])('%s %s answers 403 forbidden as JSON', async (method, path) => {
    const { token } = await bff.signIn();
    const verb = method.toLowerCase() as 'get' | 'put' | 'delete';
    const response = await api()[verb](path).set('Authorization', bearer(token));
    expect(response.status).toBe(403);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(response.body).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('GET /finesse/api/User/1001001 without a session answers 401 as JSON', async () => {
    const response = await api().get('/finesse/api/User/1001001');
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(response.body).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it("GET /finesse/api/User/1001001 with the agent's Finesse Basic credentials instead of a session answers 401", async () => {
    const response = await api().get('/finesse/api/User/1001001').auth('1001001', 'sandbox');
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error: { code: 'unauthorized' } });
  });
});

describe("the pass-through answers upstream failures in the BFF's JSON error shape and keeps serving", () => {
  const followUpWorks = async (token: string) => {
    await bff.sandbox().delete('/sandbox/faults').expect(204);
    const after = await api().get('/finesse/api/User/1001001').set('Authorization', bearer(token));
    expect(after.status).toBe(200);
  };

  it("a 503 from Finesse is passed on as Finesse's own 503 answer", async () => {
    const { token } = await bff.signIn();
    await bff
      .sandbox()
      .post('/sandbox/faults')
      .send({ path: '^/finesse/api/User/1001001$', mode: 'status', status: 503 })
      .expect(201);
    const response = await api().get('/finesse/api/User/1001001').set('Authorization', bearer(token)).buffer(true);
    expect(response.status).toBe(503);
    expect(response.headers['content-type']).toMatch(/xml/);
    expect(response.text).toContain('Injected fault');
    await followUpWorks(token);
  });

  it('a connection Finesse resets answers 503 upstream_unavailable as JSON with the upstream detail', async () => {
    const { token } = await bff.signIn();
    await bff
      .sandbox()
      .post('/sandbox/faults')
      .send({ path: '^/finesse/api/User/1001001$', mode: 'reset' })
      .expect(201);
    const response = await api().get('/finesse/api/User/1001001').set('Authorization', bearer(token));
    expect(response.status).toBe(503);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(response.body).toEqual({
      error: {
        code: 'upstream_unavailable',
        message: expect.any(String) as string,
        upstream: expect.objectContaining({ service: 'finesse' }) as object,
      },
    });
    await followUpWorks(token);
  });

  it('Finesse answering after FINESSE_TIMEOUT_MS (1500 ms latency, 300 ms timeout) answers 504 upstream_timeout as JSON', async () => {
    await bff.close();
    bff = await startTestBff({ env: { FINESSE_TIMEOUT_MS: '300' } });
    const { token } = await bff.signIn();
    await bff
      .sandbox()
      .post('/sandbox/faults')
      .send({ path: '^/finesse/api/User/1001001$', mode: 'latency', ms: 1500 })
      .expect(201);
    const response = await api().get('/finesse/api/User/1001001').set('Authorization', bearer(token));
    expect(response.status).toBe(504);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(response.body).toEqual({
      error: {
        code: 'upstream_timeout',
        message: expect.any(String) as string,
        upstream: expect.objectContaining({ service: 'finesse' }) as object,
      },
    });
    await followUpWorks(token);
  });

  it('a malformed answer from Finesse is passed on as received, and the next request is served', async () => {
    const { token } = await bff.signIn();
    await bff
      .sandbox()
      .post('/sandbox/faults')
      .send({ path: '^/finesse/api/User/1001001$', mode: 'malformed' })
      .expect(201);
    const response = await api().get('/finesse/api/User/1001001').set('Authorization', bearer(token)).buffer(true);
    expect(response.status).toBe(200);
    expect(response.text).toContain('<state>REA');
    await followUpWorks(token);
  });
});
