import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { apiErrors, readXml, useCceAdminEmulator } from './ccadmin-kit.js';
import { AGENT_PATH, AgentClient, agentBody, listOf } from './agent-kit.js';

const cce = useCceAdminEmulator();
const agents = () => new AgentClient(cce.emulator);

const AGENT1_REF = `${AGENT_PATH}/5001`;
const TEAM_REF = '/unifiedconfig/config/agentteam/5000';

/** Creates `count` agents named robin0… and answers their refURLs. */
async function createAgents(count: number): Promise<string[]> {
  const refs: string[] = [];
  for (let index = 0; index < count; index++) {
    const response = await agents().create(agentBody({ userName: `robin${index}`, lastName: `Hale${index}` }));
    expect(response.status).toBe(201);
    refs.push(new URL(String(response.headers.location)).pathname);
  }
  return refs;
}

describe('agent get', () => {
  it('a demo agent answers 200 XML with refURL, changeStamp, agentId, person and team, and never the password', async () => {
    const response = await agents().get(AGENT1_REF);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/xml/);
    const agent = readXml(response.text, 'agent');
    expect(agent).toMatchObject({ refURL: AGENT1_REF, changeStamp: '0', agentId: '1001001', supervisor: 'false' });
    expect(agent.person).toMatchObject({
      firstName: 'Alex',
      lastName: 'Rivera',
      userName: 'agent1',
      loginEnabled: 'true',
    });
    expect(agent.agentTeam).toMatchObject({ refURL: TEAM_REF, name: 'Customer Care' });
    expect(response.text).not.toContain('sandbox');
    expect(response.text).not.toContain('<password>');
  });

  it('an unknown id answers 404 with an apiErrors body', async () => {
    const response = await agents().get(`${AGENT_PATH}/9999`);
    expect(response.status).toBe(404);
    expect(apiErrors(response.text)[0]?.errorType).toBe('notFound');
  });

  it('without the administrator credentials the agent API answers 401', async () => {
    expect((await request(cce.emulator.url).get(AGENT_PATH)).status).toBe(401);
  });
});

describe('agent list: paging, search and sort', () => {
  it('lists the three demo agents by id with the documented pageInfo', async () => {
    const { pageInfo, items } = listOf((await agents().list()).text, 'agents', 'agent');
    expect(items.map((agent) => agent.refURL)).toEqual([
      `${AGENT_PATH}/5001`,
      `${AGENT_PATH}/5002`,
      `${AGENT_PATH}/5101`,
    ]);
    expect(pageInfo).toMatchObject({ resultsPerPage: '25', startIndex: '0', totalResults: '3' });
    expect(pageInfo.prevPage).toBeUndefined();
    expect(pageInfo.nextPage).toBeUndefined();
    expect(String(pageInfo.firstPage)).toBe(`${cce.emulator.url}${AGENT_PATH}?resultsPerPage=25`);
  });

  it('resultsPerPage=2 from startIndex 2 of 5 is the middle page, with first, last, previous and next links', async () => {
    await createAgents(2);
    const response = await agents().list({ resultsPerPage: '2', startIndex: '2' });
    const { pageInfo, items } = listOf(response.text, 'agents', 'agent');
    expect(items).toHaveLength(2);
    expect(pageInfo).toMatchObject({ resultsPerPage: '2', startIndex: '2', totalResults: '5' });
    expect(String(pageInfo.prevPage)).toBe(`${cce.emulator.url}${AGENT_PATH}?startIndex=0&resultsPerPage=2`);
    expect(String(pageInfo.nextPage)).toBe(`${cce.emulator.url}${AGENT_PATH}?startIndex=4&resultsPerPage=2`);
    // The last page is a full one, as a startIndex past the end answers it.
    expect(String(pageInfo.lastPage)).toBe(`${cce.emulator.url}${AGENT_PATH}?startIndex=3&resultsPerPage=2`);
  });

  it('a startIndex past the end answers the full last page', async () => {
    const { pageInfo, items } = listOf(
      (await agents().list({ resultsPerPage: '2', startIndex: '50' })).text,
      'agents',
      'agent',
    );
    expect(pageInfo).toMatchObject({ startIndex: '1', totalResults: '3' });
    expect(items.map((agent) => agent.agentId)).toEqual(['1001002', '1002001']);
  });

  for (const [name, value] of [
    ['resultsPerPage', '0'],
    ['resultsPerPage', '101'],
    ['resultsPerPage', 'ten'],
    ['startIndex', '-1'],
  ] as const) {
    it(`${name}=${value} answers 400 invalidInput naming ${name}`, async () => {
      const response = await agents().list({ [name]: value });
      expect(response.status).toBe(400);
      expect(apiErrors(response.text)[0]).toMatchObject({ errorData: name, errorType: 'invalidInput.outOfRange' });
    });
  }

  it('q= finds agents whose user name, names, agentId or description contain the term, case-insensitively', async () => {
    const response = await agents().list({ q: 'RIVERA' });
    const { pageInfo, items } = listOf(response.text, 'agents', 'agent');
    expect(items.map((agent) => agent.agentId)).toEqual(['1001001']);
    expect(pageInfo).toMatchObject({ totalResults: '1', searchTerm: 'RIVERA' });
    expect(listOf((await agents().list({ q: '100100' })).text, 'agents', 'agent').items).toHaveLength(2);
  });

  it('q= with two words finds only agents matching both', async () => {
    expect(
      listOf((await agents().list({ q: 'sam okafor' })).text, 'agents', 'agent').items.map((agent) => agent.agentId),
    ).toEqual(['1001002']);
    expect(listOf((await agents().list({ q: 'sam rivera' })).text, 'agents', 'agent').items).toEqual([]);
  });

  it('sort=person.lastName desc orders by last name, newest letters first, and echoes the sortTerm', async () => {
    const response = await agents().list({ sort: 'person.lastName desc' });
    const { pageInfo, items } = listOf(response.text, 'agents', 'agent');
    expect(items.map((agent) => (agent.person as Record<string, unknown>).lastName)).toEqual([
      'Whitfield',
      'Rivera',
      'Okafor',
    ]);
    expect(pageInfo.sortTerm).toBe('person.lastName desc');
  });

  it('sort=person.userName (ascending by default) keeps the page links carrying the sort', async () => {
    const response = await agents().list({ sort: 'person.userName', resultsPerPage: '1' });
    const { pageInfo, items } = listOf(response.text, 'agents', 'agent');
    expect(items.map((agent) => (agent.person as Record<string, unknown>).userName)).toEqual(['agent1']);
    expect(new URL(String(pageInfo.nextPage)).searchParams.get('sort')).toBe('person.userName');
  });

  it('sorting on a field that is not sortable answers 400 naming sort', async () => {
    const response = await agents().list({ sort: 'person.password' });
    expect(response.status).toBe(400);
    expect(apiErrors(response.text)[0]).toMatchObject({ errorData: 'sort', errorType: 'invalidInput.invalidValue' });
  });
});

describe('agent create', () => {
  it('answers 201 with the new agent in Location; it gets an id, changeStamp 0, and an autogenerated 7-digit agentId', async () => {
    const response = await agents().create(agentBody({ userName: 'robin', teamRefURL: TEAM_REF }));
    expect(response.status).toBe(201);
    const location = new URL(String(response.headers.location));
    expect(location.origin).toBe(cce.emulator.url);
    const agent = await agents().read(location.pathname);
    expect(agent).toMatchObject({ refURL: location.pathname, changeStamp: '0' });
    expect(String(agent.agentId)).toMatch(/^[0-9]{7}$/);
    expect(agent.agentTeam).toMatchObject({ refURL: TEAM_REF });
  });

  const INVALID: [string, string, string, string][] = [
    [
      'no person.userName',
      '<agent><person><firstName>A</firstName><lastName>B</lastName><password>x</password></person><supervisor>false</supervisor></agent>',
      'person.userName',
      'invalidInput.fieldRequired',
    ],
    [
      'no supervisor',
      '<agent><person><firstName>A</firstName><lastName>B</lastName><userName>ab</userName><password>x</password></person></agent>',
      'supervisor',
      'invalidInput.fieldRequired',
    ],
    [
      'a supervisor of "maybe"',
      agentBody({ userName: 'ab' }).replace('<supervisor>false', '<supervisor>maybe'),
      'supervisor',
      'invalidInput.invalidValue',
    ],
    [
      'a 33-character firstName',
      agentBody({ userName: 'ab', firstName: 'x'.repeat(33) }),
      'person.firstName',
      'invalidInput.fieldLengthExceeded',
    ],
    ['a userName with a space', agentBody({ userName: 'a b' }), 'person.userName', 'invalidInput.invalidCharacters'],
    [
      'an agentId with letters',
      agentBody({ userName: 'ab', agentId: '12ab' }),
      'agentId',
      'invalidInput.invalidCharacters',
    ],
    [
      'a 12-digit agentId',
      agentBody({ userName: 'ab', agentId: '123456789012' }),
      'agentId',
      'invalidInput.fieldLengthExceeded',
    ],
    [
      'the userName of another agent',
      agentBody({ userName: 'AGENT2' }),
      'person.userName',
      'invalidInput.duplicateValue',
    ],
    [
      'the agentId of another agent',
      agentBody({ userName: 'ab', agentId: '1001001' }),
      'agentId',
      'invalidInput.duplicateValue',
    ],
    [
      'a team that does not exist',
      agentBody({ userName: 'ab', teamRefURL: '/unifiedconfig/config/agentteam/77' }),
      'agentTeam',
      'invalidInput.invalidReference',
    ],
    ['another root element', '<user><person/></user>', '', 'invalidInput.malformedXml'],
  ];
  for (const [what, body, field, errorType] of INVALID) {
    it(`a body with ${what} answers 400 ${errorType}${field === '' ? '' : ` naming ${field}`}, and creates nothing`, async () => {
      const response = await agents().create(body);
      expect(response.status).toBe(400);
      const error = apiErrors(response.text)[0];
      expect(error?.errorType).toBe(errorType);
      if (field !== '') expect(error?.errorData).toBe(field);
      expect(listOf((await agents().list()).text, 'agents', 'agent').pageInfo.totalResults).toBe('3');
    });
  }
});

describe('agent update with changeStamp', () => {
  it('the current changeStamp saves the change (200) and the changeStamp goes up by one', async () => {
    const response = await agents().update(
      AGENT1_REF,
      agentBody({
        changeStamp: '0',
        agentId: '1001001',
        userName: 'agent1',
        firstName: 'Alexandra',
        lastName: 'Rivera',
        teamRefURL: TEAM_REF,
      }),
    );
    expect(response.status).toBe(200);
    const agent = await agents().read(AGENT1_REF);
    expect(agent).toMatchObject({ changeStamp: '1' });
    expect(agent.person).toMatchObject({ firstName: 'Alexandra' });
  });

  it('a stale changeStamp answers 400 naming changeStamp and changes nothing', async () => {
    const first = agentBody({
      changeStamp: '0',
      agentId: '1001001',
      userName: 'agent1',
      firstName: 'First',
      teamRefURL: TEAM_REF,
    });
    expect((await agents().update(AGENT1_REF, first)).status).toBe(200);
    const second = agentBody({
      changeStamp: '0',
      agentId: '1001001',
      userName: 'agent1',
      firstName: 'Second',
      teamRefURL: TEAM_REF,
    });
    const response = await agents().update(AGENT1_REF, second);
    expect(response.status).toBe(400);
    expect(apiErrors(response.text)[0]).toMatchObject({
      errorData: 'changeStamp',
      errorType: 'invalidInput.staleChangeStamp',
    });
    expect((await agents().read(AGENT1_REF)).person).toMatchObject({ firstName: 'First' });
  });

  it('an update without a changeStamp answers 400 fieldRequired naming changeStamp', async () => {
    const response = await agents().update(AGENT1_REF, agentBody({ agentId: '1001001', userName: 'agent1' }));
    expect(response.status).toBe(400);
    expect(apiErrors(response.text)[0]).toMatchObject({
      errorData: 'changeStamp',
      errorType: 'invalidInput.fieldRequired',
    });
  });

  it('an update of an unknown agent answers 404', async () => {
    expect((await agents().update(`${AGENT_PATH}/9999`, agentBody({ changeStamp: '0', userName: 'x' }))).status).toBe(
      404,
    );
  });
});

describe('agent delete', () => {
  it('answers 200; the agent is gone from get and list', async () => {
    const [ref] = await createAgents(1);
    expect((await agents().delete(ref!)).status).toBe(200);
    expect((await agents().get(ref!)).status).toBe(404);
    expect(listOf((await agents().list()).text, 'agents', 'agent').pageInfo.totalResults).toBe('3');
  });

  it('an unknown agent answers 404', async () => {
    expect((await agents().delete(`${AGENT_PATH}/9999`)).status).toBe(404);
  });
});

describe('agent team list and get', () => {
  it('lists team 5000 with its refURL, changeStamp and name', async () => {
    const { pageInfo, items } = listOf(
      (await agents().get('/unifiedconfig/config/agentteam')).text,
      'agentTeams',
      'agentTeam',
    );
    expect(pageInfo).toMatchObject({ totalResults: '1' });
    expect(items[0]).toMatchObject({ refURL: TEAM_REF, changeStamp: '0', name: 'Customer Care' });
  });

  it('gets team 5000 with its agents and its supervisor as references', async () => {
    const response = await agents().get(TEAM_REF);
    expect(response.status).toBe(200);
    const team = readXml(response.text, 'agentTeam');
    const members = (team.agents as Record<string, unknown>).agent as Record<string, unknown>[];
    expect(members.map((member) => member.refURL)).toEqual([
      `${AGENT_PATH}/5001`,
      `${AGENT_PATH}/5002`,
      `${AGENT_PATH}/5101`,
    ]);
    expect((team.supervisors as Record<string, unknown>).supervisor).toMatchObject({
      refURL: `${AGENT_PATH}/5101`,
      userName: 'super1',
    });
    expect(team.agentCount).toBe('3');
  });

  it('an unknown team answers 404', async () => {
    expect((await agents().get('/unifiedconfig/config/agentteam/77')).status).toBe(404);
  });
});
