import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearer, startTestBff } from '../kit/bff.js';
import type { TestBff } from '../kit/bff.js';
import { EventStreamReader } from '../kit/event-stream-reader.js';
import { eventually } from '../kit/eventually.js';
import { listen } from '../kit/listening-server.js';

let bff: TestBff;

beforeEach(async () => {
  bff = await startTestBff();
});

afterEach(async () => {
  await bff.close();
});

const api = () => request(bff.app);
const metricsText = async () => (await api().get('/metrics')).text;
/** The sample lines of one metric family. */
const samples = (text: string, name: string) =>
  text.split('\n').filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `));

describe('/healthz and /readyz tell whether the BFF can serve', () => {
  it('GET /healthz answers 200 {status: ok}', async () => {
    const response = await api().get('/healthz');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('GET /readyz with Finesse in service and one agent signed in answers 200 with finesse ok, store ok and one agent heard over XMPP', async () => {
    await bff.signedInAgent();
    const response = await api().get('/readyz');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'ready',
      checks: {
        finesse: { ok: true, detail: 'IN_SERVICE', url: new URL(bff.emulator.url).origin },
        store: { ok: true },
        notifications: { ok: true, agents: { xmpp: 1, polling: 0 } },
      },
    });
  });

  it("GET /readyz while Finesse is OUT_OF_SERVICE answers 503 not_ready naming Finesse's status", async () => {
    await bff.sandbox().post('/sandbox/system').send({ status: 'OUT_OF_SERVICE' }).expect(200);
    const response = await api().get('/readyz');
    expect(response.status).toBe(503);
    expect(response.body).toMatchObject({
      status: 'not_ready',
      checks: {
        finesse: { ok: false, detail: expect.stringContaining('OUT_OF_SERVICE') as string },
        store: { ok: true },
      },
    });
  });

  it('GET /readyz while Finesse answers SystemInfo with 503 answers 503 with the finesse check failed', async () => {
    await bff.sandbox().post('/sandbox/faults').send({ path: '/SystemInfo$', mode: 'status', status: 503 }).expect(201);
    const response = await api().get('/readyz');
    expect(response.status).toBe(503);
    expect(response.body).toMatchObject({
      status: 'not_ready',
      checks: { finesse: { ok: false }, store: { ok: true } },
    });
  });
});

describe('a Finesse that answers SystemInfo only with credentials (401 without)', () => {
  beforeEach(async () => {
    await bff.close();
    bff = await startTestBff({ systemInfo: 'authenticated' });
  });

  it('GET /readyz with one agent signed in answers 200 ready, the finesse check ok saying SystemInfo requires authentication, and the agent heard over XMPP', async () => {
    await bff.signedInAgent();
    const response = await api().get('/readyz');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'ready',
      checks: {
        finesse: { ok: true, detail: expect.stringContaining('SystemInfo requires authentication') as unknown },
        notifications: { ok: true, agents: { xmpp: 1, polling: 0 } },
      },
    });
  });

  it('GET /readyz while Finesse answers every request 503 still answers 503 not_ready', async () => {
    await bff
      .sandbox()
      .post('/sandbox/faults')
      .send({ path: '^/finesse/api/', mode: 'status', status: 503 })
      .expect(201);
    const response = await api().get('/readyz');
    expect(response.status).toBe(503);
    expect(response.body).toMatchObject({ status: 'not_ready', checks: { finesse: { ok: false } } });
  });
});

describe("FINESSE_XMPP_DOMAIN names Finesse's XMPP domain", () => {
  it("set to the emulator's domain, an agent signing in while SystemInfo answers 503 is heard over XMPP", async () => {
    await bff.close();
    bff = await startTestBff({ env: { FINESSE_XMPP_DOMAIN: 'finesse.sandbox' } });
    await bff.sandbox().post('/sandbox/faults').send({ path: '/SystemInfo$', mode: 'status', status: 503 }).expect(201);
    await bff.signedInAgent();
    expect(bff.assembly.hub.transports()).toEqual({ xmpp: 1, polling: 0 });
  });
});

describe('/metrics answers Prometheus text with bounded labels', () => {
  it('after GET /api/agent the request counter has route="/api/agent" and Finesse calls are counted by service', async () => {
    const token = await bff.signedInAgent();
    await api().get('/api/agent').set('Authorization', bearer(token)).expect(200);
    const response = await api().get('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(samples(response.text, 'contextdesk_http_requests_total')).toContainEqual(
      expect.stringMatching(/^contextdesk_http_requests_total\{method="GET",route="\/api\/agent",status="200"\} 1$/),
    );
    expect(samples(response.text, 'contextdesk_upstream_calls_total')).toContainEqual(
      expect.stringMatching(
        /^contextdesk_upstream_calls_total\{service="finesse",operation="getUser",outcome="ok"\} [1-9]/,
      ),
    );
    expect(samples(response.text, 'contextdesk_notification_sessions_open')).toContain(
      'contextdesk_notification_sessions_open{transport="xmpp"} 1',
    );
    expect(samples(response.text, 'contextdesk_event_streams_open')).toEqual(['contextdesk_event_streams_open 0']);
  });

  it('requests naming a dialog id, a user id and an unknown path are counted under their route patterns, never the raw path', async () => {
    const token = await bff.signedInAgent();
    await api().post('/api/dialogs/987654/actions').set('Authorization', bearer(token)).send({ action: 'HOLD' });
    await api().get('/finesse/api/User/1001001').set('Authorization', bearer(token)).expect(200);
    await api().get('/api/no-such-route/555444').set('Authorization', bearer(token)).expect(404);
    const requests = samples(await metricsText(), 'contextdesk_http_requests_total');
    expect(requests).toContainEqual(expect.stringContaining('route="/api/dialogs/:id/actions"'));
    expect(requests.filter((line) => /987654|1001001|555444/.test(line))).toEqual([]);
  });

  it('an open event stream counts in contextdesk_event_streams_open and stops counting once closed', async () => {
    const token = await bff.signedInAgent();
    const server = await listen(bff.app);
    try {
      const stream = await EventStreamReader.open(`${server.url}/api/events`, { Authorization: bearer(token) });
      await stream.nextEvent('system');
      expect(samples(await metricsText(), 'contextdesk_event_streams_open')).toEqual([
        'contextdesk_event_streams_open 1',
      ]);
      stream.close();
      const after = await eventually(
        metricsText,
        (text) => samples(text, 'contextdesk_event_streams_open')[0] === 'contextdesk_event_streams_open 0',
      );
      expect(samples(after, 'contextdesk_event_streams_open')).toEqual(['contextdesk_event_streams_open 0']);
    } finally {
      await server.close();
    }
  });
});

describe('/api/openapi.json documents the API', () => {
  it('answers an OpenAPI 3.1 document with every route of the Session, Agent and Dialogs sections', async () => {
    const response = await api().get('/api/openapi.json');
    expect(response.status).toBe(200);
    const document = response.body as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(document.openapi).toMatch(/^3\.1\./);
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations).toEqual(
      expect.arrayContaining([
        'POST /api/session',
        'GET /api/session',
        'DELETE /api/session',
        'GET /api/agent',
        'POST /api/agent/sign-in',
        'PUT /api/agent/state',
        'GET /api/reason-codes',
        'GET /api/wrap-up-reasons',
        'GET /api/dialogs',
        'POST /api/dialogs',
        'POST /api/dialogs/{id}/actions',
      ]),
    );
  });
});

describe('every answer carries the security headers, and CORS admits only the configured origins', () => {
  it.each(['/healthz', '/api/nothing-here', '/api/agent'])(
    'GET %s answers with X-Content-Type-Options nosniff and no X-Powered-By',
    async (path) => {
      const response = await api().get(path);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-powered-by']).toBeUndefined();
    },
  );

  it('a pass-through answer carries X-Content-Type-Options nosniff and no X-Powered-By', async () => {
    const { token } = await bff.signIn();
    const response = await api().get('/finesse/api/User/1001001').set('Authorization', bearer(token));
    expect(response.status).toBe(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('a request from an Origin not in ALLOWED_ORIGINS gets no Access-Control-Allow-Origin', async () => {
    const response = await api().get('/healthz').set('Origin', 'https://attacker.example.com');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('with ALLOWED_ORIGINS=https://finesse.example.com, a request from that origin gets it back as Access-Control-Allow-Origin, another origin does not', async () => {
    await bff.close();
    bff = await startTestBff({ env: { ALLOWED_ORIGINS: 'https://finesse.example.com' } });
    const allowed = await api().get('/healthz').set('Origin', 'https://finesse.example.com');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://finesse.example.com');
    const other = await api().get('/healthz').set('Origin', 'https://finesse.example.com.attacker.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('with ALLOWED_ORIGINS set, a preflight from that origin for PUT with Authorization is allowed', async () => {
    await bff.close();
    bff = await startTestBff({ env: { ALLOWED_ORIGINS: 'https://finesse.example.com' } });
    const response = await api()
      .options('/api/agent/state')
      .set('Origin', 'https://finesse.example.com')
      .set('Access-Control-Request-Method', 'PUT')
      .set('Access-Control-Request-Headers', 'authorization,content-type');
    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('https://finesse.example.com');
    expect(response.headers['access-control-allow-headers']).toMatch(/Authorization/i);
  });
});
