import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBff } from '../../kit/bff.js';
import type { TestBff } from '../../kit/bff.js';
import { listen } from '../../kit/listening-server.js';
import type { ListeningServer } from '../../kit/listening-server.js';

/*
 * Requests no client should send, written as raw bytes on a real socket (supertest would normalise the path or
 * refuse the body): each answers a 4xx in the JSON error shape, never a 500.
 */
interface RawAnswer {
  readonly status: number;
  readonly body: string;
}

function send(
  url: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: Buffer,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(`${url}${path}`, { method, headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () =>
        resolve({ status: incoming.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

let bff: TestBff;
let server: ListeningServer;
let token: string;

beforeAll(async () => {
  bff = await startTestBff();
  server = await listen(bff.app);
  token = await bff.signedInAgent();
});

afterAll(async () => {
  await server.close();
  await bff.close();
});

const json = { 'Content-Type': 'application/json' };
const notGzip = Buffer.from('{"username":"agent1","password":"sandbox"}');

describe('a malformed request answers 4xx in the JSON error shape', () => {
  it.each([
    [
      'POST /api/session with Content-Encoding gzip and a body that is not gzip',
      'POST',
      '/api/session',
      { ...json, 'Content-Encoding': 'gzip' },
      notGzip,
      400,
    ],
    [
      'POST /api/session with Content-Encoding deflate and a body that is not deflate',
      'POST',
      '/api/session',
      { ...json, 'Content-Encoding': 'deflate' },
      notGzip,
      400,
    ],
    [
      'POST /api/session with an unknown Content-Encoding',
      'POST',
      '/api/session',
      { ...json, 'Content-Encoding': 'x-unknown' },
      notGzip,
      415,
    ],
    [
      'POST /api/session with an unknown charset',
      'POST',
      '/api/session',
      { 'Content-Type': 'application/json; charset=x-nonsense' },
      notGzip,
      415,
    ],
  ] as const)('%s', async (_name, method, path, headers, body, status) => {
    const answer = await send(server.url, method, path, headers, body);
    expect(answer.status).toBe(status);
    const error = (JSON.parse(answer.body) as { error: { code: string; message: string } }).error;
    expect(error.code).toMatch(/^[a-z_]+$/);
    expect(error.message.length).toBeGreaterThan(0);
  });

  it.each([
    ['GET', '/api/customers/%ff'],
    ['GET', '/api/notes/%c0%af'],
    ['POST', '/api/dialogs/%ff/actions'],
    ['PATCH', '/api/customers/%E0%A4%A'],
    ['GET', '/api/customers/%ff/journey'],
  ] as const)(
    '%s %s with bad percent-encoding in a path parameter answers 400 invalid_request',
    async (method, path) => {
      const answer = await send(
        server.url,
        method,
        path,
        { ...json, Authorization: `Bearer ${token}` },
        Buffer.from(method === 'GET' ? '' : '{"action":"ANSWER"}'),
      );
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toEqual({
        error: { code: 'invalid_request', message: expect.stringContaining('percent-encoding') as unknown },
      });
    },
  );

  it('a gzip body that is not gzip on a signed-in write answers 400 and changes nothing', async () => {
    const before = await send(server.url, 'GET', '/api/agent', { Authorization: `Bearer ${token}` });
    const answer = await send(
      server.url,
      'PUT',
      '/api/agent/state',
      { ...json, 'Content-Encoding': 'gzip', Authorization: `Bearer ${token}` },
      Buffer.from('{"state":"READY"}'),
    );
    expect(answer.status).toBe(400);
    const after = await send(server.url, 'GET', '/api/agent', { Authorization: `Bearer ${token}` });
    expect((JSON.parse(after.body) as { state: string }).state).toBe(
      (JSON.parse(before.body) as { state: string }).state,
    );
  });
});
