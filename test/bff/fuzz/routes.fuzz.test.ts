import { request as httpRequest } from 'node:http';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, startTestBff } from '../../kit/bff.js';
import type { TestBff } from '../../kit/bff.js';
import { deskApi } from '../../kit/desk-api.js';
import { listen } from '../../kit/listening-server.js';
import type { ListeningServer } from '../../kit/listening-server.js';

/*
 * Malformed requests, generated, against every operation of the BFF's own OpenAPI document, sent as raw bytes on a
 * real socket (so that bad percent-encoding, broken bodies and odd headers reach the BFF as a client would send them).
 * Whatever arrives: no 5xx, the process keeps answering, and no answer carries a password, another session's token,
 * an upstream credential or a stack trace. Seeded, so a failure reproduces; FUZZ_SEED and FUZZ_RUNS override.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_202);
const RUNS = Number(process.env.FUZZ_RUNS ?? 5_200);

interface Operation {
  readonly method: string;
  readonly path: string;
}

interface Answer {
  readonly status: number;
  readonly text: string;
}

let bff: TestBff;
let server: ListeningServer;
let operations: Operation[];
/** agent1's sessions: the one the cases use, and those they may end (DELETE /api/session) replaced as they go. */
let agent1Token: string;
let agent2Token: string;
let endedToken: string;
let agent2DialogId: string;
let secrets: string[];

/** Sends one request as bytes; reads at most 256 KiB of the answer (an event stream is cut after its headers). */
function send(
  method: string,
  path: string,
  headers: Record<string, string>,
  body: Buffer | undefined,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    // A body always goes with its Content-Length: Node sends a DELETE's body without one, and the server would read it
    // as the next request.
    const framed = body === undefined ? headers : { ...headers, 'Content-Length': String(body.length) };
    const outgoing = httpRequest(`${server.url}${path}`, { method, headers: framed, timeout: 10_000 }, (incoming) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () =>
        resolve({
          status: incoming.statusCode ?? 0,
          text: `${JSON.stringify(incoming.headers)}\n${Buffer.concat(chunks).toString('utf8')}`,
        });
      if (String(incoming.headers['content-type']).startsWith('text/event-stream')) {
        incoming.destroy();
        done();
        return;
      }
      incoming.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= 256 * 1024) chunks.push(chunk);
      });
      incoming.on('end', done);
      incoming.on('error', done);
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error(`${method} ${path} did not answer within 10 s`)));
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

beforeAll(async () => {
  bff = await startTestBff({ env: { SIGN_IN_LIMIT_PER_CLIENT: '10000' } });
  server = await listen(bff.app);
  agent1Token = await bff.signedInAgent('agent1');
  agent2Token = await bff.signedInAgent('agent2');
  endedToken = (await bff.signIn('agent1')).token;
  await send('DELETE', '/api/session', { Authorization: bearer(endedToken) }, undefined);
  agent2DialogId = await deskApi(bff).ring('4155550123', '1001002');
  const document = JSON.parse(
    (await send('GET', '/api/openapi.json', {}, undefined)).text.split('\n').slice(1).join('\n'),
  ) as { paths: Record<string, Record<string, unknown>> };
  operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
  );
  secrets = [
    agent2Token,
    Buffer.from('agent1:sandbox').toString('base64'),
    Buffer.from('1001001:sandbox').toString('base64'),
    Buffer.from('agent2:sandbox').toString('base64'),
    Buffer.from('1001002:sandbox').toString('base64'),
    bff.contextService.token,
  ];
}, 30_000);

afterAll(async () => {
  await server.close();
  await bff.close();
});

/** A fresh session for an agent whose session a case ended; agent2's new token joins the secrets agent1 must never see. */
async function signInAgain(agent: 'agent1' | 'agent2'): Promise<void> {
  const { token } = await bff.signIn(agent);
  if (agent === 'agent1') agent1Token = token;
  else {
    agent2Token = token;
    secrets.push(token);
  }
}

const hugeString = fc.integer({ min: 5_000, max: 200_000 }).map((length) => 'A'.repeat(length));
const controlString = fc.string({
  unit: fc.integer({ min: 0, max: 31 }).map((code) => String.fromCharCode(code)),
  minLength: 1,
  maxLength: 40,
});
const badPercent = fc.constantFrom('%ff', '%c0%af', '%', '%zz', '%E0%A4%A', '%00', '%2e%2e%2f', '%ed%a0%80');
const nastyText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  controlString,
  fc.constantFrom(
    '..',
    '../..',
    "' OR 1=1 --",
    '<x>&amp;</x>',
    '{{PUBLIC_URL}}',
    '${jndi:ldap://x}',
    '\u202e',
    'null',
    '-1',
    '1e999',
  ),
);

/** A value for a path parameter: ids of the right shape, other agents' ids, and everything a path should not hold. */
const pathValue = fc.oneof(
  fc.constantFrom('1', '16817456', '00000000-0000-4000-8000-000000000000', 'c0ffee'),
  fc.constant('agent2-dialog'),
  nastyText.map(encodeURIComponent),
  badPercent,
  fc.tuple(nastyText, badPercent).map(([text, percent]) => `${encodeURIComponent(text)}${percent}`),
  hugeString.map((text) => text.slice(0, 9_000)),
);

const queryString = fc.oneof(
  fc.constant(''),
  fc
    .dictionary(
      fc.constantFrom('q', 'phone', 'email', 'dialogId', 'channel', 'cursor', 'category', 'callbackUrl', 'limit', 'x'),
      fc.oneof(nastyText.map(encodeURIComponent), badPercent),
      { maxKeys: 3 },
    )
    .map(
      (entries) =>
        `?${Object.entries(entries)
          .map(([key, value]) => `${key}=${value}`)
          .join('&')}`,
    ),
  fc.constantFrom(
    '?q=a&q=b&q=c',
    '?dialogId=agent2-dialog',
    '?category[]=x',
    '?=',
    '?&&&',
    '?q=%ff',
    `?cursor=${'z'.repeat(5000)}`,
  ),
);

/** Bodies: JSON of any shape, JSON of almost the right shape, broken bytes, oversized, deeply nested. */
const body = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 3 }).map((value) => Buffer.from(JSON.stringify(value))),
  fc
    .record(
      {
        username: fc.oneof(nastyText, fc.integer()),
        password: fc.oneof(nastyText, fc.constant(null)),
        state: fc.oneof(fc.constantFrom('READY', 'NOT_READY', 'LOGOUT', 'TALKING', 'ready'), nastyText),
        reasonCodeId: fc.oneof(nastyText, fc.integer()),
        extension: fc.oneof(nastyText, fc.integer()),
        action: fc.oneof(fc.constantFrom('ANSWER', 'HOLD', 'DROP', 'CONSULT_CALL', 'SEND_DTMF'), nastyText),
        target: nastyText,
        dtmf: nastyText,
        text: fc.oneof(nastyText, hugeString),
        dialogId: fc.oneof(fc.constant('agent2-dialog'), nastyText),
        customerId: nastyText,
        title: nastyText,
        firstName: fc.oneof(nastyText, fc.array(nastyText, { maxLength: 3 })),
        phones: fc.oneof(fc.array(fc.record({ kind: nastyText, number: nastyText }), { maxLength: 3 }), nastyText),
        connectionData: fc.oneof(nastyText, hugeString),
        variables: fc.dictionary(nastyText, nastyText, { maxKeys: 4 }),
        to: nastyText,
      },
      { requiredKeys: [] },
    )
    .map((value) => Buffer.from(JSON.stringify(value).replaceAll('"agent2-dialog"', `"${agent2DialogId}"`))),
  fc.uint8Array({ minLength: 1, maxLength: 2_000 }).map((bytes) => Buffer.from(bytes)),
  fc
    .constantFrom(
      '{',
      '{"a":',
      '[1,2',
      '{"text":"\\ud800"}',
      'null',
      '"just a string"',
      '{"__proto__":{"admin":true}}',
      '{"constructor":{"prototype":{"x":1}}}',
    )
    .map((text) => Buffer.from(text)),
  hugeString.map((text) => Buffer.from(JSON.stringify({ text }))),
  fc.integer({ min: 200, max: 5_000 }).map((depth) => Buffer.from(`${'['.repeat(depth)}${']'.repeat(depth)}`)),
);

const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/json; charset=x-nonsense',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----x',
  'application/xml',
  '*/*',
  'application/json\u0000',
  '',
);
const contentEncoding = fc.constantFrom(
  undefined,
  undefined,
  'gzip',
  'deflate',
  'br',
  'x-bogus',
  'gzip, gzip',
  'identity',
  'gzip-real',
);

type Credential = 'agent1' | 'agent2' | 'none' | 'forged' | 'ended' | 'basic' | 'garbage' | 'huge';
const credential = fc.constantFrom<Credential>(
  'agent1',
  'agent1',
  'agent1',
  'agent2',
  'none',
  'forged',
  'ended',
  'basic',
  'garbage',
  'huge',
);

function authorization(kind: Credential): string | undefined {
  switch (kind) {
    case 'agent1':
      return bearer(agent1Token);
    case 'agent2':
      return bearer(agent2Token);
    case 'none':
      return undefined;
    case 'forged':
      return bearer('A'.repeat(43));
    case 'ended':
      return bearer(endedToken);
    case 'basic':
      return `Basic ${Buffer.from('nobody:wrong').toString('base64')}`;
    case 'garbage':
      return 'Bearer \u00ff\u00fe junk';
    case 'huge':
      return bearer('x'.repeat(7_000));
  }
}

const requestCase = fc.record({
  operation: fc.nat(),
  pathValue,
  query: queryString,
  body,
  contentType,
  contentEncoding,
  credential,
  extraHeader: fc.option(
    fc.tuple(
      fc.constantFrom('Idempotency-Key', 'If-Match', 'Last-Event-ID', 'Accept', 'X-Forwarded-For', 'Origin'),
      fc.oneof(
        nastyText.map((text) => text.replace(/[^\x20-\x7e]/g, '?')),
        fc.constant('x'.repeat(3000)),
      ),
    ),
    { nil: undefined },
  ),
});

describe('the fuzz suite: generated malformed requests across every route of the OpenAPI document', () => {
  it(`${RUNS} requests (seed ${SEED}) answer no 5xx, leak no secret or stack trace, and the BFF keeps answering`, async () => {
    const statuses = new Map<number, number>();
    const byOperation = new Map<string, number>();
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(requestCase, async (generated) => {
        const operation = operations[generated.operation % operations.length] as Operation;
        const path =
          operation.path.replace(/\{[^}]+\}/g, () =>
            generated.pathValue === 'agent2-dialog' ? agent2DialogId : generated.pathValue,
          ) + generated.query;
        const headers: Record<string, string> = {};
        const auth = authorization(generated.credential);
        // A case that ends agent1's or agent2's session signs them in again for the next ones.
        const endsSession =
          operation.method === 'DELETE' &&
          operation.path === '/api/session' &&
          (generated.credential === 'agent1' || generated.credential === 'agent2');
        if (auth !== undefined) headers.Authorization = auth;
        let payload = generated.body;
        if (payload !== undefined && operation.method !== 'GET') {
          if (generated.contentType !== '') headers['Content-Type'] = generated.contentType.replace('\u0000', '');
          if (generated.contentEncoding === 'gzip-real') {
            payload = gzipSync(payload);
            headers['Content-Encoding'] = 'gzip';
          } else if (generated.contentEncoding !== undefined) headers['Content-Encoding'] = generated.contentEncoding;
        } else payload = undefined;
        if (generated.extraHeader) headers[generated.extraHeader[0]] = generated.extraHeader[1];
        const answer = await send(operation.method, path, headers, payload);
        if (endsSession && answer.status === 204)
          await signInAgain(generated.credential === 'agent1' ? 'agent1' : 'agent2');
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        byOperation.set(
          `${operation.method} ${operation.path}`,
          (byOperation.get(`${operation.method} ${operation.path}`) ?? 0) + 1,
        );
        const leaked = secrets.filter(
          (secret) =>
            answer.text.includes(secret) &&
            !(generated.credential === 'agent2' && secret === auth?.slice('Bearer '.length)),
        );
        const problems = [
          answer.status >= 500 ? `status ${answer.status}` : '',
          leaked.length > 0 ? 'a secret in the answer' : '',
          /\n\s+at [^\n]+:\d+:\d+/.test(answer.text) || answer.text.includes('node_modules') ? 'a stack trace' : '',
          /"password"\s*:/.test(answer.text) ? 'a password field' : '',
        ].filter((problem) => problem !== '');
        if (problems.length > 0)
          failures.push(
            `${operation.method} ${path.slice(0, 120)} → ${problems.join(', ')}: ${answer.text.slice(0, 300)}`,
          );
        return problems.length === 0;
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    const histogram = [...statuses]
      .sort(([left], [right]) => left - right)
      .map(([status, count]) => `${status}: ${count}`)
      .join(', ');
    const total = [...statuses.values()].reduce((sum, count) => sum + count, 0);
    console.log(
      `fuzz: ${total} requests over ${byOperation.size} of ${operations.length} operations, seed ${SEED}; statuses ${histogram}; 5xx: ${[...statuses].filter(([status]) => status >= 500).reduce((sum, [, count]) => sum + count, 0)}`,
    );
    expect(failures).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(5_000);
    expect(byOperation.size).toBe(operations.length);
    expect((await send('GET', '/healthz', {}, undefined)).status).toBe(200);
    expect((await send('GET', '/api/agent', { Authorization: bearer(agent2Token) }, undefined)).status).toBe(200);
  }, 240_000);
});
