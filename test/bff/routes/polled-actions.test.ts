import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Response } from 'supertest';
import { Dialog } from '../../../shared/api/dialog.js';
import { startTestBff } from '../../kit/bff.js';
import type { TestBff } from '../../kit/bff.js';
import { deskApi, dialogById, participantAt } from '../../kit/desk-api.js';
import type { DeskApi } from '../../kit/desk-api.js';

/**
 * Without XMPP the BFF hears Finesse only by polling, which carries no requestId: an action is confirmed by the
 * change it causes in a poll, and when the wait ends without it, one read of Finesse settles the answer.
 */
let bff: TestBff;
let desk: DeskApi;

beforeEach(async () => {
  bff = await startTestBff({ xmpp: false, env: { FINESSE_ACTION_WAIT_MS: '2500', FINESSE_POLL_INTERVAL_MS: '500' } });
  desk = deskApi(bff);
});

afterEach(async () => {
  await bff.close();
});

const CALLER = '4085550100';
const AGENT1 = '1001001';
const AGENT2 = '1001002';
const errorOf = (response: Response) =>
  (response.body as { error: { code: string; message: string; upstream?: Record<string, unknown> } }).error;

async function answeredCall(token: string): Promise<string> {
  const dialogId = await desk.ring(CALLER, AGENT1);
  const answered = await desk.act(token, dialogId, { action: 'ANSWER' });
  if (answered.status !== 200) throw new Error(`ANSWER answered ${answered.status}: ${answered.text}`);
  return dialogId;
}

/** Send the request now (supertest sends only once awaited) and keep its answer for later. */
const heldBack = (pending: PromiseLike<Response>): Promise<Response> => Promise.resolve(pending);

/** The latency fault has caught its one request (the emulator forgets a fault once used up). */
async function faultTaken(): Promise<void> {
  await vi.waitFor(async () => expect((await bff.sandbox().get('/sandbox/faults')).body).toEqual([]), {
    timeout: 2000,
    interval: 10,
  });
}

describe('while notifications are polled, a call action answers its own effect', () => {
  it("HOLD on a call still ringing answers 409 with Finesse's Invalid State, twice in a row, and the call still rings", async () => {
    const token = await bff.signedInAgent();
    const dialogId = await desk.ring(CALLER, AGENT1);
    for (const attempt of [1, 2]) {
      const response = await desk.act(token, dialogId, { action: 'HOLD' });
      expect({ attempt, status: response.status, upstream: errorOf(response).upstream?.type }).toEqual({
        attempt,
        status: 409,
        upstream: 'Invalid State',
      });
    }
    expect(participantAt(dialogById(await desk.dialogs(token), dialogId), AGENT1).state).toBe('ALERTING');
  });

  it("ANSWER answers the agent's participant ACTIVE, HOLD answers it HELD and RETRIEVE ACTIVE again", async () => {
    const token = await bff.signedInAgent();
    const dialogId = await desk.ring(CALLER, AGENT1);
    const states: string[] = [];
    for (const action of ['ANSWER', 'HOLD', 'RETRIEVE']) {
      const response = await desk.act(token, dialogId, { action });
      expect(response.status).toBe(200);
      states.push(`${action} ${participantAt(Dialog.parse(response.body), AGENT1).state}`);
    }
    expect(states).toEqual(['ANSWER ACTIVE', 'HOLD HELD', 'RETRIEVE ACTIVE']);
  });

  it('HOLD held back at Finesse while UPDATE_CALL_DATA changes the same call answers the participant HELD, not the call as the data change left it', async () => {
    const token = await bff.signedInAgent();
    const dialogId = await answeredCall(token);
    await bff
      .sandbox()
      .post('/sandbox/faults')
      .send({ path: `^/finesse/api/Dialog/${dialogId}$`, mode: 'latency', ms: 900, times: 1 })
      .expect(201);
    const hold = heldBack(desk.act(token, dialogId, { action: 'HOLD' }));
    await faultTaken();
    const update = await desk.act(token, dialogId, {
      action: 'UPDATE_CALL_DATA',
      variables: { callVariable5: 'meanwhile' },
    });
    expect(update.status).toBe(200);
    const held = await hold;
    expect(held.status).toBe(200);
    expect(participantAt(Dialog.parse(held.body), AGENT1).state).toBe('HELD');
  });

  it('DROP held back at Finesse while UPDATE_CALL_DATA changes the same call answers the call DROPPED, not the stale ACTIVE call', async () => {
    const token = await bff.signedInAgent();
    const dialogId = await answeredCall(token);
    await bff
      .sandbox()
      .post('/sandbox/faults')
      .send({ path: `^/finesse/api/Dialog/${dialogId}$`, mode: 'latency', ms: 900, times: 1 })
      .expect(201);
    const drop = heldBack(desk.act(token, dialogId, { action: 'DROP' }));
    await faultTaken();
    expect(
      (await desk.act(token, dialogId, { action: 'UPDATE_CALL_DATA', variables: { callVariable5: 'meanwhile' } }))
        .status,
    ).toBe(200);
    const dropped = await drop;
    expect(dropped.status).toBe(200);
    expect(Dialog.parse(dropped.body).state).toBe('DROPPED');
  });

  it("TRANSFER_SST to an idle agent device, which Finesse refuses only asynchronously (BUSY), answers 409 naming the agent's part ACTIVE, not 504", async () => {
    const token = await bff.signedInAgent();
    const dialogId = await answeredCall(token);
    const response = await desk.act(token, dialogId, { action: 'TRANSFER_SST', target: '1001003' });
    expect(response.status).toBe(409);
    expect(errorOf(response)).toMatchObject({
      code: 'finesse_refused',
      message: expect.stringContaining('your part in the call is ACTIVE') as unknown,
    });
    expect(participantAt(dialogById(await desk.dialogs(token), dialogId), AGENT1).state).toBe('ACTIVE');
  });

  it("DROP on an answered call answers the call DROPPED with the agent's part in wrap-up, never the stale ACTIVE call", async () => {
    const token = await bff.signedInAgent();
    const dialogId = await answeredCall(token);
    const response = await desk.act(token, dialogId, { action: 'DROP' });
    expect(response.status).toBe(200);
    const dialog = Dialog.parse(response.body);
    expect({ id: dialog.id, state: dialog.state, agent: participantAt(dialog, AGENT1).state }).toEqual({
      id: dialogId,
      state: 'DROPPED',
      agent: 'WRAP_UP',
    });
  });

  it('UPDATE_CALL_DATA answers the call carrying the new value of callVariable4', async () => {
    const token = await bff.signedInAgent();
    const dialogId = await answeredCall(token);
    const response = await desk.act(token, dialogId, {
      action: 'UPDATE_CALL_DATA',
      variables: { callVariable4: 'polled' },
    });
    expect(response.status).toBe(200);
    expect(Dialog.parse(response.body).variables).toMatchObject({ callVariable4: 'polled' });
  });

  it('SEND_DTMF, which no dialog shows, answers 200 with the call once a read shows the agent still ACTIVE on it', async () => {
    const token = await bff.signedInAgent();
    const dialogId = await answeredCall(token);
    const response = await desk.act(token, dialogId, { action: 'SEND_DTMF', dtmf: '1' });
    expect(response.status).toBe(200);
    expect(participantAt(Dialog.parse(response.body), AGENT1).state).toBe('ACTIVE');
  });

  it('CONSULT_CALL to agent2 answers the new consult call associated with the original, not the original call', async () => {
    const token = await bff.signedInAgent();
    const dialogId = await answeredCall(token);
    await bff.signedInAgent('agent2');
    const response = await desk.act(token, dialogId, { action: 'CONSULT_CALL', target: AGENT2 });
    expect(response.status).toBe(200);
    const consult = Dialog.parse(response.body);
    expect(consult.id).not.toBe(dialogId);
    expect(consult).toMatchObject({ to: AGENT2, associatedDialogId: dialogId });
  });

  it('CONFERENCE once agent2 answered the consult call answers the original call with all three parties ACTIVE', async () => {
    const token = await bff.signedInAgent();
    const dialogId = await answeredCall(token);
    const agent2 = await bff.signedInAgent('agent2');
    const consult = Dialog.parse((await desk.act(token, dialogId, { action: 'CONSULT_CALL', target: AGENT2 })).body);
    expect((await desk.act(agent2, consult.id, { action: 'ANSWER' })).status).toBe(200);
    const conferenced = await desk.act(token, dialogId, { action: 'CONFERENCE' });
    expect(conferenced.status).toBe(200);
    const call = Dialog.parse(conferenced.body);
    expect([AGENT1, AGENT2, CALLER].map((address) => participantAt(call, address).state)).toEqual([
      'ACTIVE',
      'ACTIVE',
      'ACTIVE',
    ]);
  });

  it("POST /api/dialogs to 6505550199 answers 201 with the new call to 6505550199 from the agent's extension", async () => {
    const token = await bff.signedInAgent();
    const response = await desk.makeCall(token, { to: '6505550199' });
    expect(response.status).toBe(201);
    expect(Dialog.parse(response.body)).toMatchObject({ to: '6505550199', from: AGENT1 });
  });
});
