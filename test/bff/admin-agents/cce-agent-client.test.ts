import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startCceAdminEmulator } from '../../../bff/sandbox/ccadmin/cce-admin-emulator.js';
import type { CceAdminEmulator } from '../../../bff/sandbox/ccadmin/cce-admin-emulator.js';
import { CceAdminClient } from '../../../bff/src/ccadmin/cce-admin-client.js';
import type { CceAdminCredentials, CceAgentDraft } from '../../../bff/src/ccadmin/types.js';
import { failure } from '../../kit/app-failure.js';

const CREDENTIALS: CceAdminCredentials = {
  user: 'administrator',
  authorization: `Basic ${Buffer.from('administrator:sandbox').toString('base64')}`,
};
const JORDAN: CceAgentDraft = {
  firstName: 'Jordan',
  lastName: 'Lee',
  userName: 'jlee',
  password: 'first-Pass-42',
  supervisor: false,
  teamId: '5000',
};

let cce: CceAdminEmulator;
let client: CceAdminClient;

beforeAll(async () => {
  cce = await startCceAdminEmulator({ host: '127.0.0.1', port: 0 });
  client = new CceAdminClient({ baseUrl: cce.url, timeoutMs: 3000 });
});

afterEach(async () => {
  expect((await fetch(`${cce.url}/sandbox/reset`, { method: 'POST' })).status).toBeLessThan(300);
});

afterAll(async () => {
  await client.close();
  await cce.close();
});

describe('CceAdminClient lists agents through the Agent API', () => {
  it('a page of two of the three demo agents carries the total and the next start', async () => {
    const page = await client.agents(CREDENTIALS, { startIndex: 0, resultsPerPage: 2, sort: 'agentId asc' });
    expect(page).toMatchObject({ totalResults: 3, startIndex: 0, resultsPerPage: 2 });
    expect(page.items.map((agent) => agent.userName)).toEqual(['agent1', 'agent2']);
    const second = await client.agents(CREDENTIALS, { startIndex: 1, resultsPerPage: 1, sort: 'agentId asc' });
    expect(second).toMatchObject({ totalResults: 3, startIndex: 1, resultsPerPage: 1 });
    expect(second.items.map((agent) => agent.userName)).toEqual(['agent2']);
  });

  it('maps every element of an agent: ids, changeStamp, names, supervisor flag and team', async () => {
    const page = await client.agents(CREDENTIALS, { startIndex: 0, resultsPerPage: 25, q: 'whitfield' });
    expect(page.items).toEqual([
      {
        id: '5101',
        agentId: '1002001',
        changeStamp: 0,
        firstName: 'Dana',
        lastName: 'Whitfield',
        userName: 'super1',
        supervisor: true,
        loginEnabled: true,
        team: { id: '5000', name: 'Customer Care' },
      },
    ]);
  });

  it('a search matching one agent reads as a list of one', async () => {
    const page = await client.agents(CREDENTIALS, { startIndex: 0, resultsPerPage: 25, q: 'okafor' });
    expect(page.totalResults).toBe(1);
    expect(page.items.map((agent) => agent.lastName)).toEqual(['Okafor']);
  });

  it('a search matching nobody is an empty page', async () => {
    const page = await client.agents(CREDENTIALS, { startIndex: 0, resultsPerPage: 25, q: 'nobody-by-this-name' });
    expect(page).toMatchObject({ items: [], totalResults: 0 });
  });

  it('sorts by last name descending when asked', async () => {
    const page = await client.agents(CREDENTIALS, { startIndex: 0, resultsPerPage: 25, sort: 'person.lastName desc' });
    expect(page.items.map((agent) => agent.lastName)).toEqual(['Whitfield', 'Rivera', 'Okafor']);
  });

  it('lists the agent teams', async () => {
    const page = await client.agentTeams(CREDENTIALS, { startIndex: 0, resultsPerPage: 100 });
    expect(page.items).toEqual([{ id: '5000', name: 'Customer Care' }]);
  });
});

describe('CceAdminClient changes agents through the Agent API', () => {
  it('creates an agent, answers its item id from Location, and the agent reads back without a password', async () => {
    const id = await client.createAgent(CREDENTIALS, JORDAN);
    const agent = await client.agent(CREDENTIALS, id);
    expect(agent).toMatchObject({
      id,
      firstName: 'Jordan',
      lastName: 'Lee',
      userName: 'jlee',
      supervisor: false,
      team: { id: '5000', name: 'Customer Care' },
    });
    expect(JSON.stringify(agent)).not.toContain(JORDAN.password);
  });

  it('updates with the changeStamp read, which then goes up by one', async () => {
    const before = await client.agent(CREDENTIALS, '5002');
    await client.updateAgent(CREDENTIALS, '5002', before.changeStamp, {
      firstName: 'Samuel',
      lastName: 'Okafor',
      userName: 'agent2',
      supervisor: true,
    });
    expect(await client.agent(CREDENTIALS, '5002')).toMatchObject({
      firstName: 'Samuel',
      supervisor: true,
      changeStamp: before.changeStamp + 1,
    });
  });

  it('an update with a stale changeStamp is 409 stale_agent naming changeStamp, and nothing changed', async () => {
    const before = await client.agent(CREDENTIALS, '5002');
    await client.updateAgent(CREDENTIALS, '5002', before.changeStamp, {
      firstName: 'Sam',
      lastName: 'Okafor',
      userName: 'agent2',
      supervisor: false,
      description: 'first',
    });
    const error = await failure(
      client.updateAgent(CREDENTIALS, '5002', before.changeStamp, {
        firstName: 'Stale',
        lastName: 'Okafor',
        userName: 'agent2',
        supervisor: false,
      }),
    );
    expect(error).toMatchObject({ status: 409, code: 'stale_agent', details: { field: 'changeStamp' } });
    expect((await client.agent(CREDENTIALS, '5002')).firstName).toBe('Sam');
  });

  it('deletes an agent, after which it is 404 not_found', async () => {
    await client.deleteAgent(CREDENTIALS, '5002');
    const error = await failure(client.agent(CREDENTIALS, '5002'));
    expect(error).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('a user name CCE refuses is 400 invalid_request naming userName', async () => {
    const error = await failure(client.createAgent(CREDENTIALS, { ...JORDAN, userName: 'j lee' }));
    expect(error).toMatchObject({ status: 400, code: 'invalid_request', details: { field: 'userName' } });
    expect(error.message).toMatch(/^userName: /);
  });

  it('a user name already taken is 400 naming userName, and the password is in no message or log text', async () => {
    const error = await failure(client.createAgent(CREDENTIALS, { ...JORDAN, userName: 'AGENT1' }));
    expect(error).toMatchObject({ status: 400, details: { field: 'userName' } });
    expect(JSON.stringify({ message: error.message, ...error.details })).not.toContain(JORDAN.password);
  });

  it('a wrong administrator password is 401 invalid_credentials', async () => {
    const wrong = {
      user: 'administrator',
      authorization: `Basic ${Buffer.from('administrator:wrong').toString('base64')}`,
    };
    expect(await failure(client.agents(wrong, { startIndex: 0, resultsPerPage: 25 }))).toMatchObject({
      status: 401,
      code: 'invalid_credentials',
    });
  });
});
