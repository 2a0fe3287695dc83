import request from 'supertest';
import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dialog } from '../../shared/api/dialog.js';
import { bearer, startTestBff } from '../kit/bff.js';
import type { TestBff } from '../kit/bff.js';
import { EventStreamReader } from '../kit/event-stream-reader.js';
import { listen } from '../kit/listening-server.js';
import type { ListeningServer } from '../kit/listening-server.js';

/** One answer the browser saw: its status, headers and body as text. */
interface Exchange {
  readonly label: string;
  readonly status: number;
  readonly headers: string;
  readonly body: string;
}

const PASSWORD = 'sandbox';
const WRONG_PASSWORD = 'Wr0ng-horse-battery';
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const BASIC_VALUES = [base64(`agent1:${PASSWORD}`), base64(`1001001:${PASSWORD}`), base64(`agent1:${WRONG_PASSWORD}`)];
/** An Authorization value of the Basic scheme, whatever it encodes. */
const BASIC_HEADER = /Basic\s+[A-Za-z0-9+/=]{8,}/i;
/** A JavaScript stack frame: `at fn (file.ts:12:3)` or `at file.js:1:2`. */
const STACK_FRAME = /\bat\s+(\S+\s+\()?[^\s()]+:\d+:\d+\)?/;

let bff: TestBff;
let server: ListeningServer;
const exchanges: Exchange[] = [];
/** Each session token, with the label of the sign-in answer that carried it. */
const tokens: { token: string; signIn: string }[] = [];

function record(label: string, response: Response): Response {
  exchanges.push({ label, status: response.status, headers: JSON.stringify(response.headers), body: response.text });
  return response;
}

/** A whole working day in miniature, every answer recorded. */
async function scriptedSession(): Promise<void> {
  const api = () => request(bff.app);
  const signIn = record(
    'sign-in with password',
    await api().post('/api/session').send({ username: 'agent1', password: PASSWORD }),
  );
  const token = (signIn.body as { token: string }).token;
  tokens.push({ token, signIn: 'sign-in with password' });
  const auth = bearer(token);

  record(
    'agent sign-in',
    await api().post('/api/agent/sign-in').set('Authorization', auth).send({ extension: '1001001' }),
  );
  record('READY', await api().put('/api/agent/state').set('Authorization', auth).send({ state: 'READY' }));
  record('session', await api().get('/api/session').set('Authorization', auth));

  const stream = await EventStreamReader.open(`${server.url}/api/events`, { Authorization: auth });
  await stream.nextEvent('system');
  const ring = await bff.sandbox().post('/sandbox/calls').send({ from: '5551234567', to: '1001001' }).expect(201);
  const { dialogId } = ring.body as { dialogId: string };
  await stream.waitFor((frame) => frame.event === 'dialog');
  record(
    'answer',
    await api().post(`/api/dialogs/${dialogId}/actions`).set('Authorization', auth).send({ action: 'ANSWER' }),
  );
  record('dialogs', await api().get('/api/dialogs').set('Authorization', auth));
  stream.close();
  exchanges.push({
    label: 'event stream',
    status: stream.response.status,
    headers: JSON.stringify(Object.fromEntries(stream.response.headers)),
    body: stream.text,
  });

  record('pass-through User', await api().get('/finesse/api/User/1001001').set('Authorization', auth).buffer(true));
  record(
    'pass-through Dialogs',
    await api().get('/finesse/api/User/1001001/Dialogs').set('Authorization', auth).buffer(true),
  );
  record('pass-through refused', await api().get('/finesse/api/User/1002001').set('Authorization', auth));
  record(
    'unknown dialog action',
    await api().post('/api/dialogs/999999/actions').set('Authorization', auth).send({ action: 'HOLD' }),
  );
  record(
    'invalid JSON',
    await api()
      .put('/api/agent/state')
      .set('Authorization', auth)
      .set('Content-Type', 'application/json')
      .send('{"state":'),
  );
  record('unknown route', await api().get('/api/nothing-here').set('Authorization', auth));
  // Wrap-up reasons are read from Finesse on every request (the agent comes from the live picture).
  await bff
    .sandbox()
    .post('/sandbox/faults')
    .send({ path: '/WrapUpReasons$', mode: 'malformed', times: 1 })
    .expect(201);
  record('Finesse garbled', await api().get('/api/wrap-up-reasons').set('Authorization', auth));
  await bff
    .sandbox()
    .post('/sandbox/faults')
    .send({ path: '/WrapUpReasons$', mode: 'status', status: 500, times: 1 })
    .expect(201);
  record('Finesse 500', await api().get('/api/wrap-up-reasons').set('Authorization', auth));

  const basic = record(
    "sign-in with the desktop's Basic header",
    await api()
      .post('/api/session')
      .set('Authorization', `Basic ${base64(`1001001:${PASSWORD}`)}`),
  );
  tokens.push({ token: (basic.body as { token: string }).token, signIn: "sign-in with the desktop's Basic header" });
  record('sign-out', await api().delete('/api/session').set('Authorization', auth));
  record('after sign-out', await api().get('/api/agent').set('Authorization', auth));
  record('wrong password', await api().post('/api/session').send({ username: 'agent1', password: WRONG_PASSWORD }));
}

beforeAll(async () => {
  bff = await startTestBff();
  server = await listen(bff.app);
  await scriptedSession();
}, 30_000);

afterAll(async () => {
  await server.close();
  await bff.close();
});

const everything = () => [
  ...exchanges.flatMap((exchange) => [
    { where: `${exchange.label}: headers`, text: exchange.headers },
    { where: `${exchange.label}: body`, text: exchange.body },
  ]),
  ...bff.logs.map((line, index) => ({ where: `log line ${index}`, text: line })),
];

const containing = (needle: string | RegExp, texts = everything()) =>
  texts
    .filter(({ text }) => (typeof needle === 'string' ? text.includes(needle) : needle.test(text)))
    .map(({ where }) => where);

describe('a scripted session leaks no credential to the browser or the log', () => {
  it('the script ran as intended: signed in, answered a call, signed out, and the wrong password was refused', () => {
    const statuses = Object.fromEntries(exchanges.map((exchange) => [exchange.label, exchange.status]));
    expect(statuses).toMatchObject({
      'sign-in with password': 201,
      READY: 200,
      answer: 200,
      'event stream': 200,
      'pass-through User': 200,
      'pass-through refused': 403,
      'Finesse garbled': 502,
      'sign-out': 204,
      'after sign-out': 401,
      'wrong password': 401,
    });
    expect(bff.logs.length).toBeGreaterThan(10);
    expect(exchanges.find((exchange) => exchange.label === 'dialogs')?.body).toContain(
      (JSON.parse(exchanges.find((exchange) => exchange.label === 'answer')?.body ?? '{}') as Dialog).id,
    );
  });

  it('the password and the wrong password appear in no answer header, answer body or log line', () => {
    expect(containing(PASSWORD)).toEqual([]);
    expect(containing(WRONG_PASSWORD)).toEqual([]);
  });

  it('no Basic credential appears in any answer header, answer body or log line', () => {
    for (const value of BASIC_VALUES) expect(containing(value)).toEqual([]);
    expect(containing(BASIC_HEADER)).toEqual([]);
  });

  it('a session token appears only in the body of the sign-in answer that created it', () => {
    for (const { token, signIn } of tokens) expect(containing(token)).toEqual([`${signIn}: body`]);
  });

  it('no error answer holds a stack frame or logInfo, and each has only the fields code, message and upstream', () => {
    const errors = exchanges.filter((exchange) => exchange.status >= 400);
    expect(errors.length).toBeGreaterThanOrEqual(7);
    for (const error of errors) {
      expect(error.body, error.label).not.toMatch(STACK_FRAME);
      expect(error.body, error.label).not.toMatch(/logInfo|Finesse answered \d{3}/);
      const body = JSON.parse(error.body) as { error: Record<string, unknown> };
      expect(Object.keys(body), error.label).toEqual(['error']);
      expect(['code', 'message', 'upstream'], error.label).toEqual(expect.arrayContaining(Object.keys(body.error)));
    }
  });
});
