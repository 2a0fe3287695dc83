import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { openStore } from '../../../bff/src/store/index.js';
import type { OutboxNote, Store } from '../../../bff/src/store/index.js';
import { NoteDelivery } from '../../../bff/src/services/note-delivery.js';
import { ContextUnavailableLike, InvalidRequestError } from './note-test-errors.js';
import { untilPasses } from '../../kit/eventually.js';

/** A context store stand-in that records deliveries and can be made to fail. */
class RecordingContext {
  readonly delivered: { customerId: string; text: string; idempotencyKey: string }[] = [];
  failure: 'unavailable' | 'refused' | undefined;

  addNote(note: { customerId: string; text: string; idempotencyKey: string }): Promise<{ activityId: string }> {
    if (this.failure === 'unavailable') return Promise.reject(new ContextUnavailableLike('Context Service is down'));
    if (this.failure === 'refused') return Promise.reject(new InvalidRequestError('unknown customer'));
    this.delivered.push({ customerId: note.customerId, text: note.text, idempotencyKey: note.idempotencyKey });
    return Promise.resolve({ activityId: `activity-${this.delivered.length}` });
  }
}

let store: Store;
let context: RecordingContext;
let delivery: NoteDelivery | undefined;
let settled: OutboxNote[];

function startDelivery(): void {
  delivery = new NoteDelivery({
    outbox: store.notes,
    context,
    now: () => new Date(),
    logger: pino({ level: 'silent' }),
    onSettled: (note) => settled.push(note),
    pollMs: 20,
    baseDelayMs: 20,
    maxDelayMs: 100,
  });
  delivery.start();
}

async function queue(customerId: string, text: string, key = `${customerId}-${text}`) {
  return (await store.notes.enqueue({ loginId: '1001001', idempotencyKey: key, customerId, text, requestId: null, activityId: null, dialogId: null }, new Date())).note;
}

beforeEach(async () => {
  store = await openStore({ url: 'sqlite::memory:' });
  context = new RecordingContext();
  settled = [];
  delivery = undefined;
});

afterEach(async () => {
  await delivery?.stop();
  await store.close();
});

describe('the note outbox and its delivery', () => {
  it('the same login and Idempotency-Key answers the note already queued, never a second one', async () => {
    const first = await queue('c1', 'hello', 'key-1');
    const again = await store.notes.enqueue({ loginId: '1001001', idempotencyKey: 'key-1', customerId: 'c1', text: 'hello', requestId: null, activityId: null, dialogId: null }, new Date());
    expect(again).toMatchObject({ created: false, note: { noteId: first.noteId } });
  });

  it('queued notes are delivered, marked delivered with the activity id, and reported', async () => {
    const note = await queue('c1', 'first note');
    startDelivery();
    await untilPasses(async () => expect((await store.notes.find(note.noteId))?.status).toBe('delivered'));
    expect(await store.notes.find(note.noteId)).toMatchObject({ deliveredActivityId: 'activity-1', attempts: 1 });
    expect(context.delivered).toEqual([{ customerId: 'c1', text: 'first note', idempotencyKey: note.noteId }]);
    expect(settled.map((done) => done.status)).toEqual(['delivered']);
  });

  it('while the context store is unreachable notes wait, are retried with backoff, and arrive in order per customer once it is back', async () => {
    context.failure = 'unavailable';
    for (let index = 1; index <= 5; index++) await queue('c1', `note ${index}`);
    await queue('c2', 'other customer');
    startDelivery();
    await untilPasses(async () => expect((await store.notes.due(new Date(Date.now() + 60_000), 10)).every((note) => note.attempts >= 2)).toBe(true));
    expect(context.delivered).toEqual([]);
    context.failure = undefined;
    await untilPasses(async () => expect(await store.notes.countQueued()).toBe(0));
    expect(context.delivered.filter((note) => note.customerId === 'c1').map((note) => note.text)).toEqual(['note 1', 'note 2', 'note 3', 'note 4', 'note 5']);
    expect(context.delivered).toHaveLength(6);
  });

  it('a note the store refuses for good is marked failed with the reason and the customer\'s next note still goes', async () => {
    const refused = await queue('c1', 'to nobody');
    context.failure = 'refused';
    startDelivery();
    await untilPasses(async () => expect((await store.notes.find(refused.noteId))?.status).toBe('failed'));
    expect((await store.notes.find(refused.noteId))?.lastError).toMatch(/unknown customer/);
    context.failure = undefined;
    await queue('c1', 'next');
    delivery?.wake();
    await untilPasses(() => expect(context.delivered.map((note) => note.text)).toEqual(['next']));
  });
});
