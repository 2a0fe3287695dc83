import { describe, expect, it } from 'vitest';
import type { DataErrorJson, TokenPair, WebexApi, WebexEmulator } from './webex-kit.js';
import { DEMO_ORG, SECOND_ORG, WebexApi as Api, control, refreshWith, signIn, useWebex } from './webex-kit.js';

let emulator: WebexEmulator;
let api: WebexApi;
let tokens: TokenPair;
useWebex((made) => ({ emulator, api, tokens } = made));

const query = { from: Date.UTC(2026, 2, 11, 12, 0) };
const sandbox = () => control(emulator);

describe('POST /sandbox/tokens/expire', () => {
  it('access tokens stop working at once; their refresh tokens still give new ones', async () => {
    expect((await sandbox().post('/sandbox/tokens/expire').send({})).body).toEqual({ expired: 1 });
    expect((await api.get('/v1/tasks', query)).status).toBe(401);
    expect((await refreshWith(emulator, tokens.refresh_token)).status).toBe(200);
  });

  it('"all" for one organisation leaves the other organisation signed in', async () => {
    const other = new Api(emulator, (await signIn(emulator, { personId: SECOND_ORG.admin.id })).access_token);
    await sandbox().post('/sandbox/tokens/expire').send({ tokens: 'all', orgId: DEMO_ORG.id }).expect(200);
    expect((await api.get('/v1/tasks', query)).status).toBe(401);
    expect((await refreshWith(emulator, tokens.refresh_token)).body).toMatchObject({ error: 'invalid_grant' });
    expect((await other.get('/v1/tasks', query)).status).toBe(200);
  });

  it('an unknown kind answers 400 as JSON', async () => {
    const response = await sandbox().post('/sandbox/tokens/expire').send({ tokens: 'some' });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 'invalid_request' } });
  });
});

describe('POST /sandbox/faults', () => {
  it('a status fault answers that status in the data API error body, as many times as asked', async () => {
    await sandbox()
      .post('/sandbox/faults')
      .send({ path: '^/v1/tasks$', mode: 'status', status: 503, times: 1 })
      .expect(201);
    const faulted = await api.get('/v1/tasks', query);
    expect(faulted.status).toBe(503);
    expect((faulted.body as DataErrorJson).error).toEqual({ key: '503', message: [{ description: 'Injected fault' }] });
    expect((await api.get('/v1/tasks', query)).status).toBe(200);
  });
});

describe('POST /sandbox/reset', () => {
  it('brings back the demo sites, forgets every token and restores Webex lifetimes', async () => {
    await api
      .post(`/organization/${DEMO_ORG.id}/site`, {
        name: 'Austin',
        active: true,
        multimediaProfileId: DEMO_ORG.multimediaProfileId,
      })
      .expect(201);
    await sandbox().post('/sandbox/token-lifetimes').send({ accessTokenSeconds: 5 }).expect(200);
    await sandbox().post('/sandbox/reset').expect(204);
    expect((await api.get('/v1/tasks', query)).status).toBe(401);
    expect((await sandbox().get('/sandbox/token-lifetimes')).body).toEqual({
      accessTokenSeconds: 43_199,
      refreshTokenSeconds: 5_184_000,
      codeSeconds: 300,
    });
    const fresh = new Api(emulator, (await signIn(emulator, { scope: 'cjp:config_read' })).access_token);
    expect(
      ((await fresh.get(`/organization/${DEMO_ORG.id}/site`)).body as { name: string }[]).map((site) => site.name),
    ).toEqual(['San Francisco']);
  });

  it('the default request budget is 300 a minute and the organisations are listed without secrets', async () => {
    expect((await sandbox().get('/sandbox/rate-limit')).body).toEqual({ requestsPerMinute: 300 });
    const orgs = await sandbox().get('/sandbox/orgs');
    expect(orgs.body).toEqual([
      { id: DEMO_ORG.id, name: DEMO_ORG.name, tenantId: DEMO_ORG.tenantId, admin: DEMO_ORG.admin.email },
      { id: SECOND_ORG.id, name: SECOND_ORG.name, tenantId: SECOND_ORG.tenantId, admin: SECOND_ORG.admin.email },
    ]);
    expect(orgs.text).not.toContain(DEMO_ORG.legacyUser.apiKey);
  });
});
