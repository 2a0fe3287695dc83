import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, request } from 'undici';

/**
 * Loopback plumbing for the screen-pop benchmark: timed requests to the BFF, the Finesse emulator's call control and
 * the Context Service emulator's request counts. Every request has a time limit; every wait is bounded.
 */
const REQUEST_LIMIT_MS = 15_000;

/** Context Service requests by operation and type, as `GET /sandbox/stats` counts them: `{ "search.customer": 3 }`. */
export type Stats = Readonly<Record<string, number>>;

export interface Answer {
  readonly status: number;
  readonly ms: number;
  readonly body: unknown;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readStats(body: unknown): Stats {
  if (!isRecord(body)) throw new Error('stats: not an object');
  const stats: Record<string, number> = {};
  for (const [key, value] of Object.entries(body)) if (typeof value === 'number') stats[key] = value;
  return stats;
}

export function statsDiff(after: Stats, before: Stats): Stats {
  const diff: Record<string, number> = {};
  for (const [key, value] of Object.entries(after)) {
    const rise = value - (before[key] ?? 0);
    if (rise !== 0) diff[key] = rise;
  }
  return diff;
}

export function statsAdd(left: Stats, right: Stats): Stats {
  const sum: Record<string, number> = { ...left };
  for (const [key, value] of Object.entries(right)) sum[key] = (sum[key] ?? 0) + value;
  return sum;
}

export function statsTotal(stats: Stats): number {
  return Object.values(stats).reduce((sum, value) => sum + value, 0);
}

/** `search.customer 40, search.activity 40` (or `none`). */
export function statsText(stats: Stats): string {
  const entries = Object.entries(stats).sort(([left], [right]) => left.localeCompare(right));
  return entries.length === 0 ? 'none' : entries.map(([key, value]) => `${key} ${value}`).join(', ');
}

export interface Percentiles {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

/** Nearest-rank percentiles. */
export function percentiles(samples: readonly number[]): Percentiles {
  const sorted = [...samples].sort((left, right) => left - right);
  const rank = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
  return {
    count: sorted.length,
    p50: rank(0.5),
    p95: rank(0.95),
    p99: rank(0.99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** What the BFF's `/metrics` says about its own CPU time and its Context Service calls (by operation, summed). */
export interface BffMetrics {
  readonly cpuMs: number;
  readonly upstream: ReadonlyMap<string, { readonly ms: number; readonly count: number }>;
}

function readMetrics(text: string): BffMetrics {
  let cpuMs = 0;
  const upstream = new Map<string, { ms: number; count: number }>();
  for (const line of text.split('\n')) {
    const cpu = /^(?:contextdesk_)?process_cpu_seconds_total (\S+)$/.exec(line);
    if (cpu?.[1] !== undefined) cpuMs = Number(cpu[1]) * 1000;
    const call = /^contextdesk_upstream_call_duration_seconds_(sum|count)\{([^}]*)\} (\S+)$/.exec(line);
    if (call?.[1] === undefined || call[2] === undefined || call[3] === undefined) continue;
    const labels = new Map([...call[2].matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1] ?? '', match[2] ?? '']));
    const operation = labels.get('operation');
    if (labels.get('service') !== 'context' || operation === undefined) continue;
    const entry = upstream.get(operation) ?? { ms: 0, count: 0 };
    if (call[1] === 'sum') entry.ms = Number(call[3]) * 1000;
    else entry.count = Number(call[3]);
    upstream.set(operation, entry);
  }
  return { cpuMs, upstream };
}

/** The change between two `/metrics` reads. */
export function metricsDiff(after: BffMetrics, before: BffMetrics): BffMetrics {
  const upstream = new Map<string, { ms: number; count: number }>();
  for (const [operation, entry] of after.upstream) {
    const earlier = before.upstream.get(operation) ?? { ms: 0, count: 0 };
    if (entry.count !== earlier.count)
      upstream.set(operation, { ms: entry.ms - earlier.ms, count: entry.count - earlier.count });
  }
  return { cpuMs: after.cpuMs - before.cpuMs, upstream };
}

export interface HarnessUrls {
  readonly bff: string;
  readonly finesse: string;
  readonly context: string;
  /** The Context Service bearer token (the sandbox's). */
  readonly contextToken: string;
}

/** One keep-alive client for the three loopback services, with the agent's BFF session once `signIn` has run. */
export class Harness {
  private readonly dispatcher = new Agent({ keepAliveTimeout: 30_000, connections: 512 });
  private bearer = '';

  constructor(private readonly urls: HarnessUrls) {}

  async close(): Promise<void> {
    await this.dispatcher.close();
  }

  /** A JSON request, timed from sending to the last byte of the answer. */
  async call(
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    options: { body?: unknown; authorization?: string } = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.authorization !== undefined) headers.authorization = options.authorization;
    const started = performance.now();
    const response = await request(url, {
      method,
      headers,
      dispatcher: this.dispatcher,
      signal: AbortSignal.timeout(REQUEST_LIMIT_MS),
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
    const text = await response.body.text();
    const ms = performance.now() - started;
    return { status: response.statusCode, ms, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
  }

  private async expect(answer: Promise<Answer>, status: number, what: string): Promise<Answer> {
    const settled = await answer;
    if (settled.status !== status) throw new Error(`${what}: HTTP ${settled.status} ${JSON.stringify(settled.body)}`);
    return settled;
  }

  /** POST /api/session, then POST /api/agent/sign-in at the extension. */
  async signIn(username: string, password: string, extension: string): Promise<void> {
    const session = await this.expect(
      this.call('POST', `${this.urls.bff}/api/session`, { body: { username, password } }),
      201,
      'POST /api/session',
    );
    const token = isRecord(session.body) ? session.body.token : undefined;
    if (typeof token !== 'string') throw new Error('POST /api/session: no token');
    this.bearer = `Bearer ${token}`;
    await this.expect(
      this.call('POST', `${this.urls.bff}/api/agent/sign-in`, { body: { extension }, authorization: this.bearer }),
      200,
      'POST /api/agent/sign-in',
    );
  }

  /** `GET /api/context?dialogId=`, timed. */
  pop(dialogId: string): Promise<Answer> {
    return this.call('GET', `${this.urls.bff}/api/context?dialogId=${encodeURIComponent(dialogId)}`, {
      authorization: this.bearer,
    });
  }

  /** The ids of the agent's calls in the BFF's live picture (`GET /api/dialogs`). */
  async dialogIds(): Promise<Set<string>> {
    const answer = await this.expect(
      this.call('GET', `${this.urls.bff}/api/dialogs`, { authorization: this.bearer }),
      200,
      'GET /api/dialogs',
    );
    const ids = Array.isArray(answer.body)
      ? answer.body.map((dialog: unknown) => (isRecord(dialog) && typeof dialog.id === 'string' ? dialog.id : ''))
      : [];
    return new Set(ids);
  }

  /**
   * A write through the BFF (`POST /api/customers`, a throwaway customer): every write clears the BFF's screen-pop
   * cache, so the next pop of any call is looked up afresh. Costs a Context Service create and its read-back.
   */
  async clearPopCache(label: string): Promise<void> {
    await this.expect(
      this.call('POST', `${this.urls.bff}/api/customers`, {
        body: { firstName: 'Bench', lastName: label },
        authorization: this.bearer,
      }),
      201,
      'POST /api/customers',
    );
  }

  /** The BFF's Prometheus metrics, read. */
  async metrics(): Promise<BffMetrics> {
    const response = await request(`${this.urls.bff}/metrics`, {
      dispatcher: this.dispatcher,
      signal: AbortSignal.timeout(REQUEST_LIMIT_MS),
    });
    const text = await response.body.text();
    if (response.statusCode !== 200) throw new Error(`GET /metrics: HTTP ${response.statusCode}`);
    return readMetrics(text);
  }

  /** `POST <finesse>/sandbox/calls`: a call from `from` rings at `to`; its dialog id. */
  async ring(from: string, to: string, variables?: Readonly<Record<string, string>>): Promise<string> {
    const answer = await this.expect(
      this.call('POST', `${this.urls.finesse}/sandbox/calls`, {
        body: { from, to, ...(variables ? { variables } : {}) },
      }),
      201,
      'POST /sandbox/calls',
    );
    const dialogId = isRecord(answer.body) ? answer.body.dialogId : undefined;
    if (typeof dialogId !== 'string') throw new Error('POST /sandbox/calls: no dialogId');
    return dialogId;
  }

  /** The caller hangs up (`DELETE <finesse>/sandbox/calls/:id`); an already gone call is fine. */
  async hangUp(dialogId: string): Promise<void> {
    const answer = await this.call('DELETE', `${this.urls.finesse}/sandbox/calls/${encodeURIComponent(dialogId)}`);
    if (answer.status !== 204 && answer.status !== 404) throw new Error(`DELETE /sandbox/calls: HTTP ${answer.status}`);
  }

  async setContextLatency(ms: number): Promise<void> {
    await this.expect(
      this.call('POST', `${this.urls.context}/sandbox/latency`, { body: { ms } }),
      200,
      'POST /sandbox/latency',
    );
  }

  async stats(): Promise<Stats> {
    return readStats(
      (await this.expect(this.call('GET', `${this.urls.context}/sandbox/stats`), 200, 'GET /sandbox/stats')).body,
    );
  }

  async clearStats(): Promise<void> {
    await this.expect(this.call('DELETE', `${this.urls.context}/sandbox/stats`), 204, 'DELETE /sandbox/stats');
  }

  /** A Context Service REST read straight from the emulator (setup only: finding demo numbers and ids). */
  async contextRead(path: string): Promise<unknown> {
    return (
      await this.expect(
        this.call('GET', `${this.urls.context}/context/v1${path}`, {
          authorization: `Bearer ${this.urls.contextToken}`,
        }),
        200,
        `GET ${path}`,
      )
    ).body;
  }

  /**
   * Wait until the Context Service counts have risen by at least `minRise` and then stayed still for `quietMs`
   * (longer than one upstream round trip, so a lookup's next round would have shown). Returns the counts then.
   */
  async waitForQuiet(before: Stats, minRise: number, quietMs: number, limitMs = 5_000): Promise<Stats> {
    const started = performance.now();
    let last = await this.stats();
    let lastChange = performance.now();
    while (performance.now() - started < limitMs) {
      await sleep(10);
      const now = await this.stats();
      if (statsTotal(now) !== statsTotal(last)) {
        last = now;
        lastChange = performance.now();
      }
      if (statsTotal(statsDiff(last, before)) >= minRise && performance.now() - lastChange >= quietMs) return last;
    }
    throw new Error(
      `Context Service calls did not settle within ${limitMs} ms (rose by ${statsTotal(statsDiff(last, before))}, wanted ≥ ${minRise})`,
    );
  }
}
