import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AdminAgent, AgentPage, AgentTeamList } from '../../../shared/api/admin-agents.js';
import { bearer, errorOf, startAdminBff } from '../admin/admin-kit.js';
import type { AdminBff } from '../admin/admin-kit.js';

const JORDAN = {
  firstName: 'Jordan',
  lastName: 'Lee',
  userName: 'jlee',
  password: 'Jordan-Initial-Pw-8812',
  supervisor: false,
  teamId: '5000',
};

let admin: AdminBff;
let auth: string;

beforeAll(async () => {
  admin = await startAdminBff();
  auth = bearer(await admin.signInAdministrator());
});

afterEach(async () => {
  await admin
    .cceSandbox()
    .post('/sandbox/reset')
    .expect((response) => expect(response.status).toBeLessThan(300));
});

afterAll(async () => {
  await admin.close();
});

const api = () => admin.api();

describe('GET /api/admin/agents lists CCE agents a page at a time', () => {
  it('page 2 of size 1 sorted by last name is the second agent by last name, with the total', async () => {
    const response = await api()
      .get('/api/admin/agents')
      .query({ page: '2', pageSize: '1', sort: 'lastName' })
      .set('Authorization', auth)
      .expect(200);
    const page = AgentPage.parse(response.body);
    expect(page).toMatchObject({ page: 2, pageSize: 1, total: 3 });
    expect(page.agents.map((agent) => agent.lastName)).toEqual(['Rivera']);
  });

  it('q finds agents by name and -sort sorts descending', async () => {
    const found = AgentPage.parse(
      (await api().get('/api/admin/agents?q=rivera').set('Authorization', auth).expect(200)).body,
    );
    expect(found.agents.map((agent) => agent.userName)).toEqual(['agent1']);
    const descending = AgentPage.parse(
      (await api().get('/api/admin/agents?sort=-userName').set('Authorization', auth).expect(200)).body,
    );
    expect(descending.agents.map((agent) => agent.userName)).toEqual(['super1', 'agent2', 'agent1']);
  });

  it.each([
    ['page=0', 'page'],
    ['pageSize=101', 'pageSize'],
    ['sort=password', 'sort'],
    ['limit=5', undefined],
  ])('?%s answers 400 invalid_request', async (query, field) => {
    const response = await api().get(`/api/admin/agents?${query}`).set('Authorization', auth).expect(400);
    expect(errorOf(response).code).toBe('invalid_request');
    expect((response.body as { error: { field?: string } }).error.field).toBe(field);
  });

  it('GET /api/admin/teams lists the agent teams', async () => {
    expect(
      AgentTeamList.parse((await api().get('/api/admin/teams').set('Authorization', auth).expect(200)).body),
    ).toEqual({ teams: [{ id: '5000', name: 'Customer Care' }] });
  });
});

describe('an administrator creates, changes and deletes agents', () => {
  it('POST creates the agent: 201 with its Location and the agent, never the password', async () => {
    const response = await api().post('/api/admin/agents').set('Authorization', auth).send(JORDAN).expect(201);
    const agent = AdminAgent.parse(response.body);
    expect(agent).toMatchObject({
      firstName: 'Jordan',
      lastName: 'Lee',
      userName: 'jlee',
      supervisor: false,
      team: { id: '5000', name: 'Customer Care' },
    });
    expect(response.headers.location).toBe(`/api/admin/agents/${agent.id}`);
    expect(response.text).not.toContain(JORDAN.password);
  });

  it.each([
    [{ ...JORDAN, firstName: '' }, 'firstName'],
    [{ ...JORDAN, userName: 'j lee' }, 'userName'],
    [{ ...JORDAN, password: undefined }, 'password'],
    [{ ...JORDAN, supervisor: 'yes' }, 'supervisor'],
    [{ ...JORDAN, teamId: 'x' }, 'teamId'],
  ])('a create the BFF refuses answers 400 naming the field (%#)', async (body, field) => {
    const response = await api().post('/api/admin/agents').set('Authorization', auth).send(body).expect(400);
    expect(response.body).toMatchObject({ error: { code: 'invalid_request', field } });
  });

  it('a user name CCE already has answers 400 naming userName, with CCE as the upstream', async () => {
    const response = await api()
      .post('/api/admin/agents')
      .set('Authorization', auth)
      .send({ ...JORDAN, userName: 'agent1' })
      .expect(400);
    expect(response.body).toMatchObject({
      error: { code: 'invalid_request', field: 'userName', upstream: { service: 'ccadmin', status: 400 } },
    });
  });

  it('PUT with the changeStamp read changes the agent; the same changeStamp again is 409 stale_agent', async () => {
    const read = await api().get('/api/admin/agents/5002').set('Authorization', auth).expect(200);
    expect(read.headers.etag).toBe('"0"');
    const changed = { firstName: 'Samuel', lastName: 'Okafor', userName: 'agent2', supervisor: false, teamId: '5000' };
    const updated = await api()
      .put('/api/admin/agents/5002')
      .set('Authorization', auth)
      .set('If-Match', read.headers.etag as string)
      .send(changed)
      .expect(200);
    expect(AdminAgent.parse(updated.body)).toMatchObject({ firstName: 'Samuel', changeStamp: 1 });
    const stale = await api()
      .put('/api/admin/agents/5002')
      .set('Authorization', auth)
      .send({ ...changed, firstName: 'Sammy', changeStamp: 0 })
      .expect(409);
    expect(stale.body).toMatchObject({ error: { code: 'stale_agent', field: 'changeStamp' } });
  });

  it('PUT without a changeStamp answers 400 naming changeStamp', async () => {
    const response = await api()
      .put('/api/admin/agents/5002')
      .set('Authorization', auth)
      .send({ firstName: 'A', lastName: 'B', userName: 'agent2', supervisor: false })
      .expect(400);
    expect(response.body).toMatchObject({ error: { code: 'invalid_request', field: 'changeStamp' } });
  });

  it('DELETE answers 204, then the agent is 404 not_found', async () => {
    await api().delete('/api/admin/agents/5002').set('Authorization', auth).expect(204);
    expect(errorOf(await api().get('/api/admin/agents/5002').set('Authorization', auth).expect(404)).code).toBe(
      'not_found',
    );
  });

  it('a path id that is not CCE item digits answers 400', async () => {
    expect(errorOf(await api().get('/api/admin/agents/abc').set('Authorization', auth).expect(400)).code).toBe(
      'invalid_request',
    );
  });

  it('each change is in the audit trail with who, what, which agent and the outcome, and the password is in no row or log line', async () => {
    const since = new Date();
    const created = AdminAgent.parse(
      (await api().post('/api/admin/agents').set('Authorization', auth).send(JORDAN).expect(201)).body,
    );
    await api()
      .post('/api/admin/agents')
      .set('Authorization', auth)
      .send({ ...JORDAN, userName: 'agent1' })
      .expect(400);
    await api()
      .put(`/api/admin/agents/${created.id}`)
      .set('Authorization', auth)
      .send({ ...JORDAN, changeStamp: created.changeStamp, firstName: 'Jordy' })
      .expect(200);
    await api().delete(`/api/admin/agents/${created.id}`).set('Authorization', auth).expect(204);
    const rows = await admin.bff.assembly.store.audit.list({ limit: 20 });
    const agentRows = rows.filter((row) => row.action.startsWith('admin.agent_') && row.at >= since);
    // Rows of the same millisecond have no order among them: compared as a set.
    expect(agentRows.map((row) => `${row.actor} ${row.action} ${row.outcome}`).sort()).toEqual([
      'administrator admin.agent_create ok',
      'administrator admin.agent_create refused',
      'administrator admin.agent_delete ok',
      'administrator admin.agent_update ok',
    ]);
    expect(agentRows.find((row) => row.action === 'admin.agent_create' && row.outcome === 'ok')?.subject).toContain(
      `agent ${created.id} (jlee`,
    );
    expect(agentRows.find((row) => row.action === 'admin.agent_update')?.detail).toBe('password changed');
    expect(JSON.stringify(rows)).not.toContain(JORDAN.password);
    expect(admin.bff.logs.join('')).not.toContain(JORDAN.password);
  });
});

describe('only administrators reach agent administration', () => {
  const ROUTES = [
    ['get', '/api/admin/agents'],
    ['post', '/api/admin/agents'],
    ['get', '/api/admin/agents/5001'],
    ['put', '/api/admin/agents/5001'],
    ['delete', '/api/admin/agents/5001'],
    ['get', '/api/admin/teams'],
  ] as const;

  it.each(ROUTES)('%s %s: anonymous 401, agent 403, supervisor 403', async (method, path) => {
    expect((await api()[method](path).send(JORDAN)).status).toBe(401);
    for (const user of ['agent1', 'super1']) {
      const { token } = await admin.bff.signIn(user);
      const response = await api()[method](path).set('Authorization', bearer(token)).send(JORDAN);
      expect([user, response.status, errorOf(response).code]).toEqual([user, 403, 'forbidden']);
    }
  });

  it('an administrator reads the list and the teams (200)', async () => {
    expect((await api().get('/api/admin/agents').set('Authorization', auth)).status).toBe(200);
    expect((await api().get('/api/admin/teams').set('Authorization', auth)).status).toBe(200);
  });

  it('nothing changed at CCE after the refused requests', async () => {
    const page = AgentPage.parse((await api().get('/api/admin/agents').set('Authorization', auth).expect(200)).body);
    expect(page.agents.map((agent) => agent.userName)).toEqual(['agent2', 'agent1', 'super1']);
  });
});
