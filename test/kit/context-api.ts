import request from 'supertest';
import type { Response, Test } from 'supertest';
import type { ContextObjectJson } from '../../bff/sandbox/context-service/wire/object-json.js';
import type { Activity, ContextRequest, Customer, NoteStatus, ScreenPop } from '../../shared/api/context.js';
import type { FaultRequest } from '../../shared/sandbox-control.js';
import { bearer } from './bff.js';
import type { TestBff } from './bff.js';

/** A customer's journey as `GET /api/customers/:id/journey` answers it. */
export interface Journey {
  readonly activities: Activity[];
  readonly requests: ContextRequest[];
  readonly next?: string;
}

/** The JSON error of a refused request. */
export const errorOf = (response: Response) =>
  (response.body as { error: { code: string; message: string; upstream?: Record<string, unknown> } }).error;

function expectStatus(response: Response, status: number, what: string): void {
  if (response.status !== status)
    throw new Error(`${what} answered ${response.status}, not ${status}: ${response.text}`);
}

/**
 * The customer-context routes as one signed-in agent's gadget uses them: raw requests (for status checks) and typed
 * reads that fail the test unless the BFF answers 200.
 */
export function contextApi(bff: TestBff, token: string) {
  const auth = bearer(token);
  const get = (path: string): Test => request(bff.app).get(path).set('Authorization', auth);
  const post = (path: string, body: unknown, headers: Record<string, string> = {}): Test =>
    request(bff.app)
      .post(path)
      .set('Authorization', auth)
      .set(headers)
      .send(body as object);
  const patch = (path: string, body: unknown, headers: Record<string, string> = {}): Test =>
    request(bff.app)
      .patch(path)
      .set('Authorization', auth)
      .set(headers)
      .send(body as object);
  const read = async <T>(path: string): Promise<T> => {
    const response = await get(path);
    expectStatus(response, 200, `GET ${path}`);
    return response.body as T;
  };
  return {
    get,
    post,
    patch,
    popResponse: (dialogId: string): Test => get(`/api/context?dialogId=${encodeURIComponent(dialogId)}`),
    pop: (dialogId: string) => read<ScreenPop>(`/api/context?dialogId=${encodeURIComponent(dialogId)}`),
    customer: (id: string) => read<Customer>(`/api/customers/${id}`),
    journey: (id: string, query = '') =>
      read<Journey>(`/api/customers/${id}/journey${query === '' ? '' : `?${query}`}`),
    note: (noteId: string) => read<NoteStatus>(`/api/notes/${noteId}`),
    /** `POST /api/customers/:id/notes` with an Idempotency-Key (when given). */
    addNote: (customerId: string, body: unknown, idempotencyKey?: string): Test =>
      post(
        `/api/customers/${customerId}/notes`,
        body,
        idempotencyKey === undefined ? {} : { 'Idempotency-Key': idempotencyKey },
      ),
  };
}

export type ContextApi = ReturnType<typeof contextApi>;

/**
 * The Context Service emulator as a test sees it from outside the BFF: its control API (stats, latency, faults) and
 * its REST API (searches and writes with the BFF's bearer token), the upstream truth to compare against.
 */
export function contextServiceControl(bff: TestBff) {
  const sandbox = () => bff.contextSandbox();
  const rest = () => request(bff.contextService.url);
  const auth = `Bearer ${bff.contextService.token}`;
  return {
    async stats(): Promise<Record<string, number>> {
      const response = await sandbox().get('/sandbox/stats');
      expectStatus(response, 200, 'GET /sandbox/stats');
      return response.body as Record<string, number>;
    },
    async clearStats(): Promise<void> {
      expectStatus(await sandbox().delete('/sandbox/stats'), 204, 'DELETE /sandbox/stats');
    },
    async latency(ms: number): Promise<void> {
      expectStatus(await sandbox().post('/sandbox/latency').send({ ms }), 200, 'POST /sandbox/latency');
    },
    async fault(fault: FaultRequest): Promise<void> {
      expectStatus(await sandbox().post('/sandbox/faults').send(fault), 201, 'POST /sandbox/faults');
    },
    async clearFaults(): Promise<void> {
      expectStatus(await sandbox().delete('/sandbox/faults'), 204, 'DELETE /sandbox/faults');
    },
    /** `GET /context/v1/{type}?q=…` as the store answers it, newest first. */
    async search(type: 'customer' | 'activity' | 'request' | 'detail', q: string): Promise<ContextObjectJson[]> {
      const response = await rest()
        .get(`/context/v1/${type}`)
        .query({ q, maxEntries: '200' })
        .set('Authorization', auth);
      expectStatus(response, 200, `GET /context/v1/${type}?q=${q}`);
      return response.body as ContextObjectJson[];
    },
    /** `GET /context/v1/{type}/{id}`: the object exactly as the store holds it. */
    async object(type: 'customer' | 'activity' | 'request' | 'detail', id: string): Promise<ContextObjectJson> {
      const response = await rest().get(`/context/v1/${type}/${id}`).set('Authorization', auth);
      expectStatus(response, 200, `GET /context/v1/${type}/${id}`);
      return response.body as ContextObjectJson;
    },
    /** A new activity of the customer, written straight to the store; answers its id. */
    async createActivity(customerId: string, notes: string, mediaType = 'voice'): Promise<string> {
      const body = {
        type: 'activity',
        state: 'active',
        customerId,
        mediaType,
        fieldsets: ['cisco.base.pod'],
        dataElements: [{ Context_Notes: notes, type: 'string' }],
        contributors: [{ type: 'user', id: 'ivr' }],
        tags: [],
      };
      const response = await rest().post('/context/v1/activity').set('Authorization', auth).send(body);
      expectStatus(response, 201, 'POST /context/v1/activity');
      return (response.body as { id: string }).id;
    },
  };
}

export type ContextServiceControl = ReturnType<typeof contextServiceControl>;

/** The counts that grew between two stats snapshots (`{ "search.customer": 1 }`); empty when nothing was called. */
export function statsDelta(
  before: Readonly<Record<string, number>>,
  after: Readonly<Record<string, number>>,
): Record<string, number> {
  return Object.fromEntries(
    Object.entries(after).flatMap(([key, count]) =>
      count === (before[key] ?? 0) ? [] : [[key, count - (before[key] ?? 0)]],
    ),
  );
}
