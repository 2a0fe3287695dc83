import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent } from 'undici';
import type { Dispatcher } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { FinesseClient } from '../../../bff/src/finesse/finesse-client.js';
import { FINESSE } from '../../../bff/src/finesse/finesse-profile.js';
import type { FinesseCredentials } from '../../../bff/src/finesse/types.js';
import { UnauthorizedError, UpstreamError } from '../../../bff/src/errors.js';
import { failure } from './client-test-kit.js';

const MAX_BODY_BYTES = FINESSE.maxBodyBytes;

/**
 * Answers no Finesse would give, from a plain HTTP server standing in for something between the BFF and Finesse
 * (a proxy, a load balancer, the wrong host), and what the client sends.
 */
const credentials: FinesseCredentials = { user: 'agent1', authorization: 'Basic YWdlbnQxOnNhbmRib3g=' };

type Handler = (request: IncomingMessage, response: ServerResponse) => void;
const servers: Server[] = [];
const clients: FinesseClient[] = [];

async function upstream(handler: Handler): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function clientFor(baseUrl: string, dispatcher?: Dispatcher): FinesseClient {
  const client = new FinesseClient({ baseUrl, timeoutMs: 2_000, ...(dispatcher ? { dispatcher } : {}) });
  clients.push(client);
  return client;
}

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('what the client sends', () => {
  it('a write: method, path below /finesse/api, XML headers, Authorization and requestId, and the XML body', async () => {
    let seen: { method?: string; url?: string; headers?: IncomingMessage['headers']; body?: string } = {};
    const url = await upstream((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        seen = { method: request.method, url: request.url, headers: request.headers, body };
        response.writeHead(202).end();
      });
    });
    await clientFor(`${url}/`).setState(credentials, '1001001', { state: 'READY' }, 'req-1');
    expect(seen).toMatchObject({
      method: 'PUT',
      url: '/finesse/api/User/1001001',
      headers: {
        accept: 'application/xml',
        'content-type': 'application/xml',
        authorization: credentials.authorization,
        requestid: 'req-1',
      },
      body: '<User><state>READY</state></User>',
    });
  });

  it('the category of ReasonCodes as a query parameter', async () => {
    let path = '';
    const url = await upstream((request, response) => {
      path = request.url ?? '';
      response.writeHead(200, { 'Content-Type': 'application/xml' }).end('<ReasonCodes category="LOGOUT"/>');
    });
    await clientFor(url).reasonCodes(credentials, '1001001', 'LOGOUT');
    expect(path).toBe('/finesse/api/User/1001001/ReasonCodes?category=LOGOUT');
  });

  it('through a given dispatcher, which the client leaves open when it closes', async () => {
    const url = await upstream((_request, response) =>
      response.writeHead(200).end('<SystemInfo><status>IN_SERVICE</status><xmppDomain>d</xmppDomain></SystemInfo>'),
    );
    const agent = new Agent();
    let dispatched = 0;
    const counting = agent.compose((dispatch) => (options, handler) => {
      dispatched += 1;
      return dispatch(options, handler);
    });
    const client = clientFor(url, counting);
    await client.systemInfo();
    await client.close();
    await client.close();
    expect(dispatched).toBe(1);
    await expect(
      new FinesseClient({ baseUrl: url, timeoutMs: 2_000, dispatcher: agent }).systemInfo(),
    ).resolves.toMatchObject({ status: 'IN_SERVICE' });
    await agent.close();
  });
});

describe('answers that are not Finesse talking', () => {
  const CASES: [string, Handler, number, string][] = [
    [
      'a 404 HTML page (wrong base URL)',
      (_q, r) => r.writeHead(404, { 'Content-Type': 'text/html' }).end('<html><body>Not Found</body></html>'),
      502,
      'upstream_invalid_response',
    ],
    ['a 400 without ApiErrors', (_q, r) => r.writeHead(400).end('Bad Request'), 502, 'upstream_invalid_response'],
    [
      'a redirect to 8445 (HTTP sent to an HTTPS Finesse)',
      (_q, r) => r.writeHead(301, { Location: 'https://finesse:8445/' }).end(),
      502,
      'upstream_invalid_response',
    ],
    [
      'a 200 with JSON',
      (_q, r) => r.writeHead(200, { 'Content-Type': 'application/json' }).end('{"state":"READY"}'),
      502,
      'upstream_invalid_response',
    ],
    [
      'a 200 with another object than asked for',
      (_q, r) => r.writeHead(200).end('<Dialog><id>1</id><state>ACTIVE</state></Dialog>'),
      502,
      'upstream_invalid_response',
    ],
    [
      'a 200 with an entity expansion bomb',
      (_q, r) =>
        r.writeHead(200).end('<!DOCTYPE User [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><User>&b;</User>'),
      502,
      'upstream_invalid_response',
    ],
    [
      'a 501 Not Implemented',
      (_q, r) =>
        r.writeHead(501).end('<ApiErrors><ApiError><ErrorType>Not Implemented</ErrorType></ApiError></ApiErrors>'),
      502,
      'upstream_invalid_response',
    ],
    ['a 401 without ApiErrors (an SSO proxy)', (_q, r) => r.writeHead(401).end(), 401, 'invalid_credentials'],
    ['a 403 Forbidden (configuration API on the secondary node)', (_q, r) => r.writeHead(403).end(), 403, 'forbidden'],
  ];
  for (const [what, handler, status, code] of CASES) {
    it(`${what} gives ${status} ${code}`, async () => {
      const error = await failure(clientFor(await upstream(handler)).getUser(credentials, '1001001'));
      expect(error).toMatchObject({ status, code });
    });
  }

  it('a body larger than 2 MiB gives 502, declared or streamed', async () => {
    const big = `<User>${'x'.repeat(MAX_BODY_BYTES)}</User>`;
    const declared = await upstream((_q, r) => r.writeHead(200, { 'Content-Length': Buffer.byteLength(big) }).end(big));
    const chunked = await upstream((_q, r) => {
      r.writeHead(200);
      r.write(big.slice(0, MAX_BODY_BYTES / 2));
      r.end(big.slice(MAX_BODY_BYTES / 2));
    });
    for (const url of [declared, chunked]) {
      expect(await failure(clientFor(url).getUser(credentials, '1001001'))).toMatchObject({
        status: 502,
        code: 'upstream_invalid_response',
      });
    }
  });

  it('a 503 with Retry-After keeps the seconds for the BFF answer', async () => {
    const error = await failure(
      clientFor(await upstream((_q, r) => r.writeHead(503, { 'Retry-After': '30' }).end())).getUser(credentials, '1'),
    );
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ status: 503, retryAfterSeconds: 30 });
  });

  it('a 401 body holding a password-like value reaches logInfo redacted', async () => {
    const url = await upstream((_q, r) =>
      r.writeHead(401).end('<Error><password>hunter2</password><auth>Basic YWdlbnQxOmh1bnRlcjI=</auth></Error>'),
    );
    const error = await failure(clientFor(url).getUser(credentials, '1'));
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error.details.logInfo).toContain('401');
    expect(error.details.logInfo).not.toMatch(/hunter2|YWdlbnQxOmh1bnRlcjI/);
  });
});

describe('a Finesse that cannot be reached', () => {
  it('connection refused gives 503 upstream_unavailable', async () => {
    const url = await upstream(() => undefined);
    await new Promise((resolve) => servers.pop()?.close(resolve));
    expect(await failure(clientFor(url).systemInfo())).toMatchObject({ status: 503, code: 'upstream_unavailable' });
  });

  it('a server that accepts but never answers gives 504 upstream_timeout', async () => {
    const url = await upstream(() => undefined);
    const client = new FinesseClient({ baseUrl: url, timeoutMs: 100 });
    clients.push(client);
    expect(await failure(client.systemInfo())).toMatchObject({ status: 504, code: 'upstream_timeout' });
  });
});

describe('construction refuses, with a searchable code', () => {
  const BAD: [string, string, number][] = [
    ['a base URL with credentials', 'https://admin:secret@finesse:8445', 5000],
    ['a base URL that is not http(s)', 'ftp://finesse', 5000],
    ['a base URL that is not a URL', 'finesse:8445', 5000],
    ['a base URL with a query', 'https://finesse:8445/?x=1', 5000],
    ['a timeout of zero', 'https://finesse:8445', 0],
    ['a fractional timeout', 'https://finesse:8445', 1.5],
  ];
  for (const [what, baseUrl, timeoutMs] of BAD) {
    it(what, () => {
      expect(() => new FinesseClient({ baseUrl, timeoutMs })).toThrow(/ERR_FINESSE_/);
    });
  }
});
