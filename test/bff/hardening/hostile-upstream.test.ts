import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFinesseEmulator } from '../../../bff/sandbox/finesse/finesse-emulator.js';
import type { FinesseEmulator } from '../../../bff/sandbox/finesse/finesse-emulator.js';
import { bearer, startTestBff } from '../../kit/bff.js';
import type { TestBff } from '../../kit/bff.js';
import { untilPasses } from '../../kit/eventually.js';
import { startHostileFinesse } from '../../kit/hostile-finesse.js';
import type { HostileFinesse } from '../../kit/hostile-finesse.js';
import { listen } from '../../kit/listening-server.js';
import type { ListeningServer } from '../../kit/listening-server.js';

/*
 * Finesse as a broken or hostile upstream would speak: the BFF answers 502 (or drops the notification), its memory
 * stays bounded, and /healthz keeps answering throughout. Each case prints what it measured: status, time, peak RSS
 * and the slowest /healthz answer while it ran.
 */
const MB = 1024 * 1024;
const RSS_LIMIT = 400 * MB;

let emulator: FinesseEmulator;
let hostile: HostileFinesse;
let bff: TestBff;
let server: ListeningServer;
let token: string;

beforeAll(async () => {
  emulator = await startFinesseEmulator({ answerDelayMs: 20 });
  hostile = await startHostileFinesse(emulator.url);
  bff = await startTestBff({ emulator, finesseUrl: hostile.url });
  server = await listen(bff.app);
  token = await bff.signedInAgent();
});

afterAll(async () => {
  await server.close();
  await bff.close();
  await hostile.close();
  await emulator.close();
});

interface Measured<T> {
  readonly result: T;
  readonly ms: number;
  readonly peakRssMb: number;
  readonly healthz: { readonly answers: number; readonly failures: number; readonly slowestMs: number };
}

/** Runs `act` while sampling RSS and asking /healthz over a real socket, one request after another. */
async function measured<T>(act: () => Promise<T>): Promise<Measured<T>> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const probing = { running: true };
  const healthz = { answers: 0, failures: 0, slowestMs: 0 };
  const prober = (async () => {
    while (probing.running) {
      const started = performance.now();
      const response = await fetch(`${server.url}/healthz`).catch(() => undefined);
      healthz.slowestMs = Math.max(healthz.slowestMs, performance.now() - started);
      if (response?.status === 200) healthz.answers += 1;
      else healthz.failures += 1;
    }
  })();
  const started = performance.now();
  try {
    const result = await act();
    return { result, ms: performance.now() - started, peakRssMb: Math.round(peak / MB), healthz: { ...healthz } };
  } finally {
    probing.running = false;
    await prober;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
}

function report(name: string, status: number | string, run: Measured<unknown>): void {
  console.log(
    `hostile upstream: ${name}: ${String(status)} in ${run.ms.toFixed(0)} ms, peak RSS ${run.peakRssMb} MB, /healthz ${run.healthz.answers} answers, slowest ${run.healthz.slowestMs.toFixed(0)} ms, ${run.healthz.failures} failures`,
  );
}

const WRAP_UP = /\/WrapUpReasons/;
const wrapUp = (body: () => string) => ({ path: WRAP_UP, body });

const CASES: readonly { name: string; body: () => string }[] = [
  {
    name: 'an entity bomb (billion laughs)',
    body: () =>
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level === 0 ? '' : level};`.repeat(10)}">`).join('')}]><WrapUpReasons><WrapUpReason><label>&lol9;</label></WrapUpReason></WrapUpReasons>`,
  },
  {
    name: '50,000-deep nesting',
    body: () => `<WrapUpReasons>${'<a>'.repeat(50_000)}${'</a>'.repeat(50_000)}</WrapUpReasons>`,
  },
  {
    name: 'a 20 MB body',
    body: () => `<WrapUpReasons><WrapUpReason><label>${'x'.repeat(20 * MB)}</label></WrapUpReason></WrapUpReasons>`,
  },
  {
    name: 'a 1.8 MB document of 200,000 elements',
    body: () => `<WrapUpReasons>${'<a/><b/>'.repeat(100_000)}</WrapUpReasons>`.padEnd(1_800_000, ' '),
  },
  {
    name: 'a 100 KB label in a document under every cap',
    body: () =>
      `<WrapUpReasons><WrapUpReason><label>${'x'.repeat(100_000)}</label><forAll>true</forAll><uri>/finesse/api/WrapUpReason/1</uri></WrapUpReason></WrapUpReasons>`,
  },
];

describe('a hostile Finesse REST answer is a 502, with memory bounded and /healthz answering', () => {
  it.each(CASES)(
    'GET /api/wrap-up-reasons when Finesse answers $name answers 502 upstream_invalid_response',
    async ({ name, body }) => {
      hostile.answer(wrapUp(body));
      try {
        const run = await measured(() =>
          request(server.url).get('/api/wrap-up-reasons').set('Authorization', bearer(token)),
        );
        report(name, run.result.status, run);
        expect(run.result.status).toBe(502);
        expect((run.result.body as { error: { code: string } }).error.code).toBe('upstream_invalid_response');
        expect(run.result.text).not.toContain('lol');
        expect(run.peakRssMb * MB).toBeLessThan(RSS_LIMIT);
        expect(run.healthz.failures).toBe(0);
        expect(run.healthz.answers).toBeGreaterThan(0);
      } finally {
        hostile.answer(undefined);
      }
    },
  );

  it('five 1.8 MB wide documents at once all answer 502, and /healthz answers all the while', async () => {
    hostile.answer(wrapUp(CASES[3]?.body ?? (() => '')));
    try {
      const run = await measured(() =>
        Promise.all(
          Array.from({ length: 5 }, () =>
            request(server.url).get('/api/wrap-up-reasons').set('Authorization', bearer(token)),
          ),
        ),
      );
      report('five 1.8 MB wide documents at once', run.result.map((response) => response.status).join('/'), run);
      expect(run.result.map((response) => response.status)).toEqual([502, 502, 502, 502, 502]);
      expect(run.healthz.failures).toBe(0);
    } finally {
      hostile.answer(undefined);
    }
  });

  it('once Finesse answers properly again, GET /api/wrap-up-reasons answers 200', async () => {
    const response = await request(server.url).get('/api/wrap-up-reasons').set('Authorization', bearer(token));
    expect(response.status).toBe(200);
    expect(Array.isArray(response.body)).toBe(true);
  });
});

/** The agent's User notification as the emulator last published it, captured by asking for a state change. */
async function capturedUserUpdate(): Promise<{ node: string; xml: string }> {
  let captured: { node: string; xml: string } | undefined;
  const publish = emulator.xmpp.publish.bind(emulator.xmpp);
  emulator.xmpp.publish = (node, xml) => {
    if (node.endsWith('/User/1001001') && xml.includes('<firstName>')) captured ??= { node, xml };
    publish(node, xml);
  };
  try {
    const state = (await request(server.url).get('/api/agent').set('Authorization', bearer(token))).body as {
      state: string;
    };
    const next = state.state === 'READY' ? { state: 'NOT_READY', reasonCodeId: '1' } : { state: 'READY' };
    expect(
      (await request(server.url).put('/api/agent/state').set('Authorization', bearer(token)).send(next)).status,
    ).toBe(200);
    await untilPasses(() => expect(captured).toBeDefined());
  } finally {
    emulator.xmpp.publish = publish;
  }
  if (!captured) throw new Error('no User notification was published');
  return captured;
}

async function droppedNotifications(reason: string): Promise<number> {
  const metrics = (await request(server.url).get('/metrics')).text;
  const line = metrics
    .split('\n')
    .find((candidate) => candidate.startsWith(`contextdesk_finesse_notifications_dropped_total{reason="${reason}"}`));
  return line === undefined ? 0 : Number(line.split(' ').pop());
}

const firstName = async () =>
  ((await request(server.url).get('/api/agent').set('Authorization', bearer(token))).body as { firstName: string })
    .firstName;

describe('a hostile Finesse notification is dropped, and the agent is still heard', () => {
  it('a 20 MB XMPP notification is dropped unread (counted as oversized), RSS stays under 400 MB, and the session is heard again after it', async () => {
    const { node, xml } = await capturedUserUpdate();
    const before = await droppedNotifications('oversized');
    const huge = xml.replace(/<firstName>[^<]*<\/firstName>/, `<firstName>${'x'.repeat(20 * MB)}</firstName>`);
    const run = await measured(async () => {
      emulator.xmpp.publish(node, huge);
      await untilPasses(async () => expect(await droppedNotifications('oversized')).toBe(before + 1), 10_000);
    });
    report('a 20 MB XMPP notification', 'dropped', run);
    expect(run.peakRssMb * MB).toBeLessThan(RSS_LIMIT);
    expect(run.healthz.failures).toBe(0);
    expect((await firstName()).length).toBeLessThan(100);
    // The session opens again: a state change is confirmed over XMPP and shows in the live picture.
    await untilPasses(() => expect(bff.assembly.hub.transports().xmpp).toBe(1), 10_000);
    await capturedUserUpdate();
  });

  it('a notification under the cap whose firstName is 100,000 characters is dropped as unreadable; the next normal one is applied', async () => {
    const { node, xml } = await capturedUserUpdate();
    const before = await droppedNotifications('unreadable');
    emulator.xmpp.publish(
      node,
      xml.replace(/<firstName>[^<]*<\/firstName>/, `<firstName>${'y'.repeat(100_000)}</firstName>`),
    );
    await untilPasses(async () => expect(await droppedNotifications('unreadable')).toBe(before + 1));
    expect(await firstName()).not.toContain('yyyy');
    emulator.xmpp.publish(node, xml.replace(/<firstName>[^<]*<\/firstName>/, '<firstName>Renamed</firstName>'));
    await untilPasses(async () => expect(await firstName()).toBe('Renamed'));
  });
});
