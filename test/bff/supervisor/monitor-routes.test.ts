import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { bearer, startTestBff } from '../../kit/bff.js';
import type { TestBff } from '../../kit/bff.js';
import type { Dialog } from '../../../shared/api/dialog.js';

let bff: TestBff | undefined;

afterEach(async () => {
  await bff?.close();
  bff = undefined;
});

const AGENT1 = '1001001';
const SUPER1 = '1002001';
const CALLER = '+14155550123';

/** agent1 talking with a caller, and super1 signed in (NOT_READY, as Finesse wants a monitoring supervisor). */
async function agent1OnACall(test: TestBff): Promise<{ supervisor: string; agent: string; callId: string }> {
  const agent = await test.signedInAgent('agent1');
  const supervisor = await test.signedInAgent('super1');
  const ring = await test.sandbox().post('/sandbox/calls').send({ from: CALLER, to: AGENT1 }).expect(201);
  const callId = (ring.body as { dialogId: string }).dialogId;
  await request(test.app)
    .post(`/api/dialogs/${callId}/actions`)
    .set('Authorization', bearer(agent))
    .send({ action: 'ANSWER' })
    .expect(200);
  return { supervisor, agent, callId };
}

const act = (test: TestBff, token: string, dialogId: string, body: object) =>
  request(test.app).post(`/api/dialogs/${dialogId}/actions`).set('Authorization', bearer(token)).send(body);

describe.each([
  { transport: 'XMPP', xmpp: true },
  { transport: 'polling', xmpp: false },
])('silent monitor, barge-in and participant drop through the BFF, notifications over $transport', ({ xmpp }) => {
  it("POST /api/team/members/:id/monitor answers 201 with the SUPERVISOR_MONITOR call on the agent's call; DROP on it ends the monitor", async () => {
    bff = await startTestBff({ xmpp });
    const { supervisor, callId } = await agent1OnACall(bff);
    const response = await request(bff.app)
      .post(`/api/team/members/${AGENT1}/monitor`)
      .set('Authorization', bearer(supervisor));
    expect(response.status).toBe(201);
    const monitor = response.body as Dialog;
    expect(monitor).toMatchObject({ callType: 'SUPERVISOR_MONITOR', to: AGENT1, associatedDialogId: callId });
    const ended = await act(bff, supervisor, monitor.id, { action: 'DROP' });
    expect(ended.status).toBe(200);
    expect((await request(bff.app).get('/api/dialogs').set('Authorization', bearer(supervisor))).body).toEqual([]);
  });

  it("BARGE_CALL on the monitor call answers the agent's call as a conference with super1; PARTICIPANT_DROP of the agent leaves super1 with the caller", async () => {
    bff = await startTestBff({ xmpp });
    const { supervisor, callId } = await agent1OnACall(bff);
    const monitor = (
      await request(bff.app).post(`/api/team/members/${AGENT1}/monitor`).set('Authorization', bearer(supervisor))
    ).body as Dialog;
    const barged = await act(bff, supervisor, monitor.id, { action: 'BARGE_CALL' });
    expect(barged.status).toBe(200);
    expect(barged.body).toMatchObject({ id: callId, callType: 'CONFERENCE' });
    expect((barged.body as Dialog).participants.map((participant) => participant.address).sort()).toEqual(
      [CALLER, AGENT1, SUPER1].sort(),
    );
    const dropped = await act(bff, supervisor, callId, { action: 'PARTICIPANT_DROP', target: AGENT1 });
    expect(dropped.status).toBe(200);
    const live = (dropped.body as Dialog).participants
      .filter((participant) => participant.state === 'ACTIVE')
      .map((participant) => participant.address);
    expect(live.sort()).toEqual([CALLER, SUPER1].sort());
  });
});

describe('the screen pop of a silent monitor call', () => {
  it("shows the supervisor the monitored agent's caller: Maria Garcia, matched by her number", async () => {
    bff = await startTestBff();
    const { supervisor, callId } = await agent1OnACall(bff);
    const monitor = (
      await request(bff.app).post(`/api/team/members/${AGENT1}/monitor`).set('Authorization', bearer(supervisor))
    ).body as Dialog;
    const response = await request(bff.app)
      .get('/api/context')
      .query({ dialogId: monitor.id })
      .set('Authorization', bearer(supervisor));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      dialogId: callId,
      match: 'phone',
      customer: { firstName: 'Maria', lastName: 'Garcia' },
    });
  });
});

describe('the supervisor call actions refuse', () => {
  it("monitoring an agent who is not signed in with 409, and an agent outside super1's teams with 404", async () => {
    bff = await startTestBff();
    const supervisor = await bff.signedInAgent('super1');
    const response = await request(bff.app)
      .post('/api/team/members/1001002/monitor')
      .set('Authorization', bearer(supervisor));
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ error: { code: 'not_signed_in' } });
    expect(
      (await request(bff.app).post('/api/team/members/9999999/monitor').set('Authorization', bearer(supervisor)))
        .status,
    ).toBe(404);
  });

  it('BARGE_CALL and PARTICIPANT_DROP from an agent without the Supervisor role with 403, PARTICIPANT_DROP without a target with 400', async () => {
    bff = await startTestBff();
    const { agent, supervisor, callId } = await agent1OnACall(bff);
    expect((await act(bff, agent, callId, { action: 'PARTICIPANT_DROP', target: CALLER })).status).toBe(403);
    expect((await act(bff, agent, callId, { action: 'BARGE_CALL' })).status).toBe(403);
    expect((await act(bff, supervisor, callId, { action: 'PARTICIPANT_DROP' })).status).toBe(400);
  });
});
