import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Response } from 'supertest';
import { Dialog } from '../../../shared/api/dialog.js';
import { SYSTEM_INFO_MODES, startTestBff } from '../../kit/bff.js';
import type { TestBff } from '../../kit/bff.js';
import { deskApi, dialogById, participantAt } from '../../kit/desk-api.js';
import type { DeskApi } from '../../kit/desk-api.js';

let bff: TestBff;
let desk: DeskApi;

const CALLER = '4085550100';
const AGENT1 = '1001001';
const AGENT2 = '1001002';
const errorOf = (response: Response) =>
  (response.body as { error: { code: string; message: string; upstream?: Record<string, unknown> } }).error;

/** agent1 signed in on their extension with a call from CALLER answered; answers the token and the dialog id. */
async function agentOnACall(): Promise<{ token: string; dialogId: string }> {
  const token = await bff.signedInAgent();
  const dialogId = await desk.ring(CALLER, AGENT1);
  const answered = await desk.act(token, dialogId, { action: 'ANSWER' });
  if (answered.status !== 200) throw new Error(`ANSWER answered ${answered.status}: ${answered.text}`);
  return { token, dialogId };
}

describe.each(SYSTEM_INFO_MODES)('with $name', ({ systemInfo }) => {
  beforeEach(async () => {
    bff = await startTestBff({ systemInfo });
    desk = deskApi(bff);
  });

  afterEach(async () => {
    await bff.close();
  });

  describe("GET /api/dialogs answers the agent's calls in the shape of shared/api/dialog.ts", () => {
    it('an agent with no call answers []', async () => {
      const token = await bff.signedInAgent();
      expect(await desk.dialogs(token)).toEqual([]);
    });

    it('a ringing call answers ALERTING with from, to, participants and their actions, callVariable1…10 and the ECC variable it rang with', async () => {
      const token = await bff.signedInAgent();
      const dialogId = await desk.ring(CALLER, AGENT1, { callVariable1: 'account 77', 'user.customerId': 'C-1042' });
      const [dialog, ...others] = (await desk.dialogs(token)).map((candidate) => Dialog.parse(candidate));
      expect(others).toEqual([]);
      expect(dialog).toMatchObject({ id: dialogId, mediaType: 'Voice', from: CALLER, to: AGENT1, state: 'ALERTING' });
      expect(participantAt(dialog!, AGENT1)).toMatchObject({ kind: 'agent', state: 'ALERTING', actions: ['ANSWER'] });
      expect(participantAt(dialog!, CALLER)).toMatchObject({ kind: 'external' });
      for (let index = 1; index <= 10; index++) expect(dialog!.variables).toHaveProperty([`callVariable${index}`]);
      expect(dialog!.variables).toMatchObject({
        callVariable1: 'account 77',
        callVariable2: '',
        'user.customerId': 'C-1042',
      });
    });
  });

  describe('POST /api/dialogs/:id/actions answers the Dialog once Finesse confirms the action', () => {
    it('ANSWER on a ringing call answers 200 with the Dialog ACTIVE', async () => {
      const token = await bff.signedInAgent();
      const dialogId = await desk.ring(CALLER, AGENT1);
      const response = await desk.act(token, dialogId, { action: 'ANSWER' });
      expect(response.status).toBe(200);
      const dialog = Dialog.parse(response.body);
      expect(dialog).toMatchObject({ id: dialogId, state: 'ACTIVE' });
      expect(participantAt(dialog, AGENT1).state).toBe('ACTIVE');
    });

    it("HOLD answers the agent's participant HELD, and RETRIEVE answers it ACTIVE again", async () => {
      const { token, dialogId } = await agentOnACall();
      const held = await desk.act(token, dialogId, { action: 'HOLD' });
      expect(held.status).toBe(200);
      expect(participantAt(Dialog.parse(held.body), AGENT1)).toMatchObject({
        state: 'HELD',
        actions: expect.arrayContaining(['RETRIEVE']) as unknown,
      });
      const retrieved = await desk.act(token, dialogId, { action: 'RETRIEVE' });
      expect(retrieved.status).toBe(200);
      expect(participantAt(Dialog.parse(retrieved.body), AGENT1).state).toBe('ACTIVE');
    });

    it('SEND_DTMF 12# on an active call answers 200 with the call', async () => {
      const { token, dialogId } = await agentOnACall();
      const response = await desk.act(token, dialogId, { action: 'SEND_DTMF', dtmf: '12#' });
      expect(response.status).toBe(200);
      expect(Dialog.parse(response.body)).toMatchObject({ id: dialogId, state: 'ACTIVE' });
    });

    it('UPDATE_CALL_DATA with XML metacharacters in variable values stores them exactly as sent (no escaping shows, none is lost)', async () => {
      const { token, dialogId } = await agentOnACall();
      const variables = {
        callVariable2: 'a<b>&c "q"',
        callVariable3: "&amp; ]]> &#60; 'x'",
        'user.note': '<User>x</User>',
      };
      const response = await desk.act(token, dialogId, { action: 'UPDATE_CALL_DATA', variables });
      expect(response.status).toBe(200);
      expect(Dialog.parse(response.body).variables).toMatchObject(variables);
      expect(dialogById(await desk.dialogs(token), dialogId).variables).toMatchObject(variables);
    });

    it('UPDATE_CALL_DATA with a wrap-up reason holding < and & stores it exactly as sent', async () => {
      const { token, dialogId } = await agentOnACall();
      const wrapUpReason = 'Refund <&> "done" &lt;';
      const response = await desk.act(token, dialogId, { action: 'UPDATE_CALL_DATA', wrapUpReason });
      expect(response.status).toBe(200);
      expect(dialogById(await desk.dialogs(token), dialogId).wrapUpReason).toBe(wrapUpReason);
    });

    it('DROP on a queue call answered while READY answers 200 and then the agent is in wrap-up (WORK_READY)', async () => {
      const token = await bff.signedInAgent();
      expect((await desk.setState(token, { state: 'READY' })).status).toBe(200);
      const dialogId = await desk.ring(CALLER, AGENT1);
      expect((await desk.act(token, dialogId, { action: 'ANSWER' })).status).toBe(200);
      const response = await desk.act(token, dialogId, { action: 'DROP' });
      expect(response.status).toBe(200);
      expect(Dialog.parse(response.body).id).toBe(dialogId);
      expect((await desk.agent(token)).state).toBe('WORK_READY');
    });

    it("HOLD on a ringing call answers 409 with Finesse's Invalid State as the upstream detail, and the call still rings", async () => {
      const token = await bff.signedInAgent();
      const dialogId = await desk.ring(CALLER, AGENT1);
      const response = await desk.act(token, dialogId, { action: 'HOLD' });
      expect(response.status).toBe(409);
      expect(errorOf(response)).toMatchObject({ upstream: { service: 'finesse', type: 'Invalid State' } });
      expect(participantAt(dialogById(await desk.dialogs(token), dialogId), AGENT1).state).toBe('ALERTING');
    });
  });

  describe("POST /api/dialogs makes a call from the agent's extension", () => {
    it('to "(650) 555-0199" answers 201 with a Dialog to 6505550199 (formatting removed), which becomes ACTIVE when the far end answers', async () => {
      const token = await bff.signedInAgent();
      const response = await desk.makeCall(token, { to: '(650) 555-0199' });
      expect(response.status).toBe(201);
      const dialog = Dialog.parse(response.body);
      expect(dialog).toMatchObject({ to: '6505550199', from: AGENT1 });
      await vi.waitFor(async () => expect(dialogById(await desk.dialogs(token), dialog.id).state).toBe('ACTIVE'), {
        timeout: 3000,
        interval: 20,
      });
    });

    it('while the agent is not signed in to an extension answers 409 not_signed_in', async () => {
      const { token } = await bff.signIn();
      const response = await desk.makeCall(token, { to: '6505550199' });
      expect(response.status).toBe(409);
      expect(errorOf(response).code).toBe('not_signed_in');
      expect(await desk.dialogs(token)).toEqual([]);
    });
  });

  describe('consult, transfer and single-step transfer hand the caller on', () => {
    it('CONSULT_CALL to agent2 answers the consult Dialog; once agent2 answers it, TRANSFER leaves agent1 with no call and agent2 with the caller', async () => {
      const { token, dialogId } = await agentOnACall();
      const agent2 = await bff.signedInAgent('agent2');
      const consulted = await desk.act(token, dialogId, { action: 'CONSULT_CALL', target: AGENT2 });
      expect(consulted.status).toBe(200);
      const consult = Dialog.parse(consulted.body);
      expect(consult).toMatchObject({ to: AGENT2, associatedDialogId: dialogId });
      expect(consult.id).not.toBe(dialogId);

      const answered = await desk.act(agent2, consult.id, { action: 'ANSWER' });
      expect(answered.status).toBe(200);
      expect(Dialog.parse(answered.body)).toMatchObject({ id: consult.id, state: 'ACTIVE' });

      const transferred = await desk.act(token, dialogId, { action: 'TRANSFER' });
      expect(transferred.status).toBe(200);
      expect(await desk.dialogs(token)).toEqual([]);
      const callerCall = dialogById(await desk.dialogs(agent2), dialogId);
      expect(callerCall.from).toBe(CALLER);
      expect(participantAt(callerCall, AGENT2).state).toBe('ACTIVE');
    });

    it('CONFERENCE once agent2 answered the consult call answers the original call with agent1, agent2 and the caller all ACTIVE', async () => {
      const { token, dialogId } = await agentOnACall();
      const agent2 = await bff.signedInAgent('agent2');
      const consult = Dialog.parse((await desk.act(token, dialogId, { action: 'CONSULT_CALL', target: AGENT2 })).body);
      expect((await desk.act(agent2, consult.id, { action: 'ANSWER' })).status).toBe(200);
      const conferenced = await desk.act(token, dialogId, { action: 'CONFERENCE' });
      expect(conferenced.status).toBe(200);
      const call = Dialog.parse(conferenced.body);
      expect(call.id).toBe(dialogId);
      expect([AGENT1, AGENT2, CALLER].map((address) => participantAt(call, address).state)).toEqual([
        'ACTIVE',
        'ACTIVE',
        'ACTIVE',
      ]);
    });

    it('TRANSFER_SST to an outside number answers 200 and leaves agent1 with no call', async () => {
      const { token, dialogId } = await agentOnACall();
      const response = await desk.act(token, dialogId, { action: 'TRANSFER_SST', target: '650-555-0123' });
      expect(response.status).toBe(200);
      expect(await desk.dialogs(token)).toEqual([]);
    });
  });

  describe('an agent acts only on calls in their own collection', () => {
    it("another agent's dialog id answers 404 and that agent's call goes on ringing", async () => {
      const agent1 = await bff.signedInAgent();
      const agent2 = await bff.signedInAgent('agent2');
      const dialogId = await desk.ring(CALLER, AGENT2);
      const before = { dialogs: await desk.dialogs(agent2), agents: await desk.sandboxAgents() };
      for (const action of ['ANSWER', 'DROP']) {
        const response = await desk.act(agent1, dialogId, { action });
        expect(response.status).toBe(404);
        expect(errorOf(response).code).toBe('not_found');
      }
      expect({ dialogs: await desk.dialogs(agent2), agents: await desk.sandboxAgents() }).toEqual(before);
      expect(participantAt(dialogById(before.dialogs, dialogId), AGENT2).state).toBe('ALERTING');
    });

    it('an unknown dialog id answers 404 not_found', async () => {
      const token = await bff.signedInAgent();
      const response = await desk.act(token, '99999999', { action: 'ANSWER' });
      expect(response.status).toBe(404);
      expect(errorOf(response).code).toBe('not_found');
    });

    it.each(['abc-123', '1.5', '12%2F34', '%3CUser%3E', 'a'.repeat(65)])(
      'the dialog id %j (outside [0-9A-Za-z_]{1,64}) answers 400 naming id',
      async (id) => {
        const token = await bff.signedInAgent();
        const response = await desk.act(token, id, { action: 'ANSWER' });
        expect(response.status).toBe(400);
        expect(errorOf(response)).toMatchObject({
          code: 'invalid_request',
          message: expect.stringMatching(/^id:/) as unknown,
        });
      },
    );
  });

  describe('the live picture follows Finesse when calls vanish', () => {
    it("after the emulator's /sandbox/reset, GET /api/dialogs answers [] and GET /api/agent answers LOGOUT, as Finesse announced", async () => {
      const token = await bff.signedInAgent();
      await desk.ring(CALLER, AGENT1);
      expect(await desk.dialogs(token)).toHaveLength(1);
      await bff.sandbox().post('/sandbox/reset').expect(204);
      await vi.waitFor(
        async () =>
          expect({ dialogs: await desk.dialogs(token), state: (await desk.agent(token)).state }).toEqual({
            dialogs: [],
            state: 'LOGOUT',
          }),
        {
          timeout: 3000,
          interval: 20,
        },
      );
    });

    it('an action on a call Finesse no longer has (its end not yet announced) answers 404 not_found, and the call leaves GET /api/dialogs at once', async () => {
      const token = await bff.signedInAgent();
      const dialogId = await desk.ring(CALLER, AGENT1);
      expect(await desk.dialogs(token)).toHaveLength(1);
      await bff.sandbox().post('/sandbox/notifications').send({ delayMs: 5000 }).expect(200);
      await bff.sandbox().delete(`/sandbox/calls/${dialogId}`).expect(204);
      const response = await desk.act(token, dialogId, { action: 'ANSWER' });
      expect(response.status).toBe(404);
      expect(errorOf(response).code).toBe('not_found');
      expect(await desk.dialogs(token)).toEqual([]);
    });
  });
});
