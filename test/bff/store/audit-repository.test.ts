import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUDIT_LIST_LIMIT_MAX, openStore, type NewAuditEvent, type Store } from '../../../bff/src/store/index.js';

const T0 = new Date('2025-03-01T09:00:00.000Z');
const seconds = (count: number) => new Date(T0.getTime() + count * 1_000);

describe('AuditRepository', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore({ url: 'sqlite::memory:' });
  });
  afterEach(async () => {
    await store.close();
  });

  async function recordAll(events: NewAuditEvent[]): Promise<void> {
    for (const event of events) await store.audit.record(event);
  }

  it('a recorded event comes back with a random UUID id, and with null subject and detail when none were given', async () => {
    const recorded = await store.audit.record({ at: T0, actor: '1001', action: 'session.sign_in', outcome: 'ok' });

    const [listed] = await store.audit.list({ limit: 1 });

    expect(recorded.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(listed).toEqual({
      id: recorded.id,
      at: T0,
      actor: '1001',
      action: 'session.sign_in',
      subject: null,
      outcome: 'ok',
      detail: null,
    });
  });

  it('events recorded out of order are listed newest first', async () => {
    await recordAll([
      { at: seconds(2), actor: '1001', action: 'agent.state_change', subject: '1001', outcome: 'ok', detail: 'READY' },
      { at: seconds(1), actor: '1001', action: 'session.sign_in', outcome: 'ok' },
      {
        at: seconds(3),
        actor: '1001',
        action: 'dialog.action',
        subject: '16777217',
        outcome: 'refused',
        detail: 'Invalid State',
      },
    ]);

    const events = await store.audit.list({ limit: 10 });

    expect(events.map((event) => event.at)).toEqual([seconds(3), seconds(2), seconds(1)]);
  });

  it('filters by actor, by action, and by before (exclusive), alone and together', async () => {
    await recordAll([
      { at: seconds(1), actor: '1001', action: 'session.sign_in', outcome: 'ok' },
      { at: seconds(2), actor: '1002', action: 'session.sign_in', outcome: 'ok' },
      { at: seconds(3), actor: '1001', action: 'session.sign_out', outcome: 'ok' },
      { at: seconds(4), actor: 'system', action: 'session.sign_out', outcome: 'ok', detail: 'idle expiry' },
      { at: seconds(5), actor: '1001', action: 'session.sign_in', outcome: 'ok' },
    ]);
    const times = async (query: Parameters<Store['audit']['list']>[0]) =>
      (await store.audit.list(query)).map((event) => event.at);

    expect(await times({ limit: 10, actor: '1001' })).toEqual([seconds(5), seconds(3), seconds(1)]);
    expect(await times({ limit: 10, action: 'session.sign_out' })).toEqual([seconds(4), seconds(3)]);
    expect(await times({ limit: 10, before: seconds(3) })).toEqual([seconds(2), seconds(1)]);
    expect(await times({ limit: 10, actor: '1001', action: 'session.sign_in', before: seconds(5) })).toEqual([
      seconds(1),
    ]);
  });

  it('limit returns only the newest events', async () => {
    await recordAll(
      [1, 2, 3, 4].map((n) => ({
        at: seconds(n),
        actor: '1001',
        action: 'dialog.action' as const,
        outcome: 'ok' as const,
      })),
    );

    expect((await store.audit.list({ limit: 2 })).map((event) => event.at)).toEqual([seconds(4), seconds(3)]);
  });

  it.each([0, -1, AUDIT_LIST_LIMIT_MAX + 1, 2.5, Number.NaN])(
    'a limit of %s is refused naming the 1 to 500 range',
    async (limit) => {
      await expect(store.audit.list({ limit })).rejects.toThrow('audit list limit must be an integer from 1 to 500');
    },
  );

  it('the bounds 1 and 500 are accepted', async () => {
    await expect(store.audit.list({ limit: 1 })).resolves.toEqual([]);
    await expect(store.audit.list({ limit: AUDIT_LIST_LIMIT_MAX })).resolves.toEqual([]);
  });

  it('a detail longer than 500 characters is kept, cut to 500 characters ending in an ellipsis', async () => {
    const recorded = await store.audit.record({
      at: T0,
      actor: 'system',
      action: 'dialog.action',
      outcome: 'error',
      detail: 'x'.repeat(2_000),
    });

    const [listed] = await store.audit.list({ limit: 1 });

    expect(recorded.detail).toHaveLength(500);
    expect(listed?.detail).toBe(`${'x'.repeat(499)}…`);
  });
});
