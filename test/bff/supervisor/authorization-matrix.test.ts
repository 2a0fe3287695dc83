import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FinesseEmulator } from '../../../bff/sandbox/finesse/finesse-emulator.js';
import { bearer, startAdminBff } from '../admin/admin-kit.js';
import type { AdminBff } from '../admin/admin-kit.js';
import { startTwoTeamFinesse } from './supervisor-kit.js';

/**
 * Who may use the supervisor routes (ARCHITECTURE, "Roles decide routes"): no session 401; an agent without the
 * Supervisor role and an administrator 403; a supervisor reaching an agent outside the teams they supervise 404, as
 * other agents' objects are hidden everywhere; the team's own supervisor 200.
 */
type Caller = 'anonymous' | 'agent' | 'other supervisor' | 'team supervisor' | 'administrator';

interface Route {
  readonly method: 'get' | 'put' | 'post';
  readonly path: string;
  readonly body?: object;
  readonly expected: Readonly<Record<Caller, number>>;
}

/** agent1 (on a call) and agent2 are on team 5000, which super1 supervises and super2 does not. */
const ROUTES: readonly Route[] = [
  {
    method: 'get',
    path: '/api/team',
    expected: { anonymous: 401, agent: 403, administrator: 403, 'other supervisor': 200, 'team supervisor': 200 },
  },
  {
    method: 'get',
    path: '/api/queues',
    expected: { anonymous: 401, agent: 403, administrator: 403, 'other supervisor': 200, 'team supervisor': 200 },
  },
  {
    method: 'put',
    path: '/api/team/members/1001002/state',
    body: { state: 'LOGOUT' },
    expected: { anonymous: 401, agent: 403, administrator: 403, 'other supervisor': 404, 'team supervisor': 200 },
  },
  {
    method: 'post',
    path: '/api/team/members/1001001/monitor',
    expected: { anonymous: 401, agent: 403, administrator: 403, 'other supervisor': 404, 'team supervisor': 201 },
  },
];

let emulator: FinesseEmulator;
let admin: AdminBff;
const tokens: Partial<Record<Caller, string>> = {};

beforeAll(async () => {
  emulator = await startTwoTeamFinesse();
  admin = await startAdminBff({ emulator });
  tokens.agent = await admin.bff.signedInAgent('agent1');
  tokens['other supervisor'] = await admin.bff.signedInAgent('super2', '1002002');
  tokens['team supervisor'] = await admin.bff.signedInAgent('super1');
  tokens.administrator = await admin.signInAdministrator();
  // A member who can be signed out (agent2, signed in and Not Ready) and one whose call can be monitored (agent1).
  await admin.bff.signedInAgent('agent2');
  const ring = await admin.bff
    .sandbox()
    .post('/sandbox/calls')
    .send({ from: '+14155550123', to: '1001001' })
    .expect(201);
  await admin
    .api()
    .post(`/api/dialogs/${(ring.body as { dialogId: string }).dialogId}/actions`)
    .set('Authorization', bearer(tokens.agent))
    .send({ action: 'ANSWER' })
    .expect(200);
});

afterAll(async () => {
  await admin.close();
  await emulator.close();
});

describe('the supervisor routes answer each caller exactly as the matrix says', () => {
  for (const route of ROUTES) {
    for (const [caller, status] of Object.entries(route.expected) as [Caller, number][]) {
      it(`${route.method.toUpperCase()} ${route.path} as ${caller} answers ${status}`, async () => {
        let call = admin.api()[route.method](route.path);
        const token = tokens[caller];
        if (token !== undefined) call = call.set('Authorization', bearer(token));
        const response = await (route.body ? call.send(route.body) : call);
        expect(response.status).toBe(status);
        if (status >= 400)
          expect(response.body).toMatchObject({
            error: { code: expect.any(String) as unknown, message: expect.any(String) as unknown },
          });
      });
    }
  }

  it("a supervisor sees only the teams they supervise: super2 sees team 6000 and none of team 5000's agents", async () => {
    const response = await admin
      .api()
      .get('/api/team')
      .set('Authorization', bearer(tokens['other supervisor'] ?? ''));
    expect((response.body as { id: string }[]).map((team) => team.id)).toEqual(['6000']);
    expect(JSON.stringify(response.body)).not.toContain('1001002');
  });
});
