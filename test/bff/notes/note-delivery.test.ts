import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { openStore } from '../../../bff/src/store/index.js';
import type { OutboxNote, Store } from '../../../bff/src/store/index.js';
import { NoteDelivery } from '../../../bff/src/services/note-delivery.js';
import { ContextUnavailableLike, InvalidRequestError } from './note-test-errors.js';
import { ManualScheduler } from '../../kit/manual-scheduler.js';

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

/** The worker looks for due notes every second; retries start at one second and never wait more than ten. */
const POLL_MS = 1000;
/** Every jitter draw lands at three quarters of the ceiling, so each retry's delay is known exactly. */
const JITTER = 0.75;

let store: Store;
let context: RecordingContext;
let clock: ManualScheduler;
let delivery: NoteDelivery;
let settled: OutboxNote[];

/** Move time forward by `ms` and let the delivery round it starts (if any) finish. */
async function advance(ms: number): Promise<void> {
  clock.advance(ms);
  await delivery.idle();
}

async function queue(customerId: string, text: string, key = `${customerId}-${text}`) {
  return (
    await store.notes.enqueue(
      {
        loginId: '1001001',
        idempotencyKey: key,
        customerId,
        text,
        requestId: null,
        activityId: null,
        dialogId: null,
        authorName: null,
      },
      clock.now(),
    )
  ).note;
}

beforeEach(async () => {
  store = await openStore({ url: 'sqlite::memory:' });
  context = new RecordingContext();
  clock = new ManualScheduler();
  settled = [];
  delivery = new NoteDelivery({
    outbox: store.notes,
    context,
    clock,
    random: { fraction: () => JITTER },
    logger: pino({ level: 'silent' }),
    onSettled: (note) => settled.push(note),
    pollMs: POLL_MS,
    baseDelayMs: 1000,
    maxDelayMs: 10_000,
  });
});

afterEach(async () => {
  await delivery.stop();
  await store.close();
});

describe('the note outbox and its delivery', () => {
  it('the same login and Idempotency-Key answers the note already queued, never a second one', async () => {
    const first = await queue('c1', 'hello', 'key-1');
    const again = await store.notes.enqueue(
      {
        loginId: '1001001',
        idempotencyKey: 'key-1',
        customerId: 'c1',
        text: 'hello',
        requestId: null,
        activityId: null,
        dialogId: null,
        authorName: null,
      },
      clock.now(),
    );
    expect(again).toMatchObject({ created: false, note: { noteId: first.noteId } });
  });

  it('queued notes are delivered, marked delivered with the activity id, and reported', async () => {
    const note = await queue('c1', 'first note');
    delivery.start();
    await advance(0);
    expect(await store.notes.find(note.noteId)).toMatchObject({
      status: 'delivered',
      deliveredActivityId: 'activity-1',
      attempts: 1,
    });
    expect(context.delivered).toEqual([{ customerId: 'c1', text: 'first note', idempotencyKey: note.noteId }]);
    expect(settled.map((done) => done.status)).toEqual(['delivered']);
  });

  it('while the context store is unreachable notes wait, are retried with backoff, and arrive in order per customer once it is back', async () => {
    context.failure = 'unavailable';
    for (let index = 1; index <= 5; index++) await queue('c1', `note ${index}`);
    await queue('c2', 'other customer');
    delivery.start();
    await advance(0);
    await advance(POLL_MS);
    expect(
      (await store.notes.due(new Date(clock.now().getTime() + 60_000), 10)).every((note) => note.attempts >= 2),
    ).toBe(true);
    expect(context.delivered).toEqual([]);
    context.failure = undefined;
    for (let polls = 0; polls < 10 && (await store.notes.countQueued()) > 0; polls++) await advance(POLL_MS);
    expect(await store.notes.countQueued()).toBe(0);
    expect(context.delivered.filter((note) => note.customerId === 'c1').map((note) => note.text)).toEqual([
      'note 1',
      'note 2',
      'note 3',
      'note 4',
      'note 5',
    ]);
    expect(context.delivered).toHaveLength(6);
  });

  it('each retry waits the jittered share of a ceiling that doubles per attempt, up to the maximum delay', async () => {
    context.failure = 'unavailable';
    const note = await queue('c1', 'patient note');
    delivery.start();
    const delays: number[] = [];
    for (let polls = 0; delays.length < 6 && polls < 60; polls++) {
      const attemptsBefore = (await store.notes.find(note.noteId))?.attempts;
      await advance(polls === 0 ? 0 : POLL_MS);
      const after = await store.notes.find(note.noteId);
      if (after && after.attempts !== attemptsBefore)
        delays.push(after.nextAttemptAt.getTime() - clock.now().getTime());
    }
    // Ceilings of 1, 2, 4 and 8 s, then the 10 s maximum: three quarters of each.
    expect(delays).toEqual([750, 1500, 3000, 6000, 7500, 7500]);
  });

  it('a note does not go again before its retry falls due', async () => {
    context.failure = 'unavailable';
    const note = await queue('c1', 'not yet');
    delivery.start();
    await advance(0);
    await advance(POLL_MS);
    expect((await store.notes.find(note.noteId))?.attempts).toBe(2);
    // The second retry falls due 1.5 s after the second attempt: the poll at 1 s leaves it be, the one at 2 s takes it.
    await advance(POLL_MS);
    expect((await store.notes.find(note.noteId))?.attempts).toBe(2);
    await advance(POLL_MS);
    expect((await store.notes.find(note.noteId))?.attempts).toBe(3);
  });

  it("a note the store refuses for good is marked failed with the reason and the customer's next note still goes", async () => {
    const refused = await queue('c1', 'to nobody');
    context.failure = 'refused';
    delivery.start();
    await advance(0);
    expect(await store.notes.find(refused.noteId)).toMatchObject({
      status: 'failed',
      lastError: expect.stringMatching(/unknown customer/) as unknown,
    });
    context.failure = undefined;
    await queue('c1', 'next');
    delivery.wake();
    await advance(0);
    expect(context.delivered.map((note) => note.text)).toEqual(['next']);
  });
});
