import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FinesseEmulator } from '../../../bff/sandbox/finesse/finesse-emulator.js';
import { FinesseClient } from '../../../bff/src/finesse/finesse-client.js';
import type { FinesseCallReport, FinesseCredentials, FinesseStateChange } from '../../../bff/src/finesse/types.js';
import {
  InvalidRequestError,
  UnauthorizedError,
  UpstreamError,
  UpstreamRefusedError,
} from '../../../bff/src/errors.js';
import { AGENT1, AGENT2, control, startFinesse } from '../../kit/finesse-client.js';
import { credentialsFor, failure, signInAgent1 } from './client-test-kit.js';

const agent1 = credentialsFor(AGENT1.loginName);
const TIMEOUT_MS = 300;

let emulator: FinesseEmulator;
let client: FinesseClient;
let reports: FinesseCallReport[];

beforeEach(async () => {
  emulator = await startFinesse();
  reports = [];
  client = new FinesseClient({
    baseUrl: emulator.url,
    timeoutMs: TIMEOUT_MS,
    onCall: (report) => reports.push(report),
  });
});

afterEach(async () => {
  await client.close();
  await emulator.close();
});

async function fault(body: {
  path: string;
  mode: 'latency' | 'status' | 'reset' | 'malformed';
  ms?: number;
  status?: number;
  times?: number;
}): Promise<void> {
  await request(emulator.url).post('/sandbox/faults').send(body).expect(201);
}

describe('Finesse refusals surface as the BFF error with Finesse detail', () => {
  it('a wrong password gives UnauthorizedError invalid_credentials with Finesse type, and no credentials in the message', async () => {
    const wrong: FinesseCredentials = credentialsFor('agent1', 'hunter2');
    const error = await failure(client.getUser(wrong, AGENT1.loginId));
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error).toMatchObject({
      status: 401,
      code: 'invalid_credentials',
      details: {
        upstream: { service: 'finesse', status: 401, type: 'Authorization Failure', message: 'UNAUTHORIZED' },
      },
    });
    expect(JSON.stringify({ message: error.message, details: error.details })).not.toMatch(
      /hunter2|Basic |YWdlbnQxOmh1bnRlcjI/,
    );
    expect(reports.at(-1)).toMatchObject({ operation: 'getUser', outcome: 'refused', status: 401 });
  });

  it('an unknown dialog gives UpstreamRefusedError 404 not_found with Finesse message', async () => {
    const error = await failure(client.dialog(agent1, '999999'));
    expect(error).toBeInstanceOf(UpstreamRefusedError);
    expect(error).toMatchObject({
      status: 404,
      code: 'not_found',
      details: { upstream: { status: 404, type: 'Not Found', message: 'Invalid dialogId specified for dialog' } },
    });
  });

  it('an unknown user gives 404 not_found with type User Not Found', async () => {
    expect(await failure(client.getUser(agent1, 'nobody'))).toMatchObject({
      status: 404,
      code: 'not_found',
      details: { upstream: { type: 'User Not Found' } },
    });
  });

  it('a state Finesse does not let agents request gives 400 invalid_input (Invalid Input)', async () => {
    const talking = { state: 'TALKING' } as unknown as FinesseStateChange;
    const error = await failure(client.setState(agent1, AGENT1.loginId, talking, 'bad-state'));
    expect(error).toBeInstanceOf(UpstreamRefusedError);
    expect(error).toMatchObject({
      status: 400,
      code: 'invalid_input',
      details: { upstream: { status: 400, type: 'Invalid Input' } },
    });
  });

  it('an unknown reason code gives 400 invalid_input naming Finesse message', async () => {
    await signInAgent1(client);
    const error = await failure(
      client.setState(agent1, AGENT1.loginId, { state: 'NOT_READY', reasonCodeId: '4242' }, 'bad-reason'),
    );
    expect(error).toMatchObject({
      status: 400,
      code: 'invalid_input',
      details: { upstream: { message: 'Invalid reasonCodeId specified: 4242' } },
    });
  });

  it('a call action the participant state does not allow (HOLD while ringing) gives 409 invalid_state', async () => {
    await signInAgent1(client);
    await client.setState(agent1, AGENT1.loginId, { state: 'READY' }, 'ready');
    const dialogId = await control(emulator).ring('4155550123', AGENT1.extension);
    const error = await failure(
      client.dialogAction(agent1, dialogId, { requestedAction: 'HOLD', targetMediaAddress: AGENT1.extension }, 'hold'),
    );
    expect(error).toBeInstanceOf(UpstreamRefusedError);
    expect(error).toMatchObject({
      status: 409,
      code: 'invalid_state',
      details: { upstream: { status: 400, type: 'Invalid State' } },
    });
  });

  it('a call to the agent own extension gives 400 invalid_destination', async () => {
    await signInAgent1(client);
    const error = await failure(
      client.makeCall(agent1, AGENT1.loginId, { fromAddress: AGENT1.extension, toAddress: AGENT1.extension }, 'self'),
    );
    expect(error).toMatchObject({
      status: 400,
      code: 'invalid_destination',
      details: { upstream: { type: 'Invalid Destination' } },
    });
  });

  it('reading another agent (401 Invalid Authorization User Specified) gives 403 forbidden, not bad credentials', async () => {
    const error = await failure(client.getUser(agent1, AGENT2.loginId));
    expect(error).toBeInstanceOf(UpstreamRefusedError);
    expect(error).toMatchObject({
      status: 403,
      code: 'forbidden',
      details: { upstream: { status: 401, type: 'Invalid Authorization User Specified' } },
    });
  });

  it('Finesse out of service gives 503 upstream_unavailable while SystemInfo still answers OUT_OF_SERVICE', async () => {
    await request(emulator.url).post('/sandbox/system').send({ status: 'OUT_OF_SERVICE' }).expect(200);
    const error = await failure(client.getUser(agent1, AGENT1.loginId));
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({
      status: 503,
      code: 'upstream_unavailable',
      details: { upstream: { status: 503, type: 'Service Unavailable', message: 'SERVER_OUT_OF_SERVICE' } },
    });
    expect((await client.systemInfo()).status).toBe('OUT_OF_SERVICE');
  });
});

describe('faults: the client answers with the right error and keeps working afterwards', () => {
  const USER_PATH = '^/finesse/api/User/1001001$';

  it('an injected 503 gives 503 upstream_unavailable, then the next call succeeds', async () => {
    await fault({ path: USER_PATH, mode: 'status', status: 503, times: 1 });
    expect(await failure(client.getUser(agent1, AGENT1.loginId))).toMatchObject({
      status: 503,
      code: 'upstream_unavailable',
    });
    await expect(client.getUser(agent1, AGENT1.loginId)).resolves.toMatchObject({ id: '1001001' });
  });

  it('an injected 500 gives 502 upstream_invalid_response carrying the upstream status', async () => {
    await fault({ path: USER_PATH, mode: 'status', status: 500, times: 1 });
    expect(await failure(client.getUser(agent1, AGENT1.loginId))).toMatchObject({
      status: 502,
      code: 'upstream_invalid_response',
      details: { upstream: { status: 500 } },
    });
    expect(reports.at(-1)).toMatchObject({ outcome: 'error', status: 500 });
  });

  it('latency beyond timeoutMs gives 504 upstream_timeout naming Finesse with no status, then the next call succeeds', async () => {
    await fault({ path: USER_PATH, mode: 'latency', ms: TIMEOUT_MS * 5, times: 1 });
    const started = Date.now();
    const error = await failure(client.getUser(agent1, AGENT1.loginId));
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({
      status: 504,
      code: 'upstream_timeout',
      details: { upstream: { service: 'finesse' } },
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(reports.at(-1)).toMatchObject({ operation: 'getUser', outcome: 'timeout' });
    await expect(client.getUser(agent1, AGENT1.loginId)).resolves.toMatchObject({ id: '1001001' });
  });

  it('latency on a write beyond timeoutMs gives 504 as well', async () => {
    await fault({ path: USER_PATH, mode: 'latency', ms: TIMEOUT_MS * 5, times: 1 });
    expect(
      await failure(client.setState(agent1, AGENT1.loginId, { state: 'LOGIN', extension: AGENT1.extension }, 'slow')),
    ).toMatchObject({ status: 504 });
  });

  it('a reset connection gives 503 upstream_unavailable naming Finesse with no status, then the next call succeeds', async () => {
    await fault({ path: USER_PATH, mode: 'reset', times: 1 });
    const error = await failure(client.getUser(agent1, AGENT1.loginId));
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({
      status: 503,
      code: 'upstream_unavailable',
      details: { upstream: { service: 'finesse' } },
    });
    await expect(client.getUser(agent1, AGENT1.loginId)).resolves.toMatchObject({ id: '1001001' });
  });

  it('a malformed body gives 502 upstream_invalid_response with the problem in logInfo only, then the next call succeeds', async () => {
    await fault({ path: USER_PATH, mode: 'malformed', times: 1 });
    const error = await failure(client.getUser(agent1, AGENT1.loginId));
    expect(error).toMatchObject({
      status: 502,
      code: 'upstream_invalid_response',
      details: { upstream: { service: 'finesse', status: 200 } },
    });
    expect(error.details.logInfo).toMatch(/not well-formed/);
    expect(error.message).not.toMatch(/<User>/);
    await expect(client.getUser(agent1, AGENT1.loginId)).resolves.toMatchObject({ id: '1001001' });
  });

  it('every fault in turn on one client instance, which still answers at the end', async () => {
    for (const mode of ['status', 'latency', 'reset', 'malformed'] as const) {
      await fault({ path: USER_PATH, mode, status: 503, ms: TIMEOUT_MS * 3, times: 1 });
      await failure(client.getUser(agent1, AGENT1.loginId));
    }
    expect(reports.map((report) => report.outcome)).toEqual(['error', 'timeout', 'error', 'error']);
    await expect(client.getUser(agent1, AGENT1.loginId)).resolves.toMatchObject({ id: '1001001' });
  });
});

describe('input the client refuses before calling Finesse', () => {
  it('an id that is a dot segment gives InvalidRequestError, as a rejected promise', async () => {
    await expect(client.getUser(agent1, '..')).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(client.dialog(agent1, '')).rejects.toBeInstanceOf(InvalidRequestError);
    expect(reports).toEqual([]);
  });

  it('an id with slashes is sent as one encoded segment, so it names no other resource', async () => {
    expect(await failure(client.getUser(agent1, '1001001/Dialogs'))).toMatchObject({ status: 404 });
  });

  it('a requestId that could split a header gives InvalidRequestError', async () => {
    await expect(
      client.setState(agent1, AGENT1.loginId, { state: 'READY' }, 'a\r\nX-Injected: 1'),
    ).rejects.toBeInstanceOf(InvalidRequestError);
  });
});
