import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listen } from '../../kit/listening-server.js';
import type { WireObject } from './stub-search.js';
import { parseQuery, termMatches } from './stub-search.js';

export const STUB_TOKEN = 'stub-token';
const TYPES = new Set(['customer', 'request', 'activity', 'detail']);

/** What the next request gets instead of the documented answer. */
export interface Fault {
  readonly status?: number;
  readonly body?: string;
  readonly headers?: Record<string, string>;
  readonly delayMs?: number;
  /** Cut the connection without answering. */
  readonly reset?: boolean;
}

export interface Recorded {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
  readonly body: unknown;
}

/**
 * A tiny Context Service speaking the documented wire format (REST under /context/v1, bearer token, JSON errors
 * `{ error: { key, message } }`, optimistic locking on lastUpdated, the search language of stub-search.ts), with a
 * log of every request and a queue of faults. Objects are kept as JSON, exactly as a test seeds them.
 */
export class ContextServiceStub {
  readonly objects = new Map<string, WireObject>();
  readonly requests: Recorded[] = [];
  readonly faults: Fault[] = [];
  private clock = Date.parse('2025-03-01T09:00:00.000Z');
  /** `http://127.0.0.1:<port>`, once started. */
  url = '';
  private stop: () => Promise<void> = () => Promise.resolve();

  static async start(): Promise<ContextServiceStub> {
    const stub = new ContextServiceStub();
    const server = await listen((request, response) => {
      stub.handle(request, response).catch(() => response.writeHead(500).end(error(500, 'stub failure')));
    });
    stub.url = server.url;
    stub.stop = () => server.close();
    return stub;
  }

  close(): Promise<void> {
    return this.stop();
  }

  /** A strictly later timestamp on every call, so that newest-first order and staleness are deterministic. */
  tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }

  /** Stores an object as given (id, type and dates filled in when absent); returns it. */
  seed(object: WireObject): WireObject {
    const id = typeof object.id === 'string' ? object.id : randomUUID();
    const date = { date: this.tick() };
    const stored = { created: date, lastUpdated: date, ...object, id };
    this.objects.set(id, stored);
    return stored;
  }

  /** The search requests of one type, their `q`. */
  searches(type: string): string[] {
    return this.requests
      .filter((request) => request.method === 'GET' && request.path === `/context/v1/${type}`)
      .map((request) => request.query.get('q') ?? '');
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://stub');
    const chunks: Buffer[] = [];
    for await (const chunk of request as AsyncIterable<Buffer>) chunks.push(chunk);
    const text = Buffer.concat(chunks).toString('utf8');
    const body: unknown = text === '' ? undefined : JSON.parse(text);
    this.requests.push({
      method: request.method ?? '',
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      body,
    });
    const fault = this.faults.shift();
    if (fault?.delayMs !== undefined) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.reset === true) {
      request.socket.destroy();
      return;
    }
    if (fault?.status !== undefined) {
      response
        .writeHead(fault.status, { 'Content-Type': 'application/json', ...fault.headers })
        .end(fault.body ?? error(fault.status, 'injected fault'));
      return;
    }
    const answer = this.answer(request.method ?? '', url, request.headers.authorization, body);
    response.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers }).end(answer.body);
  }

  private answer(
    method: string,
    url: URL,
    authorization: string | undefined,
    body: unknown,
  ): { status: number; body: string; headers?: Record<string, string> } {
    const [, context, v1, type, id, ...rest] = url.pathname.split('/');
    if (context !== 'context' || v1 !== 'v1' || rest.length > 0)
      return { status: 404, body: error(404, 'no such resource') };
    if (type === 'ping' && method === 'GET') return { status: 200, body: JSON.stringify({ message: 'pong' }) };
    if (authorization !== `Bearer ${STUB_TOKEN}`) return { status: 401, body: error(401, 'invalid token') };
    if (type === undefined || !TYPES.has(type)) return { status: 404, body: error(404, 'no such type') };
    if (method === 'POST' && id === undefined) return this.create(type, body as WireObject);
    if (method === 'GET' && id === undefined) return this.search(type, url.searchParams);
    const stored = id === undefined ? undefined : this.objects.get(id);
    if (stored === undefined || stored.type !== type)
      return { status: 404, body: error(404, `${type} ${id ?? ''} not found`) };
    if (method === 'GET') return { status: 200, body: JSON.stringify(stored) };
    if (method === 'PUT') return this.update(stored, body as WireObject);
    return { status: 405, body: error(405, 'method not allowed') };
  }

  private create(type: string, body: WireObject): { status: number; body: string } {
    const id = randomUUID();
    const refUrl = `${this.url}/context/v1/${type}/${id}`;
    this.seed({ ...body, type, id, refUrl });
    return { status: 201, body: JSON.stringify({ id, refUrl }) };
  }

  private update(stored: WireObject, body: WireObject): { status: number; body: string } {
    const sent = (body.lastUpdated as { date?: unknown } | undefined)?.date;
    const current = (stored.lastUpdated as { date: string }).date;
    if (sent !== current)
      return { status: 409, body: error(409, `lastUpdated ${String(sent)} is not the current ${current}`) };
    const updated = {
      ...body,
      id: stored.id,
      type: stored.type,
      created: stored.created,
      lastUpdated: { date: this.tick() },
    };
    this.objects.set(stored.id as string, updated);
    return { status: 200, body: JSON.stringify(updated) };
  }

  private search(
    type: string,
    parameters: URLSearchParams,
  ): { status: number; body: string; headers: Record<string, string> } {
    let query: ReturnType<typeof parseQuery>;
    try {
      query = parseQuery(parameters.get('q') ?? '');
    } catch (problem) {
      return { status: 400, body: error(400, problem instanceof Error ? problem.message : 'bad q'), headers: {} };
    }
    const { operator, terms } = query;
    const startIndex = Number(parameters.get('startIndex') ?? '0');
    const maxEntries = Math.min(Number(parameters.get('maxEntries') ?? '200'), 200);
    const hits = [...this.objects.values()]
      .filter((object) => object.type === type)
      .filter((object) =>
        operator === 'AND'
          ? terms.every((term) => termMatches(object, term))
          : terms.some((term) => termMatches(object, term)),
      )
      .sort((a, b) => lastUpdated(b).localeCompare(lastUpdated(a)));
    return {
      status: 200,
      body: JSON.stringify(hits.slice(startIndex, startIndex + maxEntries)),
      headers: { 'X-Total-Hits': String(hits.length) },
    };
  }
}

function lastUpdated(object: WireObject): string {
  return (object.lastUpdated as { date?: string } | undefined)?.date ?? '';
}

function error(status: number, message: string): string {
  return JSON.stringify({ error: { key: String(status), message } });
}
