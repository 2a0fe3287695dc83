import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { SYSTEM_INFO_MODES, bearer } from '../../kit/bff.js';
import type { TestBff } from '../../kit/bff.js';
import { dataOf } from '../../kit/event-stream-reader.js';
import type { Team } from '../../../shared/api/team.js';
import { useSupervisorBff } from './supervisor-kit.js';

const supervised = useSupervisorBff();

async function started(options: Parameters<typeof supervised.start>[0] = {}): Promise<TestBff> {
  return supervised.start(options);
}

const AGENT1 = '1001001';

function memberOf(teams: Team[], id: string) {
  return teams.flatMap((team) => team.members).find((member) => member.id === id);
}

describe.each(SYSTEM_INFO_MODES)('the team view with $name', ({ systemInfo }) => {
  it("GET /api/team answers super1's team 5000 with every member, signed in or not, and whether they are on a call", async () => {
    const test = await started({ systemInfo });
    await test.signedInAgent('agent1');
    const { token } = await test.signIn('super1');
    const response = await request(test.app).get('/api/team').set('Authorization', bearer(token));
    expect(response.status).toBe(200);
    const [team] = response.body as Team[];
    expect(team).toMatchObject({ id: '5000', name: 'Customer Care' });
    expect(team?.members.map((member) => member.id).sort()).toEqual(['1001001', '1001002', '1002001']);
    expect(memberOf(response.body as Team[], AGENT1)).toMatchObject({
      firstName: 'Alex',
      lastName: 'Rivera',
      state: 'NOT_READY',
      extension: AGENT1,
      onCall: false,
    });
    expect(memberOf(response.body as Team[], '1001002')).toMatchObject({ state: 'LOGOUT', extension: '' });
  });
});

const TRANSPORTS = [
  { transport: 'XMPP', xmpp: true },
  { transport: 'polling', xmpp: false },
];

describe.each(TRANSPORTS)('the team kept live, notifications over $transport', ({ xmpp }) => {
  it("agent1 going Ready reaches super1's event stream as a team_member event, and GET /api/team shows it", async () => {
    const test = await started({ xmpp });
    const agent1 = await test.signedInAgent('agent1');
    const { token } = await test.signIn('super1');
    const reader = await supervised.openEvents(test, token);
    await request(test.app)
      .put('/api/agent/state')
      .set('Authorization', bearer(agent1))
      .send({ state: 'READY' })
      .expect(200);
    const frame = await reader.waitFor(
      (candidate) =>
        candidate.event === 'team_member' &&
        (dataOf(candidate) as { member: { state: string } }).member.state === 'READY',
    );
    expect(dataOf(frame)).toMatchObject({ teamId: '5000', change: 'changed', member: { id: AGENT1, state: 'READY' } });
    const teams = (await request(test.app).get('/api/team').set('Authorization', bearer(token))).body as Team[];
    expect(memberOf(teams, AGENT1)).toMatchObject({ state: 'READY' });
  });
});

describe.each(TRANSPORTS)("a member's state changed by their supervisor, notifications over $transport", ({ xmpp }) => {
  it('READY for a NOT_READY member answers the member READY once Finesse confirms, and agent1 sees it too', async () => {
    const test = await started({ xmpp });
    const agent1 = await test.signedInAgent('agent1');
    const { token } = await test.signIn('super1');
    const response = await request(test.app)
      .put(`/api/team/members/${AGENT1}/state`)
      .set('Authorization', bearer(token))
      .send({ state: 'READY' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: AGENT1, state: 'READY' });
    expect((await request(test.app).get('/api/agent').set('Authorization', bearer(agent1))).body).toMatchObject({
      state: 'READY',
    });
  });

  it('NOT_READY for a member who is NOT_READY already answers 409 saying what Finesse shows', async () => {
    const test = await started({ xmpp });
    await test.signedInAgent('agent1');
    const { token } = await test.signIn('super1');
    const response = await request(test.app)
      .put(`/api/team/members/${AGENT1}/state`)
      .set('Authorization', bearer(token))
      .send({ state: 'NOT_READY' });
    // Finesse refuses NOT_READY unless the member is READY, WORK or WORK_READY; the member's state stays as it was.
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      error: { code: 'finesse_refused', message: expect.stringContaining('the agent is NOT_READY') as unknown },
    });
  });

  it('LOGOUT for a signed-out member answers 409, and a reason code is refused before Finesse is asked (400)', async () => {
    const test = await started({ xmpp });
    const { token } = await test.signIn('super1');
    expect(
      (
        await request(test.app)
          .put('/api/team/members/1001002/state')
          .set('Authorization', bearer(token))
          .send({ state: 'READY' })
      ).status,
    ).toBe(409);
    const withReason = await request(test.app)
      .put('/api/team/members/1001002/state')
      .set('Authorization', bearer(token))
      .send({ state: 'NOT_READY', reasonCodeId: '2' });
    expect(withReason.status).toBe(400);
    expect(withReason.body).toMatchObject({ error: { code: 'invalid_request' } });
  });
});
