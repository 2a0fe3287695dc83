import type { IncomingHttpHeaders, RequestListener } from 'node:http';
import express from 'express';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import type { Session } from '../../bff/src/auth/session.js';
import { createLogger } from '../../bff/src/logger.js';
import { finessePassThrough } from '../../bff/src/proxy/finesse-pass-through.js';
import { listen } from '../kit/listening-server.js';
import type { ListeningServer } from '../kit/listening-server.js';

/*
 * The pass-through against a small upstream of the test's own, standing in for Finesse: it records what reaches it
 * and misbehaves in ways the emulator cannot (failing after the headers were sent).
 */

interface Captured {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

const session: Session = {
  tokenHash: 'hash-of-a-test-session',
  loginId: '1001001',
  roles: ['Agent'],
  credentials: { user: 'agent1', authorization: `Basic ${Buffer.from('agent1:sandbox').toString('base64')}` },
  expiresAt: new Date(Date.now() + 60_000),
  absoluteExpiresAt: new Date(Date.now() + 60_000),
};
const USER_XML = '<User><loginId>1001001</loginId></User>';

const servers: ListeningServer[] = [];
let captured: Captured[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
  captured = [];
});

async function upstream(handler: RequestListener): Promise<ListeningServer> {
  const server = await listen(handler);
  servers.push(server);
  return server;
}

/** Finesse answering 200 with a User and a cookie of its own, after recording the request. */
const recordingFinesse: RequestListener = (incoming, outgoing) => {
  const chunks: Buffer[] = [];
  incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
  incoming.on('end', () => {
    captured.push({
      method: incoming.method ?? '',
      url: incoming.url ?? '',
      headers: incoming.headers,
      body: Buffer.concat(chunks),
    });
    outgoing.writeHead(200, {
      'Content-Type': 'application/xml',
      'Set-Cookie': 'JSESSIONID=upstream-session; Path=/; HttpOnly',
    });
    outgoing.end(USER_XML);
  });
};

/** An app with the pass-through alone, for a session already authenticated. */
function passThroughApp(finesse: ListeningServer, timeoutMs = 2000) {
  const app = express();
  app.use((_request, response, next) => {
    response.locals.session = session;
    next();
  });
  app.use(
    '/finesse/api',
    finessePassThrough({ finesseUrl: finesse.url, timeoutMs, ca: undefined, logger: createLogger('silent') }),
  );
  return app;
}

describe("the pass-through sends the session's credentials, never the browser's, and drops upstream cookies", () => {
  it("a PUT carrying the browser's Cookie, Authorization, Origin and Referer reaches Finesse with only the session's Basic Authorization", async () => {
    const app = passThroughApp(await upstream(recordingFinesse));
    const response = await request(app)
      .put('/finesse/api/User/1001001')
      .set('Cookie', 'sid=browser-cookie')
      .set('Authorization', 'Bearer browser-session-token')
      .set('Origin', 'https://finesse.example.com')
      .set('Referer', 'https://finesse.example.com/desktop')
      .set('Content-Type', 'application/xml')
      .send('<User><state>READY</state></User>');
    expect(response.status).toBe(200);
    expect(captured).toHaveLength(1);
    const [call] = captured;
    expect(call?.method).toBe('PUT');
    expect(call?.url).toBe('/finesse/api/User/1001001');
    expect(call?.headers.authorization).toBe(session.credentials.authorization);
    expect(call?.headers.cookie).toBeUndefined();
    expect(call?.headers.origin).toBeUndefined();
    expect(call?.headers.referer).toBeUndefined();
    expect(JSON.stringify(call?.headers)).not.toContain('browser');
  });

  it('an XML body with a declaration, comments, CRLF and non-ASCII text reaches Finesse byte for byte', async () => {
    const app = passThroughApp(await upstream(recordingFinesse));
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?>\r\n<User>\r\n  <!-- é ✓ &amp; -->\r\n  <state>LOGIN</state><extension>1001001</extension>\n</User>';
    const response = await request(app)
      .put('/finesse/api/User/1001001')
      .set('Content-Type', 'application/xml; charset=utf-8')
      .send(xml);
    expect(response.status).toBe(200);
    expect(captured[0]?.body.equals(Buffer.from(xml, 'utf8'))).toBe(true);
  });

  it("Finesse's Set-Cookie is dropped from the answer while its body and Content-Type pass unchanged", async () => {
    const app = passThroughApp(await upstream(recordingFinesse));
    const response = await request(app).get('/finesse/api/User/1001001').buffer(true);
    expect(response.status).toBe(200);
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.headers['content-type']).toMatch(/application\/xml/);
    expect(response.text).toBe(USER_XML);
  });
});

/**
 * How the browser's read of a pass-through answer ends: complete, cut (the connection was closed under it, so the
 * browser knows the XML is incomplete), or not at all within `boundMs`.
 */
async function howTheAnswerEnds(
  url: string,
  boundMs: number,
): Promise<{ ending: 'complete' | 'cut' | 'no end'; status?: number; text?: string }> {
  const signal = AbortSignal.timeout(boundMs);
  let status: number | undefined;
  try {
    const response = await fetch(url, { signal });
    status = response.status;
    return { ending: 'complete', status, text: await response.text() };
  } catch {
    return { ending: signal.aborted ? 'no end' : 'cut', ...(status === undefined ? {} : { status }) };
  }
}

describe('a Finesse failing after it sent its headers is not hidden from the browser', () => {
  it("Finesse closing its connection after the headers and half a User: the browser's answer is cut too, not left open", async () => {
    const finesse = await upstream((_incoming, outgoing) => {
      outgoing.writeHead(200, { 'Content-Type': 'application/xml' });
      outgoing.write('<User><loginId>1001');
      setImmediate(() => outgoing.socket?.destroy());
    });
    const bffServer = await listen(passThroughApp(finesse));
    servers.push(bffServer);
    const outcome = await howTheAnswerEnds(`${bffServer.url}/finesse/api/User/1001001`, 3000);
    expect(outcome).toMatchObject({ ending: 'cut', status: 200 });
  });

  it("Finesse sending the headers and half a User, then nothing beyond FINESSE_TIMEOUT_MS (300 ms): the browser's answer is cut, not left open", async () => {
    const finesse = await upstream((_incoming, outgoing) => {
      outgoing.writeHead(200, { 'Content-Type': 'application/xml', 'Content-Length': String(USER_XML.length) });
      outgoing.write('<User><loginId>1001');
    });
    const bffServer = await listen(passThroughApp(finesse, 300));
    servers.push(bffServer);
    const outcome = await howTheAnswerEnds(`${bffServer.url}/finesse/api/User/1001001`, 3000);
    expect(outcome).toMatchObject({ ending: 'cut', status: 200 });
  });
});
