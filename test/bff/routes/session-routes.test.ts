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
const errorOf = (response: Response) =>
  (
    response.body as {
      error: { code: string; message: string; upstream?: { service: string; status: number; type?: string } };
    }
  ).error;
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

  it("Authorization: Bearer x with a username answers 401 with Finesse's refusal as the upstream detail (the sandbox Finesse is not SSO)", async () => {
    const response = await api().post('/api/session').set('Authorization', 'Bearer x').send({ username: 'agent1' });
    expect(response.status).toBe(401);
    expect(errorOf(response)).toMatchObject({
      code: 'invalid_credentials',
      upstream: { service: 'finesse', status: 401, type: 'Authorization Failure' },
    });
  });

  it('a wrong password answers 401 invalid_credentials with Finesse as the upstream service', async () => {
    const response = await signIn('agent1', 'wrong');
    expect(response.status).toBe(401);
    expect(errorOf(response)).toMatchObject({
      code: 'invalid_credentials',
      upstream: { service: 'finesse', status: 401 },
    });
  });

  it('the right password after one wrong one answers 201', async () => {
    expect((await signIn('agent1', 'wrong')).status).toBe(401);
    expect((await signIn('agent1', 'sandbox')).status).toBe(201);
  });
});

describe('sign-in limits stop a guessing client before Finesse locks the agent out (5 failures)', () => {
  it('with SIGN_IN_LIMIT_PER_USER=3, after 3 wrong passwords for agent1 from one client the 4th attempt from it, even with the right password, answers 429 with Retry-After, and Finesse has not locked agent1', async () => {
    await bff.close();
    bff = await startTestBff({ env: { SIGN_IN_LIMIT_PER_USER: '3' } });
    expect((await signIn('agent1', 'sandbox')).status).toBe(201);
    for (let attempt = 1; attempt <= 3; attempt++)
      expect((await signIn('agent1', `wrong-${attempt}`)).status).toBe(401);
    const fourth = await signIn('agent1', 'sandbox');
    expect(fourth.status).toBe(429);
    expect(errorOf(fourth).code).toBe('rate_limited');
    expect(Number(fourth.get('Retry-After'))).toBeGreaterThanOrEqual(1);
    expect((await finesseSignIn('agent1')).status).toBe(200);
  });

  it('10 wrong passwords alternating the loginName and the loginId of agent1 end in 429 for both names, and Finesse has not locked agent1', async () => {
    // Finesse counts failures per agent whichever name signs in, so the limit must stop both names before 5 in all.
    const answers: number[] = [];
    for (let attempt = 0; attempt < 10; attempt++)
      answers.push((await signIn(attempt % 2 === 0 ? 'agent1' : '1001001', 'wrong')).status);
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
    for (let guess = 1; guess <= 5; guess++)
      expect((await signIn(`agent1:${guess}`, 'wrong')).status).toBeGreaterThanOrEqual(400);
    expect((await finesseSignIn('agent1')).status).toBe(200);
  });

  it('with SIGN_IN_LIMIT_PER_CLIENT=2, after two failed sign-ins naming two users, a third sign-in from the same client answers 429 with Retry-After', async () => {
    await bff.close();
    bff = await startTestBff({ env: { SIGN_IN_LIMIT_PER_CLIENT: '2' } });
    expect((await signIn('agent1', 'wrong')).status).toBe(401);
    expect((await signIn('agent2', 'wrong')).status).toBe(401);
    const third = await signIn('super1', 'sandbox');
    expect(third.status).toBe(429);
    expect(errorOf(third).code).toBe('rate_limited');
    expect(Number(third.get('Retry-After'))).toBeGreaterThanOrEqual(1);
  });

  it('with SIGN_IN_LIMIT_PER_CLIENT=2, successful sign-ins cost nothing: ten in a row from one client all answer 201', async () => {
    await bff.close();
    bff = await startTestBff({ env: { SIGN_IN_LIMIT_PER_CLIENT: '2' } });
    for (let load = 0; load < 10; load++) expect((await signIn('agent1', 'sandbox')).status).toBe(201);
  });
});

describe('sign-in limits that no anonymous client can turn into a lockout', () => {
  /** Clients told apart by X-Forwarded-For behind one trusted proxy hop. */
  const from = (client: string) => ({
    password: (username: string, password: string) =>
      api().post('/api/session').set('X-Forwarded-For', client).send({ username, password }),
    bearer: (username: string, token: string) =>
      api()
        .post('/api/session')
        .set('X-Forwarded-For', client)
        .set('Authorization', `Bearer ${token}`)
        .send({ username }),
  });
  const finesseSignInAs = (id: string) =>
    request(bff.emulator.url).get(`/finesse/api/User/${id}`).set('Authorization', basicAuthorization(id, 'sandbox'));

  beforeEach(async () => {
    await bff.close();
    bff = await startTestBff({ env: { TRUST_PROXY_HOPS: '1' } });
  });

  it('two failed sign-ins for agent2 from one client (Bearer junk) do not stop agent2 signing in from another client', async () => {
    const stranger = from('198.51.100.7');
    for (let attempt = 0; attempt < 2; attempt++) expect((await stranger.bearer('agent2', 'junk')).status).toBe(401);
    expect((await stranger.bearer('agent2', 'junk')).status).toBe(429);
    expect((await from('203.0.113.20').password('agent2', 'sandbox')).status).toBe(201);
  });

  it('Bearer junk naming agent2 from ten clients, twice each, never keeps agent2 out: the right password from an eleventh client answers 201', async () => {
    for (let client = 1; client <= 10; client++) {
      for (let attempt = 0; attempt < 2; attempt++)
        expect((await from(`198.51.100.${client}`).bearer('agent2', 'junk')).status).toBe(401);
    }
    expect((await from('203.0.113.20').password('agent2', 'sandbox')).status).toBe(201);
  });

  it('wrong passwords for agent2 spread over four clients stop at four: a fifth wrong one is refused here (429) and never reaches Finesse, while the right one from a client without failures answers 201', async () => {
    expect((await from('203.0.113.20').password('agent2', 'sandbox')).status).toBe(201);
    for (let client = 1; client <= 4; client++)
      expect((await from(`198.51.100.${client}`).password('agent2', `guess-${client}`)).status).toBe(401);
    const fifth = await from('198.51.100.5').password('agent2', 'guess-5');
    expect(fifth.status).toBe(429);
    expect(errorOf(fifth).code).toBe('rate_limited');
    expect((await finesseSignInAs('1001002')).status).toBe(200);
    expect((await from('203.0.113.21').password('agent2', 'sandbox')).status).toBe(201);
  });

  it("before the node has seen agent2 sign in, each of their names is stopped after two wrong passwords in all, so both names together stay below Finesse's lockout", async () => {
    for (const [client, name] of [
      ['198.51.100.1', 'agent2'],
      ['198.51.100.2', 'agent2'],
      ['198.51.100.3', '1001002'],
      ['198.51.100.4', '1001002'],
    ] as const) {
      expect((await from(client).password(name, 'guess')).status).toBe(401);
    }
    expect((await from('198.51.100.5').password('agent2', 'guess')).status).toBe(429);
    expect((await from('198.51.100.6').password('1001002', 'guess')).status).toBe(429);
    expect((await finesseSignInAs('1001002')).status).toBe(200);
  });

  it('twenty parallel wrong passwords for agent2 from twenty clients reach Finesse at most four times: Finesse has not locked agent2', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, client) => from(`198.51.100.${client + 1}`).password('agent2', `guess-${client}`)),
    );
    expect(answers.filter((answer) => answer.status === 401).length).toBeLessThanOrEqual(2);
    expect((await finesseSignInAs('1001002')).status).toBe(200);
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

  it.each(['not-a-token', 'x'.repeat(44), `${'A'.repeat(42)}=`, `${'A'.repeat(42)}/`])(
    'the malformed token %j answers 401 unauthorized',
    async (token) => {
      const response = await agentWith(token);
      expect(response.status).toBe(401);
      expect(errorOf(response).code).toBe('unauthorized');
    },
  );

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
