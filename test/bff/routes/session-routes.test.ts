import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { Response } from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionCreated, SessionInfo } from '../../../shared/api/session.js';
import { bearer, startTestBff } from '../../kit/bff.js';
import type { TestBff } from '../../kit/bff.js';
import { basicAuthorization } from '../../kit/desk-api.js';

let bff: TestBff;

beforeEach(async () => {
  bff = await startTestBff();
});

afterEach(async () => {
  await bff.close();
});

const MINUTE = 60_000;
const api = () => request(bff.app);
const signIn = (username: string, password: string) => api().post('/api/session').send({ username, password });
const agentWith = (token: string) => api().get('/api/agent').set('Authorization', bearer(token));
const errorOf = (response: Response) => (response.body as { error: { code: string; message: string; upstream?: { service: string; status: number; type?: string } } }).error;
/** Signs in at the emulator itself, as the agent's own desktop would: 200 unless Finesse has locked the account. */
const finesseSignIn = (user: string, password = 'sandbox') =>
  request(bff.emulator.url).get('/finesse/api/User/1001001').set('Authorization', basicAuthorization(user, password));

describe('POST /api/session signs an agent in with Finesse credentials', () => {
  it('username and password answer 201 with a 43-character base64url token, the idle expiry and the agent, never cached', async () => {
    const before = bff.clock.now().getTime();
    const response = await signIn('agent1', 'sandbox');
    const after = bff.clock.now().getTime();
    expect(response.status).toBe(201);
    expect(response.get('Cache-Control')).toBe('no-store');
    const body = SessionCreated.parse(response.body);
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(body.expiresAt)).toBeGreaterThanOrEqual(before + 30 * MINUTE);
    expect(Date.parse(body.expiresAt)).toBeLessThanOrEqual(after + 30 * MINUTE);
    expect(body.agent).toMatchObject({ id: '1001001', loginName: 'agent1', roles: ['Agent'] });
  });

  it('the loginId as username answers 201 with the same agent', async () => {
    const response = await signIn('1001001', 'sandbox');
    expect(response.status).toBe(201);
    expect(SessionCreated.parse(response.body).agent).toMatchObject({ id: '1001001', loginName: 'agent1' });
  });

  it('no body and the forwarded Authorization: Basic agent1:sandbox answer 201 with a working token', async () => {
    const response = await api().post('/api/session').set('Authorization', basicAuthorization('agent1', 'sandbox'));
    expect(response.status).toBe(201);
    const { token, agent } = SessionCreated.parse(response.body);
    expect(agent.id).toBe('1001001');
    expect((await agentWith(token)).status).toBe(200);
  });

  it('Authorization: Bearer x with a username answers 401 with Finesse\'s refusal as the upstream detail (the sandbox Finesse is not SSO)', async () => {
    const response = await api().post('/api/session').set('Authorization', 'Bearer x').send({ username: 'agent1' });
    expect(response.status).toBe(401);
    expect(errorOf(response)).toMatchObject({ code: 'invalid_credentials', upstream: { service: 'finesse', status: 401, type: 'Authorization Failure' } });
  });

  it('a wrong password answers 401 invalid_credentials with Finesse as the upstream service', async () => {
    const response = await signIn('agent1', 'wrong');
    expect(response.status).toBe(401);
    expect(errorOf(response)).toMatchObject({ code: 'invalid_credentials', upstream: { service: 'finesse', status: 401 } });
  });

  it('the right password after one wrong one answers 201', async () => {
    expect((await signIn('agent1', 'wrong')).status).toBe(401);
    expect((await signIn('agent1', 'sandbox')).status).toBe(201);
  });
});

describe('sign-in limits stop a guessing client before Finesse locks the agent out (5 failures)', () => {
  it('with SIGN_IN_LIMIT_PER_USER=3, after 3 wrong passwords for agent1 the 4th attempt, even with the right password, answers 429 with Retry-After, and Finesse has not locked agent1', async () => {
    await bff.close();
    bff = await startTestBff({ env: { SIGN_IN_LIMIT_PER_USER: '3' } });
    for (let attempt = 1; attempt <= 3; attempt++) expect((await signIn('agent1', `wrong-${attempt}`)).status).toBe(401);
    const fourth = await signIn('agent1', 'sandbox');
    expect(fourth.status).toBe(429);
    expect(errorOf(fourth).code).toBe('rate_limited');
    expect(Number(fourth.get('Retry-After'))).toBeGreaterThanOrEqual(1);
    expect((await finesseSignIn('agent1')).status).toBe(200);
  });

  it('10 wrong passwords alternating the loginName and the loginId of agent1 end in 429 for both names, and Finesse has not locked agent1', async () => {
    // Finesse counts failures per agent whichever name signs in, so the limit must stop both names before 5 in all.
    const answers: number[] = [];
    for (let attempt = 0; attempt < 10; attempt++) answers.push((await signIn(attempt % 2 === 0 ? 'agent1' : '1001001', 'wrong')).status);
    expect(answers.slice(-2)).toEqual([429, 429]);
    expect((await signIn('agent1', 'sandbox')).status).toBe(429);
    expect((await finesseSignIn('agent1')).status).toBe(200);
  });

  it('once a sign-in has shown that agent1 is 1001001, failures under either name share one limit (the 3rd answers 429)', async () => {
    expect((await signIn('agent1', 'sandbox')).status).toBe(201);
    expect((await signIn('agent1', 'wrong')).status).toBe(401);
    expect((await signIn('1001001', 'wrong')).status).toBe(401);
    expect((await signIn('1001001', 'wrong')).status).toBe(429);
    expect((await signIn('agent1', 'wrong')).status).toBe(429);
  });

  it('5 wrong sign-ins as "agent1:<guess>" (Basic reads the user up to the first colon) leave Finesse\'s agent1 account unlocked', async () => {
    for (let guess = 1; guess <= 5; guess++) expect((await signIn(`agent1:${guess}`, 'wrong')).status).toBeGreaterThanOrEqual(400);
    expect((await finesseSignIn('agent1')).status).toBe(200);
  });

  it('with SIGN_IN_LIMIT_PER_CLIENT=2 the third sign-in from the same client answers 429 with Retry-After', async () => {
    await bff.close();
    bff = await startTestBff({ env: { SIGN_IN_LIMIT_PER_CLIENT: '2' } });
    expect((await signIn('agent1', 'sandbox')).status).toBe(201);
    expect((await signIn('agent2', 'sandbox')).status).toBe(201);
    const third = await signIn('super1', 'sandbox');
    expect(third.status).toBe(429);
    expect(errorOf(third).code).toBe('rate_limited');
    expect(Number(third.get('Retry-After'))).toBeGreaterThanOrEqual(1);
  });
});

describe('GET and DELETE /api/session read and end the session', () => {
  it('GET /api/session answers the agent and the expiry', async () => {
    const { token } = await bff.signIn();
    const response = await api().get('/api/session').set('Authorization', bearer(token));
    expect(response.status).toBe(200);
    const body = SessionInfo.parse(response.body);
    expect(body.agent).toMatchObject({ id: '1001001', loginName: 'agent1' });
    expect(Date.parse(body.expiresAt)).toBeGreaterThan(bff.clock.now().getTime());
  });

  it('DELETE /api/session answers 204 and the token answers 401 at once on GET /api/agent', async () => {
    const { token } = await bff.signIn();
    const response = await api().delete('/api/session').set('Authorization', bearer(token));
    expect(response.status).toBe(204);
    const after = await agentWith(token);
    expect(after.status).toBe(401);
    expect(errorOf(after).code).toBe('session_expired');
  });
});

describe('a token the BFF did not issue, or no longer honours, answers 401', () => {
  it('an unknown well-formed token answers 401', async () => {
    const response = await agentWith(randomBytes(32).toString('base64url'));
    expect(response.status).toBe(401);
    expect(errorOf(response).code).toMatch(/^(unauthorized|session_expired)$/);
  });

  it.each(['not-a-token', 'x'.repeat(44), `${'A'.repeat(42)}=`, `${'A'.repeat(42)}/`])('the malformed token %j answers 401 unauthorized', async (token) => {
    const response = await agentWith(token);
    expect(response.status).toBe(401);
    expect(errorOf(response).code).toBe('unauthorized');
  });

  it('a session left idle 31 minutes (idle expiry 30) answers 401 session_expired', async () => {
    const { token } = await bff.signIn();
    bff.clock.advance(31 * MINUTE);
    const response = await agentWith(token);
    expect(response.status).toBe(401);
    expect(errorOf(response).code).toBe('session_expired');
  });

  it('a session used every 25 minutes answers 200 until its 12 h absolute expiry, then 401 session_expired', async () => {
    const { token } = await bff.signIn();
    // 28 uses take it to 11 h 40 min; the next, 25 min later, is inside the idle window but past the 12 h.
    for (let use = 1; use <= 28; use++) {
      bff.clock.advance(25 * MINUTE);
      expect((await agentWith(token)).status, `use ${use}`).toBe(200);
    }
    bff.clock.advance(25 * MINUTE);
    const response = await agentWith(token);
    expect(response.status).toBe(401);
    expect(errorOf(response).code).toBe('session_expired');
  });

  it('a session used after 20 minutes is still usable 20 minutes later (40 minutes in all), its expiry moved on', async () => {
    const signedIn = SessionCreated.parse((await signIn('agent1', 'sandbox')).body);
    bff.clock.advance(20 * MINUTE);
    const first = await api().get('/api/session').set('Authorization', bearer(signedIn.token));
    expect(first.status).toBe(200);
    expect(Date.parse(SessionInfo.parse(first.body).expiresAt)).toBeGreaterThan(Date.parse(signedIn.expiresAt));
    bff.clock.advance(20 * MINUTE);
    expect((await agentWith(signedIn.token)).status).toBe(200);
  });
});
