import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { sparkId } from '../../../bff/sandbox/webex/oauth/people-route.js';
import type { DataErrorJson, ManualClock, TokenPair, WebexApi, WebexEmulator } from './webex-kit.js';
import {
  DEMO_ORG,
  REDIRECT_URI,
  SECOND_ORG,
  WebexApi as Api,
  authorizationCode,
  authorize,
  control,
  exchangeCode,
  refreshWith,
  signIn,
  tokenRequest,
  useWebex,
} from './webex-kit.js';

let emulator: WebexEmulator;
let clock: ManualClock;
let api: WebexApi;
let tokens: TokenPair;
useWebex((made) => ({ emulator, clock, api, tokens } = made));

const now = Date.UTC(2026, 2, 11, 18, 30);
const tasksQuery = { from: now - 86_400_000 };

describe('GET /v1/authorize', () => {
  it('shows a consent page naming the scopes asked for and the organisations whose administrators may sign in', async () => {
    const response = await request(emulator.url).get('/v1/authorize').query({
      client_id: emulator.clientId,
      response_type: 'code',
      redirect_uri: REDIRECT_URI,
      scope: 'cjp:config_read',
      state: 'xyz',
    });
    expect(response.status).toBe(200);
    expect(response.type).toBe('text/html');
    expect(response.text).toContain('cjp:config_read');
    expect(response.text).toContain(DEMO_ORG.name);
    expect(response.text).toContain(SECOND_ORG.name);
    expect(response.text).toContain('name="state" value="xyz"');
  });

  it('an unknown client_id answers a 400 page and sends the browser nowhere', async () => {
    const response = await request(emulator.url)
      .get('/v1/authorize')
      .query({ client_id: 'Cunknown', response_type: 'code', redirect_uri: REDIRECT_URI, scope: 'cjp:config_read' });
    expect(response.status).toBe(400);
    expect(response.headers.location).toBeUndefined();
  });

  it('a scope the integration is not registered for goes back to the redirect URI as invalid_scope', async () => {
    const response = await request(emulator.url).get('/v1/authorize').query({
      client_id: emulator.clientId,
      response_type: 'code',
      redirect_uri: REDIRECT_URI,
      scope: 'spark:all',
      state: 's1',
    });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.location ?? '');
    expect(location.searchParams.get('error')).toBe('invalid_scope');
    expect(location.searchParams.get('state')).toBe('s1');
  });

  it('declining sends the browser back with error=access_denied and the state', async () => {
    const location = await authorize(emulator, { decision: 'deny', state: 'abc' });
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.get('state')).toBe('abc');
    expect(location.searchParams.get('code')).toBeNull();
  });
});

describe('POST /v1/access_token, authorization_code', () => {
  it('the code flow answers the documented token pair with Webex lifetimes and an org-suffixed access token', async () => {
    const location = await authorize(emulator, { state: 'st' });
    expect(location.searchParams.get('state')).toBe('st');
    const response = await exchangeCode(emulator, location.searchParams.get('code') ?? '');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      access_token: expect.any(String) as unknown,
      expires_in: 43_199,
      refresh_token: expect.any(String) as unknown,
      refresh_token_expires_in: 5_184_000,
      token_type: 'Bearer',
    });
    const pair = response.body as TokenPair;
    expect(pair.access_token.endsWith(`_PF84_${DEMO_ORG.id}`)).toBe(true);
    expect(pair.refresh_token).not.toBe(pair.access_token);
  });

  it('a wrong client secret answers 401 invalid_client and issues nothing', async () => {
    const code = await authorizationCode(emulator);
    const response = await exchangeCode(emulator, code, { client_secret: 'not-the-secret' });
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error: 'invalid_client' });
    expect(JSON.stringify(response.body)).not.toContain(emulator.clientSecret);
  });

  it('a replayed code answers 400 invalid_grant and revokes the tokens the first exchange issued', async () => {
    const code = await authorizationCode(emulator);
    const first = (await exchangeCode(emulator, code).expect(200)).body as TokenPair;
    const replay = await exchangeCode(emulator, code);
    expect(replay.status).toBe(400);
    expect(replay.body).toMatchObject({ error: 'invalid_grant' });
    expect((await new Api(emulator, first.access_token).get('/v1/tasks', tasksQuery)).status).toBe(401);
  });

  it('a code older than its lifetime answers 400 invalid_grant', async () => {
    const code = await authorizationCode(emulator);
    clock.advance(301_000);
    const response = await exchangeCode(emulator, code);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      error: 'invalid_grant',
      error_description: expect.stringMatching(/expired/) as unknown,
    });
  });

  it('a code redeemed with another redirect_uri answers 400 invalid_grant', async () => {
    const code = await authorizationCode(emulator);
    const response = await exchangeCode(emulator, code, { redirect_uri: 'http://127.0.0.1:5555/elsewhere' });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'invalid_grant' });
  });

  it('a JSON body answers 400 invalid_request: the token endpoint takes form encoding', async () => {
    const code = await authorizationCode(emulator);
    const response = await request(emulator.url).post('/v1/access_token').send({
      grant_type: 'authorization_code',
      client_id: emulator.clientId,
      client_secret: emulator.clientSecret,
      code,
      redirect_uri: REDIRECT_URI,
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'invalid_request' });
  });

  it('an unknown grant_type answers 400 unsupported_grant_type', async () => {
    const response = await tokenRequest(emulator, {
      grant_type: 'password',
      client_id: emulator.clientId,
      client_secret: emulator.clientSecret,
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'unsupported_grant_type' });
  });
});

describe('POST /v1/access_token, refresh_token', () => {
  it('a refresh answers a new pair whose access token works, and the refresh token it used is refused after', async () => {
    const refreshed = await refreshWith(emulator, tokens.refresh_token);
    expect(refreshed.status).toBe(200);
    const pair = refreshed.body as TokenPair;
    expect(pair.refresh_token).not.toBe(tokens.refresh_token);
    expect(pair.access_token).not.toBe(tokens.access_token);
    expect((await new Api(emulator, pair.access_token).get('/v1/tasks', tasksQuery)).status).toBe(200);
    const reused = await refreshWith(emulator, tokens.refresh_token);
    expect(reused.status).toBe(400);
    expect(reused.body).toMatchObject({ error: 'invalid_grant' });
    expect((await refreshWith(emulator, pair.refresh_token)).status).toBe(200);
  });

  it("the new refresh token keeps counting down the old one's lifetime", async () => {
    clock.advance(3_600_000);
    const pair = (await refreshWith(emulator, tokens.refresh_token).expect(200)).body as TokenPair;
    expect(pair.refresh_token_expires_in).toBe(5_184_000 - 3_600);
    expect(pair.expires_in).toBe(43_199);
  });

  it('an access token past its lifetime answers 401 in the data API error body; a refresh gives a working one', async () => {
    clock.advance(43_199_000);
    const expired = await api.get('/v1/tasks', tasksQuery);
    expect(expired.status).toBe(401);
    expect((expired.body as DataErrorJson).error).toEqual({
      key: '401',
      message: [{ description: 'Incorrect Credentials.' }],
    });
    const pair = (await refreshWith(emulator, tokens.refresh_token).expect(200)).body as TokenPair;
    expect((await new Api(emulator, pair.access_token).get('/v1/tasks', tasksQuery)).status).toBe(200);
  });

  it('a refresh token past its lifetime answers 400 invalid_grant', async () => {
    clock.advance(5_184_000_000);
    const response = await refreshWith(emulator, tokens.refresh_token);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'invalid_grant' });
  });
});

describe('configurable token lifetimes', () => {
  it('lifetimes set through the control API make tokens expire in seconds', async () => {
    await control(emulator)
      .post('/sandbox/token-lifetimes')
      .send({ accessTokenSeconds: 2, refreshTokenSeconds: 5 })
      .expect(200);
    const pair = await signIn(emulator);
    expect(pair.expires_in).toBe(2);
    expect(pair.refresh_token_expires_in).toBe(5);
    const fresh = new Api(emulator, pair.access_token);
    clock.advance(1_000);
    expect((await fresh.get('/v1/tasks', tasksQuery)).status).toBe(200);
    clock.advance(1_000);
    expect((await fresh.get('/v1/tasks', tasksQuery)).status).toBe(401);
    clock.advance(3_000);
    expect((await refreshWith(emulator, pair.refresh_token)).status).toBe(400);
  });
});

describe('organisations', () => {
  it("/v1/people/me names the administrator who signed in and an orgId that decodes to the organisation's UUID", async () => {
    const response = await request(emulator.url)
      .get('/v1/people/me')
      .set('Authorization', `Bearer ${tokens.access_token}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      emails: [DEMO_ORG.admin.email],
      displayName: 'Dana Whitfield',
      type: 'person',
      orgId: sparkId('ORGANIZATION', DEMO_ORG.id),
    });
    const decoded = Buffer.from((response.body as { orgId: string }).orgId, 'base64').toString('utf8');
    expect(decoded).toBe(`ciscospark://us/ORGANIZATION/${DEMO_ORG.id}`);
  });

  it('/v1/people/me without a valid token answers 401 in the Webex platform error body', async () => {
    const response = await request(emulator.url).get('/v1/people/me').set('Authorization', 'Bearer nope');
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({
      message: expect.any(String) as unknown,
      errors: [{ description: expect.any(String) as unknown }],
      trackingId: expect.any(String) as unknown,
    });
  });

  it("a token is for one organisation: the second organisation's sees its own tasks and is refused the demo organisation's", async () => {
    const second = new Api(emulator, (await signIn(emulator, { personId: SECOND_ORG.admin.id })).access_token);
    const own = await second.get('/v1/tasks', tasksQuery);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ meta: { orgId: SECOND_ORG.id } });
    const demoTaskIds = new Set(
      ((await api.get('/v1/tasks', tasksQuery)).body as { data: { id: string }[] }).data.map((task) => task.id),
    );
    expect((own.body as { data: { id: string }[] }).data.some((task) => demoTaskIds.has(task.id))).toBe(false);
    expect((await second.get('/v1/tasks', { ...tasksQuery, orgId: DEMO_ORG.id })).status).toBe(403);
    expect((await second.get(`/organization/${DEMO_ORG.id}/site`)).status).toBe(403);
  });
});
