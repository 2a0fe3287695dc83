import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FinesseEmulator } from '../../../bff/sandbox/finesse/finesse-emulator.js';
import { AGENT1, FinesseRestClient, apiError, basic, control, signIn, startFinesse } from '../../kit/finesse-client.js';

let emulator: FinesseEmulator;
let agent: FinesseRestClient;

beforeAll(async () => {
  emulator = await startFinesse();
  agent = new FinesseRestClient(emulator, AGENT1.loginName);
});

afterAll(async () => {
  await emulator.close();
});

/** After each refused request the emulator must still answer a normal one. */
async function stillServing(): Promise<void> {
  expect((await agent.get(`/User/${AGENT1.loginId}`)).status).toBe(200);
}

const BODIES: [string, string, string, string][] = [
  ['a malformed XML body', '<User><state>READY</state>', 'Bad Request', ''],
  ['mismatched tags', '<User><state>READY</User></state>', 'Bad Request', ''],
  ['an empty body', '', 'Bad Request', ''],
  ['JSON instead of XML', '{"state":"READY"}', 'Bad Request', ''],
  ['the wrong root element', '<Dialog><state>READY</state></Dialog>', 'Bad Request', ''],
  [
    'a DOCTYPE with an entity (no expansion, refused)',
    '<!DOCTYPE User [<!ENTITY x "READY">]><User><state>&x;</state></User>',
    'Bad Request',
    '',
  ],
  ['an unknown state', '<User><state>DANCING</state></User>', 'Invalid Input', 'state'],
  ['no state', '<User><extension>1001001</extension></User>', 'Parameter Missing', 'state'],
  ['a state element with children', '<User><state><x/></state></User>', 'Bad Request', 'state'],
  ['LOGIN without extension', '<User><state>LOGIN</state></User>', 'Parameter Missing', 'extension'],
];

describe('bad input gets the documented Finesse error and changes nothing', () => {
  for (const [what, body, type, data] of BODIES) {
    it(`${what} answers 400 ${type}${data === '' ? '' : ` naming ${data}`}`, async () => {
      const response = await agent.put(`/User/${AGENT1.loginId}`, body);
      expect(apiError(response)).toMatchObject({ status: 400, type, data });
      expect(await agent.state(AGENT1.loginId)).toBe('LOGOUT');
      await stillServing();
    });
  }

  it('an oversized body answers 400 Bad Request', async () => {
    const response = await agent.put(
      `/User/${AGENT1.loginId}`,
      `<User><state>READY</state><x>${'a'.repeat(100_000)}</x></User>`,
    );
    expect(apiError(response)).toMatchObject({ status: 400, type: 'Bad Request' });
    await stillServing();
  });

  it('a value with < and & arrives intact when escaped, and is never read as markup', async () => {
    await agent.put(`/User/${AGENT1.loginId}`, signIn(AGENT1.extension));
    const dialogId = await control(emulator).ring('4155550123', AGENT1.extension);
    const value = 'a<b>&c';
    const body = `<Dialog><requestedAction>UPDATE_CALL_DATA</requestedAction><mediaProperties><callvariables><CallVariable><name>callVariable2</name><value>a&lt;b&gt;&amp;c</value></CallVariable></callvariables></mediaProperties></Dialog>`;
    // ALERTING does not allow UPDATE_CALL_DATA; answer first.
    await agent.put(
      `/Dialog/${dialogId}`,
      `<Dialog><requestedAction>ANSWER</requestedAction><targetMediaAddress>${AGENT1.extension}</targetMediaAddress></Dialog>`,
    );
    expect((await agent.put(`/Dialog/${dialogId}`, body)).status).toBe(202);
    const dialog = await agent.get(`/Dialog/${dialogId}`);
    expect(dialog.text).toContain('<value>a&lt;b&gt;&amp;c</value>');
    expect(dialog.text).not.toContain(value);
  });

  it('a request with no Authorization at all and a bad body answers 401 (authentication comes first)', async () => {
    const response = await request(emulator.url).put(`/finesse/api/User/${AGENT1.loginId}`).send('<User>');
    expect(apiError(response).status).toBe(401);
  });

  it('MAKE_CALL to its own extension answers 400 Invalid Destination', async () => {
    const response = await agent.post(
      `/User/${AGENT1.loginId}/Dialogs`,
      `<Dialog><requestedAction>MAKE_CALL</requestedAction><fromAddress>${AGENT1.extension}</fromAddress><toAddress>${AGENT1.extension}</toAddress></Dialog>`,
    );
    expect(apiError(response)).toMatchObject({ status: 400, type: 'Invalid Destination' });
  });

  it('MAKE_CALL without toAddress answers 400 Parameter Missing naming toAddress', async () => {
    const response = await agent.post(
      `/User/${AGENT1.loginId}/Dialogs`,
      `<Dialog><requestedAction>MAKE_CALL</requestedAction><fromAddress>${AGENT1.extension}</fromAddress></Dialog>`,
    );
    expect(apiError(response)).toMatchObject({ status: 400, type: 'Parameter Missing', data: 'toAddress' });
  });

  it('a POST of Dialogs for another user answers 401', async () => {
    const response = await agent.post(
      '/User/1001002/Dialogs',
      '<Dialog><requestedAction>MAKE_CALL</requestedAction><fromAddress>1</fromAddress><toAddress>2</toAddress></Dialog>',
    );
    expect(apiError(response).status).toBe(401);
  });

  it('basic credentials for one user cannot act on a dialog of another', async () => {
    const response = await request(emulator.url)
      .put('/finesse/api/Dialog/1')
      .set('Authorization', basic('1001002'))
      .send('<Dialog><requestedAction>DROP</requestedAction></Dialog>');
    expect(apiError(response).status).toBe(404);
  });
});

describe('out of service', () => {
  it('every request but SystemInfo answers 503 Service Unavailable (SERVER_OUT_OF_SERVICE) until back in service', async () => {
    await control(emulator).raw().post('/sandbox/system').send({ status: 'OUT_OF_SERVICE' }).expect(200);
    try {
      expect(apiError(await agent.get(`/User/${AGENT1.loginId}`))).toMatchObject({
        status: 503,
        type: 'Service Unavailable',
        message: 'SERVER_OUT_OF_SERVICE',
      });
      const info = await agent.get('/SystemInfo');
      expect(info.status).toBe(200);
      expect(info.text).toContain('<status>OUT_OF_SERVICE</status>');
    } finally {
      await control(emulator).raw().post('/sandbox/system').send({ status: 'IN_SERVICE' }).expect(200);
    }
    await stillServing();
  });
});
