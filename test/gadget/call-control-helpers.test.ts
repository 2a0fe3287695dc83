import { webcrypto } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { elapsedSince, formatElapsed } from '../../gadget/src/time/elapsed.js';
import { allowedActions, dialable, liveCalls, otherParty } from '../../gadget/src/components/call-bar/call-facts.js';
import { NoteOutbox, newIdempotencyKey } from '../../gadget/src/components/note-composer/note-outbox.js';
import type { KeyValueStore } from '../../gadget/src/components/note-composer/note-outbox.js';
import { agentIn, callWithAgent } from '../kit/call-control-fixtures.js';

const TALKING = agentIn('TALKING', '2025-03-01T10:00:00.000Z');

describe('formatElapsed and elapsedSince', () => {
  it.each([
    [0, '00:00'],
    [999, '00:00'],
    [65_000, '01:05'],
    [3_599_000, '59:59'],
    [3_600_000, '1:00:00'],
    [3_725_000, '1:02:05'],
    [36_000_000, '10:00:00'],
    [-4_000, '00:00'],
  ])('%i ms shows as %s', (milliseconds, shown) => {
    expect(formatElapsed(milliseconds)).toBe(shown);
  });

  it('counts from an ISO instant, and answers undefined for a missing or unreadable one', () => {
    expect(elapsedSince('2025-03-01T10:00:00.000Z', Date.parse('2025-03-01T10:01:30.000Z'))).toBe('01:30');
    expect(elapsedSince(undefined, 0)).toBeUndefined();
    expect(elapsedSince('yesterday-ish', 0)).toBeUndefined();
  });
});

describe('the calls the bar controls', () => {
  it('a call whose agent participant is in WRAP_UP or DROPPED is not a live call; the rest come oldest first', () => {
    const consult = callWithAgent('2', 'ACTIVE', ['HOLD'], { startedAt: '2025-03-01T10:05:00.000Z' });
    const original = callWithAgent('1', 'HELD', ['RETRIEVE'], { startedAt: '2025-03-01T10:00:00.000Z' });
    const ended = callWithAgent('3', 'WRAP_UP', ['UPDATE_CALL_DATA']);
    const gone = callWithAgent('4', 'DROPPED', []);
    expect(liveCalls([consult, ended, original, gone], TALKING).map((dialog) => dialog.id)).toEqual(['1', '2']);
  });

  it("the actions allowed are the agent's own participant's, found by extension; none without a participant of theirs", () => {
    const call = callWithAgent('1', 'ACTIVE', ['HOLD', 'DROP']);
    expect([...allowedActions(call, TALKING)]).toEqual(['HOLD', 'DROP']);
    expect([...allowedActions(call, agentIn('TALKING', '2025-03-01T10:00:00.000Z', { extension: '1009999' }))]).toEqual(
      [],
    );
  });

  it('the other party is the caller on an inbound call and the number dialled on an outbound one', () => {
    expect(otherParty(callWithAgent('1', 'ACTIVE', []), TALKING)).toBe('+14155550123');
    expect(otherParty(callWithAgent('2', 'ACTIVE', [], { from: '1001001', to: '6505550199' }), TALKING)).toBe(
      '6505550199',
    );
  });

  it.each([
    ['+1 (415) 555-0199', '+14155550199'],
    ['1001002', '1001002'],
    ['*67#', '*67#'],
    ['555.0199', '5550199'],
    ['sales', undefined],
    ['1+2', undefined],
    ['', undefined],
    ['1'.repeat(33), undefined],
  ])('the number typed %j dials as %j', (typed, dialled) => {
    expect(dialable(typed)).toBe(dialled);
  });
});

/** A store like localStorage; `refuse` makes every call throw as a blocked or full storage does. */
function store(refuse = false): KeyValueStore & { readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  const check = (): void => {
    if (refuse) throw new Error('QuotaExceededError');
  };
  return {
    items,
    getItem: (key) => (check(), items.get(key) ?? null),
    setItem: (key, value) => (check(), void items.set(key, value)),
    removeItem: (key) => (check(), void items.delete(key)),
  };
}

describe('NoteOutbox', () => {
  const entry = { key: 'k1', text: 'Callback Friday', customerId: 'cust-1', dialogId: '16817456' };

  it("keeps entries by key under the agent's prefix, replaces one put again, and removes it (the key with the last one)", () => {
    const storage = store();
    const outbox = new NoteOutbox(storage, '1001001');
    outbox.put(entry);
    outbox.put({ ...entry, noteId: 'n1' });
    expect(outbox.entries()).toEqual([{ ...entry, noteId: 'n1' }]);
    expect([...storage.items.keys()]).toEqual(['context-desk.notes.1001001.outbox']);
    expect(new NoteOutbox(storage, '1001002').entries()).toEqual([]);
    outbox.remove('k1');
    expect(outbox.entries()).toEqual([]);
    expect(storage.items.size).toBe(0);
  });

  it("keeps a draft per customer with the refused send's key, and forgets an empty draft", () => {
    const storage = store();
    const outbox = new NoteOutbox(storage, 'a');
    outbox.saveDraft('cust-1', { text: 'half', retry: { key: 'k9', text: 'half' } });
    expect(outbox.draft('cust-1')).toEqual({ text: 'half', retry: { key: 'k9', text: 'half' } });
    expect(outbox.draft('cust-2')).toBeUndefined();
    outbox.saveDraft('cust-1', { text: '' });
    expect(storage.items.has('context-desk.notes.a.draft.cust-1')).toBe(false);
  });

  it('ignores stored values that are not JSON or not entries', () => {
    const storage = store();
    storage.items.set('context-desk.notes.a.outbox', JSON.stringify([entry, { key: 1 }, 'x', null]));
    storage.items.set('context-desk.notes.a.draft.cust-1', '{not json');
    const outbox = new NoteOutbox(storage, 'a');
    expect(outbox.entries()).toEqual([entry]);
    expect(outbox.draft('cust-1')).toBeUndefined();
  });

  it('storage that throws falls back to memory for this page', () => {
    const outbox = new NoteOutbox(store(true), 'a');
    outbox.put(entry);
    outbox.saveDraft('cust-1', { text: 'kept' });
    expect(outbox.entries()).toEqual([entry]);
    expect(outbox.draft('cust-1')).toEqual({ text: 'kept' });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each([
    ['with crypto.randomUUID', () => undefined],
    // A standalone tab on plain HTTP is not a secure context: no randomUUID, only getRandomValues.
    [
      'with only crypto.getRandomValues',
      () =>
        vi.stubGlobal('crypto', {
          getRandomValues: <T extends Uint8Array>(bytes: T): T => webcrypto.getRandomValues(bytes),
        }),
    ],
  ])('Idempotency-Keys %s are distinct UUID v4 strings', (_name, arrange) => {
    arrange();
    const keys = new Set(Array.from({ length: 20 }, () => newIdempotencyKey()));
    expect(keys.size).toBe(20);
    for (const key of keys)
      expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
