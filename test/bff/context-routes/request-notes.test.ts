import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MARIA_GARCIA } from '../../../bff/sandbox/context-service/demo/demo-facts.js';
import { ContextRequest, NoteStatus, ScreenPop } from '../../../shared/api/context.js';
import { startTestBff } from '../../kit/bff.js';
import type { TestBff } from '../../kit/bff.js';
import { contextApi } from '../../kit/context-api.js';
import type { ContextApi } from '../../kit/context-api.js';
import { deskApi } from '../../kit/desk-api.js';
import { untilPasses } from '../../kit/eventually.js';

let bff: TestBff;
let agent1: ContextApi;

beforeEach(async () => {
  bff = await startTestBff();
  agent1 = contextApi(bff, await bff.signedInAgent());
});

afterEach(async () => {
  await bff.close();
});

/** Delivery backs off for seconds between attempts; polling gives it room without a fixed wait. */
const DELIVERY_MS = 12_000;
const [REFUND_TITLE] = MARIA_GARCIA.openRequestTitles;

/** Maria's open refund request as her journey answers it, checked against the shared schema. */
async function refundRequest(): Promise<ContextRequest> {
  const { requests } = await agent1.journey(MARIA_GARCIA.id);
  return ContextRequest.parse(requests.find((request) => request.title === REFUND_TITLE));
}

/** Posts a note for Maria and answers its status once Context Service has it. */
async function deliveredNote(
  body: { text: string; requestId?: string; activityId?: string },
  key: string,
): Promise<NoteStatus> {
  const response = await agent1.addNote(MARIA_GARCIA.id, body, key);
  expect(response.status).toBe(202);
  const { noteId } = NoteStatus.parse(response.body);
  await untilPasses(async () => expect((await agent1.note(noteId)).status).toBe('delivered'), DELIVERY_MS);
  return agent1.note(noteId);
}

describe('a note filed against a request is part of that request', () => {
  it("a note posted on Maria's refund request and delivered is the newest of the request's notes in GET /api/customers/:id/journey, with its text, the agent's name as Finesse gives it and when, and is no activity", async () => {
    const refund = await refundRequest();
    const status = await deliveredNote(
      { text: 'Bank confirmed the refund posts on Friday', requestId: refund.id },
      'request-note-1',
    );
    const journey = await agent1.journey(MARIA_GARCIA.id);
    const request = ContextRequest.parse(journey.requests.find((candidate) => candidate.id === refund.id));
    expect(request.notes[0]).toEqual({
      id: status.activityId,
      text: 'Bank confirmed the refund posts on Friday',
      author: 'Alex Rivera',
      createdAt: expect.any(String) as unknown,
    });
    expect(Date.parse(request.notes[0]!.createdAt)).not.toBeNaN();
    expect(request.notes).toHaveLength(refund.notes.length + 1);
    expect(journey.activities.map((activity) => activity.id)).not.toContain(status.activityId);
    const otherRequests = journey.requests.filter((candidate) => candidate.id !== refund.id);
    expect(otherRequests.flatMap((candidate) => candidate.notes.map((note) => note.id))).not.toContain(
      status.activityId,
    );
  });

  it("the screen pop of Maria's next call carries the note on her open refund request", async () => {
    const refund = await refundRequest();
    const status = await deliveredNote({ text: 'Call her back in Spanish', requestId: refund.id }, 'request-note-pop');
    const pop = ScreenPop.parse(await agent1.pop(await deskApi(bff).ring(MARIA_GARCIA.mobilePhone, '1001001')));
    expect(pop.requests.find((candidate) => candidate.id === refund.id)?.notes[0]).toMatchObject({
      id: status.activityId,
      text: 'Call her back in Spanish',
    });
  });

  it("a note on the customer alone still reads as a voice activity of hers, on no request's notes", async () => {
    const status = await deliveredNote({ text: 'Prefers email over phone' }, 'customer-note');
    const journey = await agent1.journey(MARIA_GARCIA.id);
    expect(journey.activities.find((activity) => activity.id === status.activityId)).toMatchObject({
      channel: 'voice',
      notes: 'Prefers email over phone',
    });
    expect(journey.requests.flatMap((request) => request.notes.map((note) => note.id))).not.toContain(
      status.activityId,
    );
  });

  it("a note on an activity of the refund request belongs to the activity, not to the request's notes", async () => {
    const refund = await refundRequest();
    const activity = (await agent1.journey(MARIA_GARCIA.id)).activities.find(
      (candidate) => candidate.requestId === refund.id,
    );
    const status = await deliveredNote({ text: 'About this call only', activityId: activity!.id }, 'activity-note');
    const journey = await agent1.journey(MARIA_GARCIA.id);
    expect(journey.requests.flatMap((request) => request.notes.map((note) => note.id))).not.toContain(
      status.activityId,
    );
    expect(journey.activities.map((candidate) => candidate.id)).not.toContain(status.activityId);
  });
});
