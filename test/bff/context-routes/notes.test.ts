import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MARIA_GARCIA } from '../../../bff/sandbox/context-service/demo/demo-facts.js';
import { NoteStatus } from '../../../shared/api/context.js';
import { bearer, startTestBff } from '../../kit/bff.js';
import type { TestBff } from '../../kit/bff.js';
import { contextApi, contextServiceControl, errorOf, statsDelta } from '../../kit/context-api.js';
import type { ContextApi, ContextServiceControl } from '../../kit/context-api.js';
import { untilPasses } from '../../kit/eventually.js';
import { EventStreamReader, dataOf } from '../../kit/event-stream-reader.js';
import { listen } from '../../kit/listening-server.js';
import { deskApi } from '../../kit/desk-api.js';

let bff: TestBff;
let store: ContextServiceControl;
let token: string;
let agent1: ContextApi;

beforeEach(async () => {
  bff = await startTestBff();
  store = contextServiceControl(bff);
  token = await bff.signedInAgent();
  agent1 = contextApi(bff, token);
});

afterEach(async () => {
  await bff.close();
});

/** Delivery backs off for seconds between attempts; polling gives it room without a fixed wait. */
const DELIVERY_MS = 12_000;

/** Queues a note for Maria; expects 202 queued and answers its id. */
async function queueNote(text: string, key: string): Promise<string> {
  const response = await agent1.addNote(MARIA_GARCIA.id, { text }, key);
  expect(response.status).toBe(202);
  const status = NoteStatus.parse(response.body);
  expect(status).toMatchObject({ status: 'queued', attempts: 0 });
  return status.noteId;
}

async function delivered(noteId: string): Promise<NoteStatus> {
  await untilPasses(async () => expect((await agent1.note(noteId)).status).toBe('delivered'), DELIVERY_MS);
  return agent1.note(noteId);
}

/** The notes Context Service holds for one note id (found by the tag every delivered note carries). */
const storedCopies = (noteId: string) => store.search('activity', `tags:contextdesk-note-${noteId}`);

describe('POST /api/customers/:id/notes queues a note and delivers it to Context Service', () => {
  it('a note with an Idempotency-Key answers 202 {noteId, status queued}, then GET /api/notes/:noteId turns delivered with the activity holding the text', async () => {
    const noteId = await queueNote('Called back about the refund: bank confirmed', 'note-key-1');
    const status = await delivered(noteId);
    expect(status).toMatchObject({ noteId, status: 'delivered', activityId: expect.any(String) as unknown });
    expect(status).not.toHaveProperty('lastError');
    const activity = (await agent1.journey(MARIA_GARCIA.id)).activities.find(
      (candidate) => candidate.id === status.activityId,
    );
    expect(activity).toMatchObject({
      customerId: MARIA_GARCIA.id,
      channel: 'voice',
      notes: 'Called back about the refund: bank confirmed',
    });
    expect((await storedCopies(noteId)).map((copy) => copy.id)).toEqual([status.activityId]);
  });

  it('the same Idempotency-Key sent again (before and after delivery) answers the same noteId, and Context Service holds one copy', async () => {
    const noteId = await queueNote('Customer wants a paper invoice', 'note-key-twice');
    const again = await agent1.addNote(MARIA_GARCIA.id, { text: 'Customer wants a paper invoice' }, 'note-key-twice');
    expect(again.status).toBe(202);
    expect((again.body as NoteStatus).noteId).toBe(noteId);
    const status = await delivered(noteId);
    const before = await store.stats();
    const afterDelivery = await agent1.addNote(
      MARIA_GARCIA.id,
      { text: 'Customer wants a paper invoice' },
      'note-key-twice',
    );
    expect(afterDelivery.status).toBe(202);
    expect(afterDelivery.body).toMatchObject({ noteId, status: 'delivered', activityId: status.activityId });
    expect(statsDelta(before, await store.stats())).toEqual({});
    expect(await storedCopies(noteId)).toHaveLength(1);
  });

  it('two notes with different keys answer different noteIds and are delivered as two activities', async () => {
    const first = await queueNote('First note', 'note-key-a');
    const second = await queueNote('Second note', 'note-key-b');
    expect(second).not.toBe(first);
    const copies = [(await delivered(first)).activityId, (await delivered(second)).activityId];
    expect(new Set(copies).size).toBe(2);
    const notes = (await agent1.journey(MARIA_GARCIA.id)).activities
      .filter((activity) => copies.includes(activity.id))
      .map((activity) => activity.notes);
    expect(notes.sort()).toEqual(['First note', 'Second note']);
  });

  it('without Idempotency-Key answers 400 naming Idempotency-Key and queues nothing', async () => {
    const before = await store.stats();
    const response = await agent1.addNote(MARIA_GARCIA.id, { text: 'No key' });
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({
      code: 'invalid_request',
      message: expect.stringContaining('Idempotency-Key') as unknown,
    });
    expect(await bff.assembly.store.notes.countQueued()).toBe(0);
    expect(statsDelta(before, await store.stats())).toEqual({});
  });

  it("agent2 reading agent1's note answers 404 not_found, while agent1 reads it", async () => {
    const noteId = await queueNote('Private to agent1', 'note-key-private');
    const agent2 = contextApi(bff, await bff.signedInAgent('agent2'));
    const response = await agent2.get(`/api/notes/${noteId}`);
    expect(response.status).toBe(404);
    expect(errorOf(response).code).toBe('not_found');
    expect((await agent1.note(noteId)).noteId).toBe(noteId);
  });

  it("agent2 sending agent1's Idempotency-Key gets a note of their own, not agent1's", async () => {
    const noteId = await queueNote('agent1 wrote this', 'shared-key');
    const agent2 = contextApi(bff, await bff.signedInAgent('agent2'));
    const response = await agent2.addNote(MARIA_GARCIA.id, { text: 'agent2 wrote this' }, 'shared-key');
    expect(response.status).toBe(202);
    expect((response.body as NoteStatus).noteId).not.toBe(noteId);
  });

  it('an unknown note id answers 404 not_found', async () => {
    const response = await agent1.get('/api/notes/00000000-0000-4000-8000-000000000000');
    expect(response.status).toBe(404);
    expect(errorOf(response).code).toBe('not_found');
  });
});

describe('notes while Context Service is down', () => {
  it('with Context Service answering 503 a note answers 202 and stays queued with attempts growing and lastError set, then is delivered once the fault is cleared', async () => {
    await store.fault({ path: '^/context/v1', mode: 'status', status: 503 });
    const noteId = await queueNote('Written during the outage', 'note-key-outage');
    await untilPasses(async () => {
      const status = await agent1.note(noteId);
      expect(status).toMatchObject({ status: 'queued', lastError: expect.any(String) as unknown });
      expect(status.attempts).toBeGreaterThanOrEqual(2);
    }, DELIVERY_MS);

    await store.clearFaults();
    // The retry is due after a back-off of up to a minute: move the BFF's clock past it rather than wait.
    bff.clock.advance(60_000);
    const status = await delivered(noteId);
    expect(status.attempts).toBeGreaterThanOrEqual(3);
    expect(status).not.toHaveProperty('lastError');
    expect(await storedCopies(noteId)).toHaveLength(1);
  });

  it('a note for a customer Context Service does not know ends failed with lastError, not queued forever', async () => {
    const response = await agent1.addNote(
      '00000000-0000-4000-8000-000000000000',
      { text: 'Nobody' },
      'note-key-nobody',
    );
    expect(response.status).toBe(202);
    const noteId = (response.body as NoteStatus).noteId;
    await untilPasses(
      async () =>
        expect(await agent1.note(noteId)).toMatchObject({ status: 'failed', lastError: expect.any(String) as unknown }),
      DELIVERY_MS,
    );
  });
});

describe('GET /api/events tells the author when a note is delivered', () => {
  it('a queued note produces a note event with its noteId, status delivered and the activityId', async () => {
    const server = await listen(bff.app);
    const reader = await EventStreamReader.open(`${server.url}/api/events`, { Authorization: bearer(token) });
    try {
      expect(reader.response.status).toBe(200);
      const noteId = await queueNote('Announce me', 'note-key-event');
      const frame = await reader.waitFor(
        (candidate) => candidate.event === 'note' && (dataOf(candidate) as NoteStatus).noteId === noteId,
        { timeoutMs: DELIVERY_MS },
      );
      const announced = NoteStatus.parse(dataOf(frame));
      expect(announced).toMatchObject({ noteId, status: 'delivered' });
      expect(announced.activityId).toBe((await agent1.note(noteId)).activityId);
      expect(frame.id).toBeDefined();
    } finally {
      reader.close();
      await server.close();
    }
  });
});

describe('a note names only a call of its author', () => {
  it("a note naming agent2's ringing call answers 404 not_found and queues nothing; the same note naming agent1's own call is queued", async () => {
    const desk = deskApi(bff);
    await bff.signedInAgent('agent2');
    const theirs = await desk.ring('4155550123', '1001002');
    const refused = await agent1.addNote(MARIA_GARCIA.id, { text: 'Not my call', dialogId: theirs }, 'note-key-theirs');
    expect(refused.status).toBe(404);
    expect(errorOf(refused).code).toBe('not_found');
    // The key is still free: nothing was queued under it.
    const mine = await desk.ring('4155550123', '1001001');
    await untilPasses(async () => expect((await desk.dialogs(token)).map((dialog) => dialog.id)).toContain(mine));
    const accepted = await agent1.addNote(MARIA_GARCIA.id, { text: 'My call', dialogId: mine }, 'note-key-theirs');
    expect(accepted.status).toBe(202);
  });

  it('a note naming a call that ended (wrap-up done, the agent Ready again) is still queued', async () => {
    const desk = deskApi(bff);
    const call = await desk.ring('4155550123', '1001001');
    await untilPasses(async () => expect((await desk.dialogs(token)).map((dialog) => dialog.id)).toContain(call));
    expect((await desk.act(token, call, { action: 'ANSWER' })).status).toBe(200);
    expect((await desk.act(token, call, { action: 'DROP' })).status).toBe(200);
    expect((await desk.setState(token, { state: 'READY' })).status).toBe(200);
    await untilPasses(async () => expect((await desk.dialogs(token)).map((dialog) => dialog.id)).not.toContain(call));
    const response = await agent1.addNote(
      MARIA_GARCIA.id,
      { text: 'Written after the call', dialogId: call },
      'note-key-wrap-up',
    );
    expect(response.status).toBe(202);
  });
});
