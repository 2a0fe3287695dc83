import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SYSTEM_INFO_MODES, bearer, startTestBff } from '../../kit/bff.js';
import type { TestBff } from '../../kit/bff.js';

let bff: TestBff;

const api = () => request(bff.app);

describe.each(SYSTEM_INFO_MODES)('with $name', ({ systemInfo }) => {
  beforeEach(async () => {
    bff = await startTestBff({ systemInfo });
  });

  afterEach(async () => {
    await bff.close();
  });

  describe('the agent routes give real outcomes, confirmed by Finesse notifications', () => {
    it('GET /api/agent answers the signed-in agent as JSON', async () => {
      const { token } = await bff.signIn();
      const response = await api().get('/api/agent').set('Authorization', bearer(token));
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        id: '1001001',
        loginName: 'agent1',
        state: 'LOGOUT',
        roles: ['Agent'],
        team: { id: '5000', name: 'Customer Care' },
      });
    });

    it('while XMPP notifications flow, GET /api/agent answers from the live picture without asking Finesse again', async () => {
      const token = await bff.signedInAgent();
      await bff
        .sandbox()
        .post('/sandbox/faults')
        .send({ path: '^/finesse/api/User/1001001$', mode: 'status', status: 503 })
        .expect(201);
      const response = await api().get('/api/agent').set('Authorization', bearer(token));
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: '1001001', state: 'NOT_READY', extension: '1001001' });
    });

    it('without XMPP notifications, GET /api/agent reads Finesse each time (a Finesse fault shows as 503)', async () => {
      await bff.close();
      bff = await startTestBff({ systemInfo, xmpp: false });
      const { token } = await bff.signIn();
      await bff
        .sandbox()
        .post('/sandbox/faults')
        .send({ path: '^/finesse/api/User/1001001$', mode: 'status', status: 503 })
        .expect(201);
      expect((await api().get('/api/agent').set('Authorization', bearer(token))).status).toBe(503);
    });

    it('POST /api/agent/sign-in with an extension answers the agent once Finesse confirms: NOT_READY on that extension', async () => {
      const { token } = await bff.signIn();
      const response = await api()
        .post('/api/agent/sign-in')
        .set('Authorization', bearer(token))
        .send({ extension: '1001001' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ state: 'NOT_READY', extension: '1001001' });
    });

    it('POST /api/agent/sign-in to another extension while signed in on 1001001 answers 409 naming 1001001, which Finesse kept', async () => {
      const token = await bff.signedInAgent();
      const response = await api()
        .post('/api/agent/sign-in')
        .set('Authorization', bearer(token))
        .send({ extension: '1001003' });
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({
        error: { code: 'finesse_refused', message: expect.stringContaining('on extension 1001001') as unknown },
      });
      expect((await api().get('/api/agent').set('Authorization', bearer(token))).body).toMatchObject({
        extension: '1001001',
      });
    });

    it('PUT /api/agent/state READY answers the new state', async () => {
      const token = await bff.signedInAgent();
      const response = await api().put('/api/agent/state').set('Authorization', bearer(token)).send({ state: 'READY' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ state: 'READY' });
    });

    it('PUT /api/agent/state NOT_READY with a reason code answers NOT_READY carrying that reason', async () => {
      const token = await bff.signedInAgent();
      const response = await api()
        .put('/api/agent/state')
        .set('Authorization', bearer(token))
        .send({ state: 'NOT_READY', reasonCodeId: '2' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ state: 'NOT_READY', reasonCode: { id: '2', label: 'Lunch' } });
    });

    it("READY while logged out answers 409 with Finesse's asynchronous Invalid State error as the upstream detail", async () => {
      const { token } = await bff.signIn();
      const response = await api().put('/api/agent/state').set('Authorization', bearer(token)).send({ state: 'READY' });
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({
        error: {
          code: 'finesse_refused',
          upstream: { service: 'finesse', type: 'Invalid State', message: 'CF_INVALID_OBJECT_STATE' },
        },
      });
    });

    it('without XMPP notifications (polling), READY while logged out answers 409 once a read shows Finesse did not apply it', async () => {
      await bff.close();
      bff = await startTestBff({ systemInfo, xmpp: false, env: { FINESSE_ACTION_WAIT_MS: '300' } });
      const { token } = await bff.signIn();
      const response = await api().put('/api/agent/state').set('Authorization', bearer(token)).send({ state: 'READY' });
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ error: { code: 'finesse_refused', upstream: { service: 'finesse' } } });
      expect((response.body as { error: { message: string } }).error.message).toMatch(/the agent is LOGOUT/);
    });

    it('without XMPP notifications (polling), a state change Finesse applies answers the new state', async () => {
      await bff.close();
      bff = await startTestBff({ systemInfo, xmpp: false });
      const token = await bff.signedInAgent();
      const response = await api().put('/api/agent/state').set('Authorization', bearer(token)).send({ state: 'READY' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ state: 'READY' });
    });

    it("NOT_READY without a reason code when codes are configured answers 400 with Finesse's Parameter Missing naming reasonCodeId", async () => {
      const token = await bff.signedInAgent();
      const response = await api()
        .put('/api/agent/state')
        .set('Authorization', bearer(token))
        .send({ state: 'NOT_READY' });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        error: { upstream: { service: 'finesse', status: 400, type: 'Parameter Missing' } },
      });
      expect(JSON.stringify(response.body)).toContain('reasonCodeId');
    });

    it('a state change whose notification is delayed beyond FINESSE_ACTION_WAIT_MS answers 504', async () => {
      await bff.close();
      bff = await startTestBff({ systemInfo, env: { FINESSE_ACTION_WAIT_MS: '300' } });
      const token = await bff.signedInAgent();
      await bff.sandbox().post('/sandbox/notifications').send({ delayMs: 2000 }).expect(200);
      const response = await api().put('/api/agent/state').set('Authorization', bearer(token)).send({ state: 'READY' });
      expect(response.status).toBe(504);
      expect(response.body).toMatchObject({ error: { code: 'upstream_timeout' } });
    });

    it('GET /api/reason-codes?category=LOGOUT answers the sign-out codes', async () => {
      const { token } = await bff.signIn();
      const response = await api().get('/api/reason-codes?category=LOGOUT').set('Authorization', bearer(token));
      expect(response.status).toBe(200);
      expect(response.body).toEqual([
        expect.objectContaining({ id: '21', label: 'End of shift', category: 'LOGOUT' }),
        expect.objectContaining({ id: '22', label: 'Personal', category: 'LOGOUT' }),
      ]);
    });

    it('GET /api/reason-codes without a category answers 400 naming category', async () => {
      const { token } = await bff.signIn();
      const response = await api().get('/api/reason-codes').set('Authorization', bearer(token));
      expect(response.status).toBe(400);
      expect((response.body as { error: { message: string } }).error.message).toMatch(/category/);
    });

    it('GET /api/wrap-up-reasons answers id and label for each', async () => {
      const { token } = await bff.signIn();
      const response = await api().get('/api/wrap-up-reasons').set('Authorization', bearer(token));
      expect(response.status).toBe(200);
      expect(response.body).toContainEqual({ id: '2', label: 'Order placed' });
    });
  });
});
