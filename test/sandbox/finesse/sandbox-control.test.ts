import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FinesseEmulator } from '../../../bff/sandbox/finesse/finesse-emulator.js';
import { AGENT1, FinesseRestClient, apiError, signIn, startFinesse } from '../../kit/finesse-client.js';
import type { XmlTree } from '../../kit/finesse-xml.js';
import { NotificationListener } from '../../kit/finesse-notifications.js';

let emulator: FinesseEmulator;
let agent: FinesseRestClient;

beforeEach(async () => {
  emulator = await startFinesse();
  agent = new FinesseRestClient(emulator, AGENT1.loginName);
});

afterEach(async () => {
  await emulator.close();
});

const sandbox = () => request(emulator.url);

describe('POST /sandbox/calls', () => {
  it('rings a call from a formatted number at the signed-in agent and answers 201 with the dialog id', async () => {
    await agent.put(`/User/${AGENT1.loginId}`, signIn(AGENT1.extension));
    const response = await sandbox()
      .post('/sandbox/calls')
      .send({ from: '+1 (415) 555-0123', to: AGENT1.extension, variables: { callVariable1: 'VIP' } });
    expect(response.status).toBe(201);
    const dialogId = (response.body as { dialogId: string }).dialogId;
    const dialog = ((await agent.read(`/Dialog/${dialogId}`)).Dialog as XmlTree[])[0]!;
    expect([dialog.fromAddress, dialog.state]).toEqual(['+14155550123', 'ALERTING']);
  });

  const REFUSED: [string, unknown, number, string][] = [
    ['an agent nobody is signed in as', { from: '4155550123', to: AGENT1.extension }, 409, 'agent_not_signed_in'],
    ['an extension that is no agent device', { from: '4155550123', to: '7777' }, 404, 'unknown_extension'],
    ['a caller number with letters', { from: 'CALL-ME', to: AGENT1.extension }, 400, 'invalid_request'],
    ['no caller', { to: AGENT1.extension }, 400, 'invalid_request'],
    ['an unknown field', { from: '4155550123', to: AGENT1.extension, colour: 'red' }, 400, 'invalid_request'],
    [
      'a non-voice media type (not emulated)',
      { from: '4155550123', to: AGENT1.extension, mediaType: 'Chat' },
      400,
      'invalid_request',
    ],
  ];
  for (const [what, body, status, code] of REFUSED) {
    it(`for ${what} answers ${status} ${code}`, async () => {
      const response = await sandbox()
        .post('/sandbox/calls')
        .send(body as object);
      expect(response.status).toBe(status);
      expect((response.body as { error: { code: string; message: string } }).error.code).toBe(code);
    });
  }

  it('a variable set larger than Finesse allows answers 400 naming the problem', async () => {
    await agent.put(`/User/${AGENT1.loginId}`, signIn(AGENT1.extension));
    const response = await sandbox()
      .post('/sandbox/calls')
      .send({ from: '4155550123', to: AGENT1.extension, variables: { callVariable1: 'x'.repeat(41) } });
    expect(response.status).toBe(400);
    expect((response.body as { error: { message: string } }).error.message).toMatch(/callVariable1 exceeds 40 bytes/);
  });

  it('malformed JSON answers 400 as JSON', async () => {
    const response = await sandbox().post('/sandbox/calls').set('Content-Type', 'application/json').send('{"from":');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 'invalid_request' } });
  });

  it('DELETE of an unknown call answers 404 call_not_found', async () => {
    expect((await sandbox().delete('/sandbox/calls/1')).status).toBe(404);
  });
});

describe('POST /sandbox/reset and GET /sandbox/agents', () => {
  it('reset signs everyone out and forgets calls', async () => {
    await agent.put(`/User/${AGENT1.loginId}`, signIn(AGENT1.extension));
    await sandbox().post('/sandbox/calls').send({ from: '4155550123', to: AGENT1.extension }).expect(201);
    const before = (await sandbox().get('/sandbox/agents')).body as { loginId: string; state: string }[];
    expect(before.find((entry) => entry.loginId === AGENT1.loginId)?.state).toBe('NOT_READY');
    await sandbox().post('/sandbox/reset').expect(204);
    expect(await agent.state(AGENT1.loginId)).toBe('LOGOUT');
    expect((await agent.get(`/User/${AGENT1.loginId}/Dialogs`)).text).toBe('<Dialogs></Dialogs>');
  });

  it("reset announces what it ends over XMPP: a DELETE of the ringing call on the agent's Dialogs node and the agent's LOGOUT", async () => {
    const listener = await NotificationListener.connect(emulator, AGENT1.loginName);
    try {
      await agent.put(`/User/${AGENT1.loginId}`, signIn(AGENT1.extension));
      const dialogId = (
        (await sandbox().post('/sandbox/calls').send({ from: '4155550123', to: AGENT1.extension }).expect(201))
          .body as { dialogId: string }
      ).dialogId;
      await sandbox().post('/sandbox/reset').expect(204);
      const deleted = await listener.next(
        (update) => update.event === 'DELETE' && update.node === `/finesse/api/User/${AGENT1.loginId}/Dialogs`,
      );
      expect(deleted.xml).toContain(`<id>${dialogId}</id>`);
      const user = await listener.next(
        (update) =>
          update.node === `/finesse/api/User/${AGENT1.loginId}` && update.xml.includes('<state>LOGOUT</state>'),
      );
      expect(user.event).toBe('PUT');
    } finally {
      await listener.stop();
    }
  });

  it('an unknown control path answers 404 as JSON', async () => {
    expect((await sandbox().get('/sandbox/nothing')).body).toMatchObject({ error: { code: 'not_found' } });
  });
});

describe('POST /sandbox/faults', () => {
  it('status: matching requests answer the status with a Finesse error body, others are untouched, DELETE clears', async () => {
    await sandbox().post('/sandbox/faults').send({ path: '/Dialogs$', mode: 'status', status: 503 }).expect(201);
    expect(apiError(await agent.get(`/User/${AGENT1.loginId}/Dialogs`))).toMatchObject({
      status: 503,
      type: 'Service Unavailable',
    });
    expect((await agent.get(`/User/${AGENT1.loginId}`)).status).toBe(200);
    await sandbox().delete('/sandbox/faults').expect(204);
    expect((await agent.get(`/User/${AGENT1.loginId}/Dialogs`)).status).toBe(200);
  });

  it('latency: the request is answered after the delay', async () => {
    await sandbox().post('/sandbox/faults').send({ path: '^/finesse/api/User', mode: 'latency', ms: 300 }).expect(201);
    const started = Date.now();
    expect((await agent.get(`/User/${AGENT1.loginId}`)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('reset: the connection is closed with no answer', async () => {
    await sandbox().post('/sandbox/faults').send({ path: '/User/', mode: 'reset' }).expect(201);
    await expect(agent.get(`/User/${AGENT1.loginId}`)).rejects.toThrow(/socket hang up|ECONNRESET/);
  });

  it('malformed: the answer is 200 with XML that is not well-formed', async () => {
    await sandbox().post('/sandbox/faults').send({ path: '/User/', mode: 'malformed' }).expect(201);
    const response = await agent.get(`/User/${AGENT1.loginId}`);
    expect(response.status).toBe(200);
    expect(response.text.endsWith('</User>')).toBe(false);
  });

  it('times: only that many requests are affected', async () => {
    await sandbox().post('/sandbox/faults').send({ path: '/User/', mode: 'status', status: 500, times: 1 }).expect(201);
    expect((await agent.get(`/User/${AGENT1.loginId}`)).status).toBe(500);
    expect((await agent.get(`/User/${AGENT1.loginId}`)).status).toBe(200);
  });

  it('the /ws upgrade can be refused, so notification clients can be tested against an unreachable XMPP', async () => {
    await sandbox().post('/sandbox/faults').send({ path: '^/ws$', mode: 'status', status: 503 }).expect(201);
    const { WebSocket } = await import('ws');
    const socket = new WebSocket(emulator.xmppUrl, ['xmpp']);
    const status = await new Promise<number>((resolve) =>
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0)),
    );
    expect(status).toBe(503);
  });

  it('the control API itself is never faulted', async () => {
    await sandbox().post('/sandbox/faults').send({ path: '.*', mode: 'status', status: 500 }).expect(201);
    expect((await sandbox().get('/sandbox/faults')).status).toBe(200);
  });

  const BAD: [string, unknown][] = [
    ['an invalid regular expression', { path: '(', mode: 'reset' }],
    ['latency without ms', { path: 'x', mode: 'latency' }],
    ['status without a status', { path: 'x', mode: 'status' }],
    ['a status below 400', { path: 'x', mode: 'status', status: 200 }],
    ['an unknown mode', { path: 'x', mode: 'explode' }],
  ];
  for (const [what, body] of BAD) {
    it(`${what} answers 400 and installs nothing`, async () => {
      expect(
        (
          await sandbox()
            .post('/sandbox/faults')
            .send(body as object)
        ).status,
      ).toBe(400);
      expect((await sandbox().get('/sandbox/faults')).body).toEqual([]);
    });
  }
});
