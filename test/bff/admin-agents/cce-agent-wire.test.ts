import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CceAdminClient } from '../../../bff/src/ccadmin/cce-admin-client.js';
import type { CceAdminCredentials } from '../../../bff/src/ccadmin/types.js';
import { failure } from '../../kit/app-failure.js';
import { listen } from '../../kit/listening-server.js';
import type { ListeningServer } from '../../kit/listening-server.js';

/** A stub CCE answering what a real one may: elements in another order than the emulator's, optional ones left out. */
const CREDENTIALS: CceAdminCredentials = { user: 'administrator', authorization: 'Basic YWRtaW5pc3RyYXRvcjpzYW5kYm94' };

const SHUFFLED_LIST = `<?xml version="1.0" encoding="UTF-8"?>
<results>
  <agents>
    <agent>
      <supervisor>true</supervisor>
      <person><userName>rkhan</userName><lastName>Khan</lastName><firstName>Rui</firstName><password>******</password></person>
      <agentTeam><name>Billing</name><refURL>https://cce.example.com/unifiedconfig/config/agentteam/5007</refURL></agentTeam>
      <agentId>2001001</agentId>
      <peripheral><id>5000</id><name>CUCM_PG_1</name></peripheral>
      <refURL>https://cce.example.com/unifiedconfig/config/agent/6001</refURL>
      <changeStamp>12</changeStamp>
    </agent>
  </agents>
  <pageInfo><totalResults>41</totalResults><resultsPerPage>25</resultsPerPage><startIndex>25</startIndex></pageInfo>
</results>`;

const MINIMAL_AGENT =
  '<agent><refURL>/unifiedconfig/config/agent/6002</refURL><changeStamp>0</changeStamp><agentId>2001002</agentId><person><userName>ops</userName></person></agent>';

let stub: ListeningServer;
let answer: { status: number; body: string; headers?: Record<string, string> };
let client: CceAdminClient;

beforeAll(async () => {
  stub = await listen((_request, response) => {
    response.writeHead(answer.status, { 'Content-Type': 'application/xml', ...answer.headers });
    response.end(answer.body);
  });
  client = new CceAdminClient({ baseUrl: stub.url, timeoutMs: 1000 });
});

beforeEach(() => {
  answer = { status: 200, body: '' };
});

afterAll(async () => {
  await client.close();
  await stub.close();
});

describe('CceAdminClient reads the Agent API as Cisco documents it, not only as the emulator writes it', () => {
  it('a list with its elements shuffled, pageInfo last and a list of one reads as the agent and page it is', async () => {
    answer = { status: 200, body: SHUFFLED_LIST };
    const page = await client.agents(CREDENTIALS, { startIndex: 25, resultsPerPage: 25 });
    expect(page).toEqual({
      startIndex: 25,
      resultsPerPage: 25,
      totalResults: 41,
      items: [
        {
          id: '6001',
          agentId: '2001001',
          changeStamp: 12,
          firstName: 'Rui',
          lastName: 'Khan',
          userName: 'rkhan',
          supervisor: true,
          loginEnabled: true,
          team: { id: '5007', name: 'Billing' },
        },
      ],
    });
  });

  it('an agent without description, names, supervisor or team reads with those absent or false', async () => {
    answer = { status: 200, body: MINIMAL_AGENT };
    expect(await client.agent(CREDENTIALS, '6002')).toEqual({
      id: '6002',
      agentId: '2001002',
      changeStamp: 0,
      firstName: '',
      lastName: '',
      userName: 'ops',
      supervisor: false,
      loginEnabled: true,
    });
  });

  it('an agent without a refURL is 502 naming the element', async () => {
    answer = {
      status: 200,
      body: '<agent><changeStamp>0</changeStamp><agentId>1</agentId><person><userName>x</userName></person></agent>',
    };
    const error = await failure(client.agent(CREDENTIALS, '1'));
    expect(error.status).toBe(502);
    expect(JSON.stringify({ message: error.message, ...error.details })).toContain('refURL');
  });

  it('a create whose Location is a relative URL answers the item id', async () => {
    answer = { status: 201, body: '', headers: { Location: '/unifiedconfig/config/agent/7777' } };
    expect(
      await client.createAgent(CREDENTIALS, {
        firstName: 'A',
        lastName: 'B',
        userName: 'ab',
        password: 'pw-123456',
        supervisor: false,
      }),
    ).toBe('7777');
  });

  it('a stale changeStamp refused with another errorType still reads as 409 stale_agent', async () => {
    answer = {
      status: 400,
      body: '<apiErrors><apiError><errorMessage>The record was changed</errorMessage><errorData>changeStamp</errorData><errorType>invalidInput.changeStampMismatch</errorType></apiError></apiErrors>',
    };
    const error = await failure(
      client.updateAgent(CREDENTIALS, '6001', 3, { firstName: 'A', lastName: 'B', userName: 'ab', supervisor: false }),
    );
    expect(error).toMatchObject({ status: 409, code: 'stale_agent' });
  });

  it('a refusal that echoes the password keeps it out of the log text', async () => {
    answer = {
      status: 400,
      body: '<apiErrors><apiError><errorType>invalidInput.invalidValue</errorType><errorData>person.password</errorData><errorMessage>password s3cret-Value-9 is not allowed</errorMessage></apiError></apiErrors>',
    };
    const error = await failure(
      client.createAgent(CREDENTIALS, {
        firstName: 'A',
        lastName: 'B',
        userName: 'ab',
        password: 's3cret-Value-9',
        supervisor: false,
      }),
    );
    expect(error).toMatchObject({ status: 400, details: { field: 'password' } });
    expect(JSON.stringify({ message: error.message, ...error.details })).not.toContain('s3cret-Value-9');
  });
});
