import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FinesseEmulator } from '../../../bff/sandbox/finesse/finesse-emulator.js';
import { AGENT1, AGENT2, FinesseRestClient, SUPER1, apiError, basic, startFinesse } from '../../kit/finesse-client.js';
import type { XmlTree } from '../../kit/finesse-xml.js';

let emulator: FinesseEmulator;

beforeEach(async () => {
  emulator = await startFinesse();
});

afterEach(async () => {
  await emulator.close();
});

const get = (path: string, authorization?: string) => {
  const call = request(emulator.url).get(`/finesse/api${path}`);
  return authorization === undefined ? call : call.set('Authorization', authorization);
};

describe('HTTP Basic authentication on every request', () => {
  it('the loginId and password read the user', async () => {
    const response = await get(`/User/${AGENT1.loginId}`, basic(AGENT1.loginId));
    expect(response.status).toBe(200);
    expect(response.type).toBe('application/xml');
  });

  it('the loginName works as the Basic user too, and GET User by loginName answers the loginId', async () => {
    const response = await get(`/User/${AGENT1.loginName}`, basic(AGENT1.loginName));
    expect(response.status).toBe(200);
    expect(response.text).toContain(`<loginId>${AGENT1.loginId}</loginId>`);
  });

  const REFUSED: [string, string | undefined][] = [
    ['no Authorization header', undefined],
    ['a wrong password', basic(AGENT1.loginId, 'wrong')],
    ['an unknown user', basic('nobody')],
    ['a Bearer token (the sandbox is NON_SSO)', 'Bearer abc.def'],
    ['Basic credentials without a colon', `Basic ${Buffer.from('1001001').toString('base64')}`],
  ];
  for (const [what, authorization] of REFUSED) {
    it(`${what} answers 401 Authorization Failure (UNAUTHORIZED)`, async () => {
      const response = await get(`/User/${AGENT1.loginId}`, authorization);
      expect(apiError(response)).toMatchObject({ status: 401, type: 'Authorization Failure', message: 'UNAUTHORIZED' });
      expect(response.headers['www-authenticate']).toMatch(/^Basic/);
    });
  }

  it('five wrong passwords lock the account: the right password is then refused too', async () => {
    for (let attempt = 0; attempt < 5; attempt++)
      expect((await get(`/User/${AGENT1.loginId}`, basic(AGENT1.loginId, 'wrong'))).status).toBe(401);
    expect((await get(`/User/${AGENT1.loginId}`, basic(AGENT1.loginId))).status).toBe(401);
    // Another account is not affected.
    expect((await get(`/User/${AGENT2.loginId}`, basic(AGENT2.loginId))).status).toBe(200);
  });

  it('SystemInfo needs no authentication', async () => {
    expect((await get('/SystemInfo')).status).toBe(200);
  });
});

describe('an emulator started with systemInfoRequiresAuthentication', () => {
  it("answers SystemInfo without credentials 401 Authorization Failure, with an agent's credentials 200, and out of service still 200", async () => {
    await emulator.close();
    emulator = await startFinesse({ systemInfoRequiresAuthentication: true });
    expect(apiError(await get('/SystemInfo'))).toMatchObject({ status: 401, type: 'Authorization Failure' });
    const answered = await get('/SystemInfo', basic(AGENT1.loginId));
    expect(answered.status).toBe(200);
    expect(answered.text).toContain(`<xmppDomain>${emulator.xmppDomain}</xmppDomain>`);
    await request(emulator.url).post('/sandbox/system').send({ status: 'OUT_OF_SERVICE' }).expect(200);
    expect((await get('/SystemInfo', basic(AGENT1.loginId))).text).toContain('<status>OUT_OF_SERVICE</status>');
  });
});

describe('who may read and change what', () => {
  it('an agent reading another user gets 401 Invalid Authorization User Specified', async () => {
    const response = await get(`/User/${SUPER1.loginId}`, basic(AGENT1.loginId));
    expect(apiError(response)).toMatchObject({
      status: 401,
      type: 'Invalid Authorization User Specified',
      data: AGENT1.loginId,
    });
  });

  it("an agent changing another agent's state gets 401 Invalid Authorization User Specified", async () => {
    const response = await new FinesseRestClient(emulator, AGENT1.loginName).put(
      `/User/${AGENT2.loginId}`,
      '<User><state>READY</state></User>',
    );
    expect(apiError(response)).toMatchObject({ status: 401, type: 'Invalid Authorization User Specified' });
  });

  it('a supervisor reads a team member', async () => {
    expect((await get(`/User/${AGENT1.loginId}`, basic(SUPER1.loginId))).status).toBe(200);
  });

  it('a supervisor reads their team with every member, signed in or not, in summary form', async () => {
    const team = (
      (await new FinesseRestClient(emulator, SUPER1.loginName).read('/Team/5000?includeLoggedOutAgents=true'))
        .Team as XmlTree[]
    )[0]!;
    const members = (team.users as XmlTree).User as XmlTree[];
    expect(members.map((member) => member.loginId)).toEqual([AGENT1.loginId, AGENT2.loginId, SUPER1.loginId]);
  });

  it('an agent reading the team gets 401', async () => {
    expect((await get('/Team/5000', basic(AGENT1.loginId))).status).toBe(401);
  });

  it('a missing user answers 404 User Not Found', async () => {
    expect(apiError(await get('/User/9999999', basic(SUPER1.loginId)))).toMatchObject({
      status: 404,
      type: 'User Not Found',
    });
  });

  it('a missing dialog answers 404 Not Found with the documented message', async () => {
    expect(apiError(await get('/Dialog/123', basic(AGENT1.loginId)))).toMatchObject({
      status: 404,
      type: 'Not Found',
      message: 'Invalid dialogId specified for dialog',
    });
  });

  it('an unknown resource answers 404 Not Found', async () => {
    expect(apiError(await get('/Queue/1', basic(AGENT1.loginId)))).toMatchObject({ status: 404, type: 'Not Found' });
  });

  it('paths are case-sensitive as in Finesse: /user/ is not /User/', async () => {
    expect((await get(`/user/${AGENT1.loginId}`, basic(AGENT1.loginId))).status).toBe(404);
  });
});

describe('configuration lists', () => {
  it('ReasonCodes without a category answers 400 Parameter Missing naming category', async () => {
    expect(apiError(await get(`/User/${AGENT1.loginId}/ReasonCodes`, basic(AGENT1.loginId)))).toMatchObject({
      status: 400,
      type: 'Parameter Missing',
      data: 'category',
    });
  });

  it('ReasonCodes with an unknown category answers 400 Invalid Input naming category', async () => {
    expect(
      apiError(await get(`/User/${AGENT1.loginId}/ReasonCodes?category=LUNCH`, basic(AGENT1.loginId))),
    ).toMatchObject({ status: 400, type: 'Invalid Input', data: 'category' });
  });

  it('LOGOUT reason codes are only the sign-out codes', async () => {
    const codes = (
      (
        await new FinesseRestClient(emulator, AGENT1.loginName).read(
          `/User/${AGENT1.loginId}/ReasonCodes?category=LOGOUT`,
        )
      ).ReasonCodes as XmlTree
    ).ReasonCode as XmlTree[];
    expect(codes.map((code) => code.label)).toEqual(['End of shift', 'Personal']);
    expect(codes.every((code) => code.category === 'LOGOUT')).toBe(true);
  });

  it('a single reason code and a single wrap-up reason are readable by id', async () => {
    const client = new FinesseRestClient(emulator, AGENT1.loginName);
    expect(((await client.read(`/User/${AGENT1.loginId}/ReasonCode/2`)).ReasonCode as XmlTree[])[0]?.label).toBe(
      'Lunch',
    );
    expect(((await client.read(`/User/${AGENT1.loginId}/WrapUpReason/2`)).WrapUpReason as XmlTree[])[0]?.label).toBe(
      'Order placed',
    );
    expect((await client.get(`/User/${AGENT1.loginId}/ReasonCode/404`)).status).toBe(404);
  });
});
