import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { UpstreamRefusedError } from '../../../bff/src/errors.js';
import { readUpstreamJson } from '../../../bff/src/upstream/json-reader.js';
import type { UpstreamCall, UpstreamCallReport, UpstreamProfile } from '../../../bff/src/upstream/types.js';
import { UpstreamClient } from '../../../bff/src/upstream/upstream-client.js';

/**
 * A new upstream written as the next ones will be (Webex Contact Center, the Journey Data Service): a profile and an
 * error table of its own, and no transport code. Whatever the shared exchange does, it does for this one too.
 */
const WEBEX: UpstreamProfile = {
  service: 'webex',
  name: 'Webex Contact Center',
  apiPath: '/v1',
  errorCode: 'ERR_WEBEX',
  maxBodyBytes: 1024,
  mediaType: 'application/json',
  errors: {
    forStatus: (answer, call) =>
      new UpstreamRefusedError(400, 'webex_refused', `Webex Contact Center refused ${call.purpose}`, {
        upstream: { service: 'webex', status: answer.status },
      }),
  },
};

const GET_TASK: UpstreamCall = {
  operation: 'getTask',
  purpose: 'the task',
  method: 'GET',
  path: '/tasks/42',
  expectedStatus: [200],
};

let server: Server | undefined;

afterEach(async () => {
  const running = server;
  server = undefined;
  if (running !== undefined) await new Promise((resolve) => running.close(resolve));
});

async function upstreamAnswering(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<string> {
  server = createServer(handler);
  const listening = server;
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
}

function clientFor(
  baseUrl: string,
  reports: UpstreamCallReport[] = [],
  timeoutMs = 2_000,
): UpstreamClient<UpstreamCall> {
  return new UpstreamClient(WEBEX, { baseUrl, timeoutMs, onCall: (report) => reports.push(report) });
}

describe('a profile alone makes an upstream client', () => {
  it('an expected JSON answer below the API root is read, with the Accept header of the profile and the headers of the call', async () => {
    let seen: { url?: string; accept?: string; authorization?: string } = {};
    const url = await upstreamAnswering((request, response) => {
      seen = { url: request.url, accept: request.headers.accept, authorization: request.headers.authorization };
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"42"}');
    });
    const client = clientFor(url);

    const task = await client.exchange({ ...GET_TASK, headers: { Authorization: 'Bearer webex-token' } }, (answer) =>
      readUpstreamJson('webex', answer.body),
    );

    expect(task).toEqual({ id: '42' });
    expect(seen).toEqual({ url: '/v1/tasks/42', accept: 'application/json', authorization: 'Bearer webex-token' });
    await client.close();
  });

  it('a status the call does not expect becomes the error of its table, reported as refused', async () => {
    const url = await upstreamAnswering((_request, response) => response.writeHead(404).end());
    const reports: UpstreamCallReport[] = [];
    const client = clientFor(url, reports);

    await expect(client.exchange(GET_TASK, () => undefined)).rejects.toMatchObject({
      status: 400,
      code: 'webex_refused',
      details: { upstream: { service: 'webex', status: 404 } },
    });
    expect(reports).toMatchObject([{ operation: 'getTask', outcome: 'refused', status: 404 }]);
    await client.close();
  });

  it('an expected status with a body that is not JSON answers 502 upstream_invalid_response naming the upstream', async () => {
    const url = await upstreamAnswering((_request, response) => response.writeHead(200).end('<html>'));
    const client = clientFor(url);

    await expect(client.exchange(GET_TASK, (answer) => readUpstreamJson('webex', answer.body))).rejects.toMatchObject({
      status: 502,
      code: 'upstream_invalid_response',
      message: "Webex Contact Center's answer to the task could not be read",
      details: {
        upstream: { service: 'webex', status: 200 },
        logInfo: 'Webex Contact Center answered 200 (not JSON): <html>',
      },
    });
    await client.close();
  });

  it('a body over the profile limit answers 502 naming the limit', async () => {
    const url = await upstreamAnswering((_request, response) => response.writeHead(200).end('x'.repeat(2048)));
    const client = clientFor(url);

    await expect(client.exchange(GET_TASK, () => undefined)).rejects.toMatchObject({
      status: 502,
      message: "Webex Contact Center's answer to the task is larger than 1024 bytes",
    });
    await client.close();
  });

  it('no answer within the timeout answers 504 upstream_timeout naming the upstream, reported as timeout', async () => {
    const url = await upstreamAnswering(() => undefined);
    const reports: UpstreamCallReport[] = [];
    const client = clientFor(url, reports, 200);

    await expect(client.exchange(GET_TASK, () => undefined)).rejects.toMatchObject({
      status: 504,
      code: 'upstream_timeout',
      message: 'Webex Contact Center did not answer the task within 200 ms',
      details: { upstream: { service: 'webex' } },
    });
    expect(reports).toMatchObject([{ operation: 'getTask', outcome: 'timeout' }]);
    await client.close();
  });

  it('a refused connection answers 503 upstream_unavailable with the network code for the log', async () => {
    const url = await upstreamAnswering(() => undefined);
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
    const client = clientFor(url);

    await expect(client.exchange(GET_TASK, () => undefined)).rejects.toMatchObject({
      status: 503,
      code: 'upstream_unavailable',
      message: 'Webex Contact Center cannot be reached',
      details: { logInfo: 'ECONNREFUSED' },
    });
    await client.close();
  });

  it.each([
    [
      'a base URL with credentials',
      { baseUrl: 'https://user:secret@webex.example.com', timeoutMs: 1000 },
      'ERR_WEBEX_BASE_URL',
    ],
    [
      'a base URL with a query',
      { baseUrl: 'https://webex.example.com/?tenant=1', timeoutMs: 1000 },
      'ERR_WEBEX_BASE_URL',
    ],
    ['a timeout of 0 ms', { baseUrl: 'https://webex.example.com', timeoutMs: 0 }, 'ERR_WEBEX_TIMEOUT'],
  ])('%s is refused at construction with the code of the profile', (_case, options, code) => {
    expect(() => new UpstreamClient(WEBEX, options)).toThrow(code);
  });
});
