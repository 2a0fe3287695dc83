import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AdminSessionCreated, AdminSessionInfo } from '../../../shared/api/admin.js';
import { startTestBff } from '../../kit/bff.js';
import type { TestBff } from '../../kit/bff.js';
import { listen } from '../../kit/listening-server.js';
import request from 'supertest';
import { useTemporaryDirectory } from '../store/temporary-directory.js';
import { ADMINISTRATOR, REGISTRATION_PATH, bearer, errorOf, startAdminBff } from './admin-kit.js';
import type { AdminBff } from './admin-kit.js';

let admin: AdminBff;

/** A BFF with a CCE Administration emulator for each test of the describe block that calls it. */
function useAdminBff(): void {
  beforeEach(async () => {
    admin = await startAdminBff();
  });
  afterEach(async () => {
    await admin.close();
  });
}

const signIn = (username: string, password: string) =>
  admin.api().post('/api/admin/session').send({ username, password });

describe('POST /api/admin/session signs an administrator in with CCE Administration credentials', () => {
  useAdminBff();

  it('administrator / sandbox answers 201 with a token, the idle expiry and the administrator, never cached', async () => {
    const before = admin.bff.clock.now().getTime();
    const response = await signIn('administrator', 'sandbox');
    expect(response.status).toBe(201);
    expect(response.get('Cache-Control')).toBe('no-store');
    const body = AdminSessionCreated.parse(response.body);
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.administrator).toEqual({ username: 'administrator' });
    expect(Date.parse(body.expiresAt)).toBeGreaterThanOrEqual(before + 30 * 60_000);
  });

  it('the token reads back as the administrator at GET /api/admin/session', async () => {
    const token = await admin.signInAdministrator();
    const response = await admin.api().get('/api/admin/session').set('Authorization', bearer(token));
    expect(response.status).toBe(200);
    expect(AdminSessionInfo.parse(response.body).administrator).toEqual({ username: 'administrator' });
  });

  it('a wrong password answers 401 invalid_credentials with CCE Administration as the upstream', async () => {
    const response = await signIn('administrator', 'wrong-password');
    expect(response.status).toBe(401);
    expect(errorOf(response)).toMatchObject({
      code: 'invalid_credentials',
      upstream: { service: 'ccadmin', status: 401 },
    });
  });

  it("an agent's Finesse credentials are not CCE Administration credentials: 401", async () => {
    expect((await signIn('agent1', 'sandbox')).status).toBe(401);
  });

  it('a body without password answers 400 naming the field', async () => {
    const response = await admin.api().post('/api/admin/session').send({ username: 'administrator' });
    expect(response.status).toBe(400);
    expect(errorOf(response).message).toMatch(/^password:/);
  });

  it('with SIGN_IN_LIMIT_PER_USER=2, after 2 wrong passwords the 3rd attempt, even with the right password, answers 429 with Retry-After', async () => {
    await admin.close();
    admin = await startAdminBff({ env: { SIGN_IN_LIMIT_PER_USER: '2' } });
    expect((await signIn('administrator', 'wrong-1')).status).toBe(401);
    expect((await signIn('administrator', 'wrong-2')).status).toBe(401);
    const third = await signIn('administrator', 'sandbox');
    expect(third.status).toBe(429);
    expect(Number(third.get('Retry-After'))).toBeGreaterThan(0);
  });

  it("an administrator is known by one name: after 2 wrong passwords the right one answers 201 (no halving as for an agent's two names); after 4 the 5th answers 429, one below a lockout of 5", async () => {
    await admin.close();
    admin = await startAdminBff({ env: { SIGN_IN_LIMIT_PER_USER: '100' } });
    for (const password of ['wrong-1', 'wrong-2']) expect((await signIn('administrator', password)).status).toBe(401);
    expect((await signIn('administrator', 'sandbox')).status).toBe(201);
    await admin.close();
    admin = await startAdminBff({ env: { SIGN_IN_LIMIT_PER_USER: '100' } });
    for (const password of ['wrong-1', 'wrong-2', 'wrong-3', 'wrong-4'])
      expect((await signIn('administrator', password)).status).toBe(401);
    expect((await signIn('administrator', 'sandbox')).status).toBe(429);
  });

  it('an agent\'s failures do not count against the administrator of the same name: 2 wrong agent sign-ins as "administrator", then the administrator signs in', async () => {
    await admin.close();
    admin = await startAdminBff({ env: { SIGN_IN_LIMIT_PER_USER: '2' } });
    for (let attempt = 0; attempt < 2; attempt++)
      expect((await admin.api().post('/api/session').send({ username: 'administrator', password: 'x' })).status).toBe(
        401,
      );
    expect((await signIn('administrator', 'sandbox')).status).toBe(201);
  });

  it("DELETE /api/session ends an administrator's session as it does an agent's: 204, then 401", async () => {
    const token = await admin.signInAdministrator();
    expect((await admin.api().delete('/api/session').set('Authorization', bearer(token))).status).toBe(204);
    expect((await admin.api().get(REGISTRATION_PATH).set('Authorization', bearer(token))).status).toBe(401);
  });

  it("an administrator's session expires when idle like an agent's: 401 session_expired after SESSION_IDLE_TTL", async () => {
    const token = await admin.signInAdministrator();
    admin.bff.clock.advance(31 * 60_000);
    const response = await admin.api().get(REGISTRATION_PATH).set('Authorization', bearer(token));
    expect(response.status).toBe(401);
    expect(errorOf(response).code).toBe('session_expired');
  });

  it('sign-in holds no Finesse notification channel for the administrator', async () => {
    await admin.signInAdministrator();
    expect(admin.bff.assembly.hub.find(ADMINISTRATOR.username)).toBeUndefined();
  });

  it('sign-in and sign-out of an administrator are in the audit events, never with the password', async () => {
    const token = await admin.signInAdministrator();
    await admin.api().delete('/api/session').set('Authorization', bearer(token));
    const events = await admin.bff.assembly.store.audit.list({ actor: 'administrator', limit: 10 });
    expect(events.map((event) => event.action)).toEqual(['session.sign_out', 'session.sign_in']);
    expect(JSON.stringify(events)).not.toContain('sandbox');
  });
});

describe('sessions survive on another node with CREDENTIALS_KEY, and keep their kind', () => {
  const temporaryDirectory = useTemporaryDirectory();

  it("an administrator's token from node A works at node B sharing the store, and is still refused by agent routes", async () => {
    const env = {
      CREDENTIALS_KEY: Buffer.alloc(32, 7).toString('base64'),
      DATABASE_URL: `sqlite:${temporaryDirectory()}/store.sqlite`,
    };
    admin = await startAdminBff({ env });
    const other: TestBff = await startTestBff({ env: { ...env, CCE_ADMIN_URL: admin.cce.url } });
    try {
      const token = await admin.signInAdministrator();
      expect((await request(other.app).get(REGISTRATION_PATH).set('Authorization', bearer(token))).status).toBe(200);
      expect((await request(other.app).get('/api/agent').set('Authorization', bearer(token))).status).toBe(403);
    } finally {
      await other.close();
      await admin.close();
    }
  });
});

describe('when CCE Administration cannot answer', () => {
  /** Signs in at a BFF whose CCE_ADMIN_URL is `url`. */
  async function signInAt(url: string, timeoutMs = '3000') {
    const bff = await startTestBff({ env: { CCE_ADMIN_URL: url, CCE_ADMIN_TIMEOUT_MS: timeoutMs } });
    try {
      return await request(bff.app).post('/api/admin/session').send(ADMINISTRATOR);
    } finally {
      await bff.close();
    }
  }

  it('CCE down (nothing listening) answers 503 upstream_unavailable naming ccadmin, not 401', async () => {
    const gone = await listen(() => undefined);
    await gone.close();
    const response = await signInAt(gone.url);
    expect(response.status).toBe(503);
    expect(errorOf(response)).toMatchObject({ code: 'upstream_unavailable', upstream: { service: 'ccadmin' } });
  });

  it('CCE not answering within CCE_ADMIN_TIMEOUT_MS answers 504 upstream_timeout', async () => {
    const silent = await listen(() => undefined);
    try {
      const response = await signInAt(silent.url, '300');
      expect(response.status).toBe(504);
      expect(errorOf(response)).toMatchObject({ code: 'upstream_timeout', upstream: { service: 'ccadmin' } });
    } finally {
      await silent.close();
    }
  });

  it('without CCE_ADMIN_URL in upstream mode, sign-in answers 503 ccadmin_not_configured naming the variable', async () => {
    const bff = await startTestBff();
    try {
      const response = await request(bff.app).post('/api/admin/session').send(ADMINISTRATOR);
      expect(response.status).toBe(503);
      expect(errorOf(response)).toMatchObject({ code: 'ccadmin_not_configured' });
      expect(errorOf(response).message).toContain('CCE_ADMIN_URL');
    } finally {
      await bff.close();
    }
  });
});
