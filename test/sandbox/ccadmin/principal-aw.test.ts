import { describe, expect, it } from 'vitest';
import { PrincipalAw } from '../../../bff/sandbox/ccadmin/model/principal-aw.js';

function principalAw() {
  const clock = { now: 1_000_000 };
  let issued = 0;
  const aw = new PrincipalAw(
    () => `issued-${++issued}`,
    () => clock.now,
  );
  return { aw, clock };
}

describe('PrincipalAw: saving and syncing connection data', () => {
  it('a saved update with every device in sync is saved and changes the registration', () => {
    const { aw } = principalAw();
    expect(aw.update('data-1')).toEqual({
      kind: 'saved',
      registration: { state: 'registered', connectionData: 'data-1' },
      change: 'register',
    });
    expect(aw.registration.state).toBe('registered');
  });

  it('failing devices make it partial, listed in CVP, Finesse, SocialMiner order, and the change is still saved', () => {
    const { aw } = principalAw();
    aw.configureSync({ failDevices: ['SocialMiner', 'CVP'], busyMs: 0, awDatabaseFailure: false });
    expect(aw.update('data-1')).toMatchObject({ kind: 'partial', failedDevices: ['CVP', 'SocialMiner'] });
    expect(aw.registration).toEqual({ state: 'registered', connectionData: 'data-1' });
  });

  it('an AW database failure saves nothing and starts no sync', () => {
    const { aw } = principalAw();
    aw.configureSync({ failDevices: [], busyMs: 60_000, awDatabaseFailure: true });
    expect(aw.update('data-1')).toEqual({ kind: 'awFailure' });
    expect(aw.registration.state).toBe('notRegistered');
    expect(aw.syncInProgress()).toBe(false);
  });

  it('while a sync runs another update is busy with the time left, and once it ends the update goes through', () => {
    const { aw, clock } = principalAw();
    aw.configureSync({ failDevices: [], busyMs: 5000, awDatabaseFailure: false });
    expect(aw.update('data-1').kind).toBe('saved');
    clock.now += 1500;
    expect(aw.update('')).toEqual({ kind: 'busy', retryAfterMs: 3500 });
    expect(aw.registration.state).toBe('registered');
    clock.now += 3500;
    expect(aw.syncInProgress()).toBe(false);
    expect(aw.update('').kind).toBe('saved');
    expect(aw.registration.state).toBe('notRegistered');
  });

  it('data that is too long is refused even while a sync runs (the value is checked first)', () => {
    const { aw } = principalAw();
    aw.configureSync({ failDevices: [], busyMs: 5000, awDatabaseFailure: false });
    aw.update('data-1');
    expect(aw.update('x'.repeat(4097)).kind).toBe('tooLong');
  });

  it('a refused re-registration starts no sync', () => {
    const { aw } = principalAw();
    aw.update('data-1');
    aw.configureSync({ failDevices: [], busyMs: 5000, awDatabaseFailure: false });
    expect(aw.update('data-2')).toEqual({ kind: 'deregisterFirst' });
    expect(aw.syncInProgress()).toBe(false);
  });

  it('forcing registered issues connection data no client knows, so only deregistration moves on', () => {
    const { aw } = principalAw();
    aw.force('registered');
    expect(aw.registration).toEqual({ state: 'registered', connectionData: 'issued-1' });
    expect(aw.update('anything').kind).toBe('deregisterFirst');
  });

  it('forcing invalid keeps existing connection data, and forcing notRegistered clears it', () => {
    const { aw } = principalAw();
    aw.update('data-1');
    aw.force('invalid');
    expect(aw.registration).toEqual({ state: 'invalid', connectionData: 'data-1' });
    aw.force('notRegistered');
    expect(aw.registration).toEqual({ state: 'notRegistered', connectionData: '' });
  });

  it('the snapshot shows state, sync and behaviour but never the connection data', () => {
    const { aw } = principalAw();
    aw.update('secret-data');
    expect(JSON.stringify(aw.snapshot())).not.toContain('secret-data');
    expect(aw.snapshot()).toEqual({
      state: 'registered',
      syncInProgress: false,
      sync: { failDevices: [], busyMs: 0, awDatabaseFailure: false },
    });
  });

  it('reset returns to not registered, ordinary syncs and no running sync', () => {
    const { aw } = principalAw();
    aw.configureSync({ failDevices: ['CVP'], busyMs: 5000, awDatabaseFailure: false });
    aw.update('data-1');
    aw.reset();
    expect(aw.snapshot()).toEqual({
      state: 'notRegistered',
      syncInProgress: false,
      sync: { failDevices: [], busyMs: 0, awDatabaseFailure: false },
    });
  });
});
