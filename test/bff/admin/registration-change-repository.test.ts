import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashSessionToken, openStore } from '../../../bff/src/store/index.js';
import type { NewRegistrationChange, Store } from '../../../bff/src/store/index.js';

const T0 = new Date('2025-03-01T09:00:00.000Z');

let store: Store;

beforeEach(async () => {
  store = await openStore({ url: 'sqlite::memory:' });
});

afterEach(async () => {
  await store.close();
});

const change = (overrides: Partial<NewRegistrationChange> = {}): NewRegistrationChange => ({
  at: T0,
  actor: 'administrator',
  action: 'register',
  fromState: 'notRegistered',
  toState: 'registered',
  result: 'saved',
  ...overrides,
});

describe('RegistrationChangeRepository', () => {
  it('a recorded change reads back with every field, detail null when not given', async () => {
    const recorded = await store.registrationChanges.record(change());
    expect(recorded.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await store.registrationChanges.list(10)).toEqual([{ ...change(), id: recorded.id, detail: null }]);
  });

  it('changes made in the same millisecond list newest first in the order they were made', async () => {
    for (const result of ['saved', 'refused', 'busy', 'failed', 'partial'] as const)
      await store.registrationChanges.record(change({ result }));
    expect((await store.registrationChanges.list(10)).map((entry) => entry.result)).toEqual([
      'partial',
      'failed',
      'busy',
      'refused',
      'saved',
    ]);
  });

  it('limit 2 gives the 2 newest; a limit of 0 or 501 is refused', async () => {
    for (const action of ['register', 'deregister', 'register'] as const)
      await store.registrationChanges.record(change({ action }));
    expect(await store.registrationChanges.list(2)).toHaveLength(2);
    await expect(store.registrationChanges.list(0)).rejects.toThrow(RangeError);
    await expect(store.registrationChanges.list(501)).rejects.toThrow(RangeError);
  });

  it('a detail over 500 characters is cut to 500, ending with an ellipsis', async () => {
    await store.registrationChanges.record(change({ detail: 'd'.repeat(600) }));
    const [entry] = await store.registrationChanges.list(1);
    expect(entry?.detail).toHaveLength(500);
    expect(entry?.detail?.endsWith('…')).toBe(true);
  });

  it('the unknown state (CCE did not answer before the change) is kept', async () => {
    await store.registrationChanges.record(change({ fromState: 'unknown', toState: 'unknown', result: 'failed' }));
    expect((await store.registrationChanges.list(1))[0]).toMatchObject({ fromState: 'unknown', toState: 'unknown' });
  });
});

describe('sessions keep their kind', () => {
  const base = {
    loginId: 'administrator',
    roles: ['Administrator'] as const,
    credentialsCiphertext: null,
    createdAt: T0,
    idleExpiresAt: new Date(T0.getTime() + 60_000),
    absoluteExpiresAt: new Date(T0.getTime() + 120_000),
  };

  it("an administrator's session reads back with kind administrator", async () => {
    const tokenHash = hashSessionToken('administrator-token');
    await store.sessions.create({ ...base, tokenHash, kind: 'administrator' });
    expect((await store.sessions.findActive(tokenHash, T0))?.kind).toBe('administrator');
  });

  it("a session created without a kind is an agent's: it reads back without one", async () => {
    const tokenHash = hashSessionToken('agent-token');
    await store.sessions.create({ ...base, loginId: '1001001', roles: ['Agent'], tokenHash });
    const found = await store.sessions.findActive(tokenHash, T0);
    expect(found).toBeDefined();
    expect(found?.kind).toBeUndefined();
  });
});
