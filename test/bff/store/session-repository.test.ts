import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashSessionToken, openStore, type NewSession, type Store } from '../../../bff/src/store/index.js';
import { useTemporaryDirectory } from './temporary-directory.js';

const T0 = new Date('2025-03-01T09:00:00.000Z');
const minutes = (count: number) => new Date(T0.getTime() + count * 60_000);

function newSession(overrides: Partial<NewSession> = {}): NewSession {
  return {
    tokenHash: hashSessionToken('token-of-agent-1001'),
    loginId: '1001',
    roles: ['Agent'],
    credentialsCiphertext: null,
    createdAt: T0,
    idleExpiresAt: minutes(30),
    absoluteExpiresAt: minutes(480),
    ...overrides,
  };
}

describe('SessionRepository', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore({ url: 'sqlite::memory:' });
  });
  afterEach(async () => {
    await store.close();
  });

  it('a created session is found active before its expiries, with every field as created', async () => {
    const session = newSession({ roles: ['Agent', 'Supervisor'], credentialsCiphertext: 'v1.aaa.bbb.ccc' });
    await store.sessions.create(session);

    const found = await store.sessions.findActive(session.tokenHash, minutes(1));

    expect(found).toEqual({ ...session, lastSeenAt: T0, revokedAt: null });
  });

  it('an unknown token hash is not found', async () => {
    expect(await store.sessions.findActive(hashSessionToken('never-issued'), minutes(1))).toBeUndefined();
  });

  it('a session past its idle expiry is not found, even though its absolute expiry is later', async () => {
    await store.sessions.create(newSession());

    expect(await store.sessions.findActive(newSession().tokenHash, minutes(30))).toBeUndefined();
    expect(await store.sessions.findActive(newSession().tokenHash, minutes(31))).toBeUndefined();
  });

  it('a session past its absolute expiry is not found, even though its idle expiry is later', async () => {
    await store.sessions.create(newSession({ idleExpiresAt: minutes(600), absoluteExpiresAt: minutes(60) }));

    expect(await store.sessions.findActive(newSession().tokenHash, minutes(61))).toBeUndefined();
  });

  it('touch records the time and moves the idle expiry, so the session outlives its first idle expiry', async () => {
    await store.sessions.create(newSession());

    const touched = await store.sessions.touch(newSession().tokenHash, minutes(20), minutes(50));
    const found = await store.sessions.findActive(newSession().tokenHash, minutes(40));

    expect(touched).toBe(true);
    expect(found?.lastSeenAt).toEqual(minutes(20));
    expect(found?.idleExpiresAt).toEqual(minutes(50));
  });

  it('touch on an idle-expired session answers false and does not bring it back', async () => {
    await store.sessions.create(newSession());

    const touched = await store.sessions.touch(newSession().tokenHash, minutes(31), minutes(61));

    expect(touched).toBe(false);
    expect(await store.sessions.findActive(newSession().tokenHash, minutes(32))).toBeUndefined();
  });

  it('a revoked session is not found at once, and revoking it again answers false', async () => {
    await store.sessions.create(newSession());

    const revoked = await store.sessions.revoke(newSession().tokenHash, minutes(5));

    expect(revoked).toBe(true);
    expect(await store.sessions.findActive(newSession().tokenHash, minutes(5))).toBeUndefined();
    expect(await store.sessions.revoke(newSession().tokenHash, minutes(6))).toBe(false);
  });

  it('touch on a revoked session answers false', async () => {
    await store.sessions.create(newSession());
    await store.sessions.revoke(newSession().tokenHash, minutes(5));

    expect(await store.sessions.touch(newSession().tokenHash, minutes(6), minutes(36))).toBe(false);
  });

  it('revokeAllFor revokes every session of that login, counts them, and leaves other logins signed in', async () => {
    const first = newSession({ tokenHash: hashSessionToken('a') });
    const second = newSession({ tokenHash: hashSessionToken('b') });
    const otherAgent = newSession({ tokenHash: hashSessionToken('c'), loginId: '1002' });
    for (const session of [first, second, otherAgent]) await store.sessions.create(session);

    const count = await store.sessions.revokeAllFor('1001', minutes(5));

    expect(count).toBe(2);
    expect(await store.sessions.findActive(first.tokenHash, minutes(6))).toBeUndefined();
    expect(await store.sessions.findActive(second.tokenHash, minutes(6))).toBeUndefined();
    expect(await store.sessions.findActive(otherAgent.tokenHash, minutes(6))).toBeDefined();
  });

  it('deleteExpired removes idle-expired, absolute-expired and revoked sessions, counts them, and keeps the active one', async () => {
    const idleExpired = newSession({ tokenHash: hashSessionToken('idle'), idleExpiresAt: minutes(10) });
    const absoluteExpired = newSession({
      tokenHash: hashSessionToken('absolute'),
      idleExpiresAt: minutes(600),
      absoluteExpiresAt: minutes(20),
    });
    const revoked = newSession({ tokenHash: hashSessionToken('revoked') });
    const active = newSession({ tokenHash: hashSessionToken('active') });
    for (const session of [idleExpired, absoluteExpired, revoked, active]) await store.sessions.create(session);
    await store.sessions.revoke(revoked.tokenHash, minutes(1));

    const count = await store.sessions.deleteExpired(minutes(25));

    expect(count).toBe(3);
    expect(await store.sessions.findActive(active.tokenHash, minutes(25))).toBeDefined();
    expect(await store.sessions.deleteExpired(minutes(25))).toBe(0);
  });

  it('create with a raw token instead of its hash is refused before anything is written', async () => {
    await expect(store.sessions.create(newSession({ tokenHash: 'raw-bearer-token' }))).rejects.toThrow(
      /hashSessionToken/,
    );
  });
});

describe('SessionRepository on a file', () => {
  const temporaryDirectory = useTemporaryDirectory();

  it('the token itself never appears in the database file, while its hash does', async () => {
    const path = join(temporaryDirectory(), 'context-desk.db');
    const token = 'sample-session-token-3f9a1c7e5b2d4f60a8c1';
    const store = await openStore({ url: `sqlite:${path}` });
    await store.sessions.create(newSession({ tokenHash: hashSessionToken(token) }));
    await store.close();

    const bytes = Buffer.concat(
      [path, `${path}-wal`].filter((file) => existsSync(file)).map((file) => readFileSync(file)),
    );

    expect(bytes.includes(hashSessionToken(token))).toBe(true);
    expect(bytes.includes(token)).toBe(false);
  });
});
