import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startContextServiceEmulator } from '../../../bff/sandbox/context-service/context-service-emulator.js';
import type { ContextServiceEmulator } from '../../../bff/sandbox/context-service/context-service-emulator.js';
import {
  MARIA_GARCIA,
  SHARED_HOME_PHONE,
  SHARED_HOME_PHONE_CUSTOMERS,
  UNKNOWN_NUMBER,
} from '../../../bff/sandbox/context-service/demo/demo-facts.js';
import { ContextUnavailableError, StaleObjectError } from '../../../bff/src/context/context-errors.js';
import { ContextServiceAdapter } from '../../../bff/src/context/context-service-adapter.js';
import type { ContextServiceOptions } from '../../../bff/src/context/types.js';
import { UpstreamError } from '../../../bff/src/errors.js';
import { failure } from './adapter-test-kit.js';

/** The adapter against the sandbox's Context Service emulator, over real HTTP: the wire format both sides implement. */
let emulator: ContextServiceEmulator;
let adapter: ContextServiceAdapter;

function adapterOn(options: Partial<ContextServiceOptions> = {}): ContextServiceAdapter {
  return new ContextServiceAdapter({
    baseUrl: emulator.url,
    token: emulator.token,
    labMode: true,
    timeoutMs: 1000,
    defaultRegion: 'US',
    ...options,
  });
}

beforeAll(async () => {
  emulator = await startContextServiceEmulator();
  adapter = adapterOn();
});

afterAll(async () => {
  await adapter.close();
  await emulator.close();
});

beforeEach(async () => {
  await request(emulator.url).post('/sandbox/reset').expect(204);
});

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id).sort();

describe('the adapter reads the emulator demo data', () => {
  it('ping answers', async () => {
    await expect(adapter.ping()).resolves.toBeUndefined();
  });

  it.each([['+1 415 555 0123'], ['(415) 555-0123'], ['4155550123']])(
    'findByPhone %s finds Maria Garcia alone',
    async (phone) => {
      const found = await adapter.findByPhone(phone);
      expect(ids(found)).toEqual([MARIA_GARCIA.id]);
      expect(found[0]).toMatchObject({
        firstName: 'Maria',
        lastName: 'Garcia',
        language: MARIA_GARCIA.language,
        address: { city: MARIA_GARCIA.city },
      });
    },
  );

  it('findByPhone of the shared home phone finds both Chens; of the unknown number, nobody', async () => {
    expect(ids(await adapter.findByPhone(SHARED_HOME_PHONE))).toEqual(ids(SHARED_HOME_PHONE_CUSTOMERS));
    expect(await adapter.findByPhone(UNKNOWN_NUMBER)).toEqual([]);
  });

  it('findByEmail finds Maria by either email in any case', async () => {
    expect(ids(await adapter.findByEmail(MARIA_GARCIA.homeEmail.toUpperCase()))).toEqual([MARIA_GARCIA.id]);
    expect(ids(await adapter.findByEmail(MARIA_GARCIA.workEmail))).toEqual([MARIA_GARCIA.id]);
  });

  it('searchCustomers "maria garcia" finds her', async () => {
    expect(ids(await adapter.searchCustomers('maria garcia', 10))).toContain(MARIA_GARCIA.id);
  });

  it('journey pages Maria activities newest first and lists her open requests', async () => {
    const first = await adapter.journey(MARIA_GARCIA.id, { limit: 3 });
    expect(first.activities).toHaveLength(3);
    expect(first.next).toBeDefined();
    const second = await adapter.journey(MARIA_GARCIA.id, { limit: 3, cursor: first.next });
    const dates = [...first.activities, ...second.activities].map((activity) => activity.lastUpdated);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(ids(first.activities).some((id) => ids(second.activities).includes(id))).toBe(false);
    const open = first.requests
      .filter((contextRequest) => contextRequest.state === 'active')
      .map((contextRequest) => contextRequest.title);
    expect(open).toEqual(expect.arrayContaining([...MARIA_GARCIA.openRequestTitles]));
  });

  it('journey with channel voice gives voice activities only', async () => {
    const journey = await adapter.journey(MARIA_GARCIA.id, { channel: 'voice', limit: 50 });
    expect(journey.activities.length).toBeGreaterThan(0);
    expect(
      journey.activities.every((activity) => activity.channel === 'voice' && activity.customerId === MARIA_GARCIA.id),
    ).toBe(true);
  });
});

describe('the adapter writes to the emulator', () => {
  it('creates a customer findable by phone, updates it with its lastUpdated, and a stale If-Match answers 409 stale_customer', async () => {
    const created = await adapter.createCustomer({
      firstName: 'Zoe',
      lastName: 'Quinn',
      phones: [{ kind: 'work', number: '(646) 555-0111' }],
    });
    expect(ids(await adapter.findByPhone('+1 646-555-0111'))).toEqual([created.id]);
    const updated = await adapter.updateCustomer(
      created.id,
      { emails: [{ kind: 'work', address: 'zoe@example.com' }] },
      created.lastUpdated,
    );
    expect(updated).toMatchObject({ firstName: 'Zoe', emails: [{ kind: 'work', address: 'zoe@example.com' }] });
    const stale = await failure(adapter.updateCustomer(created.id, { firstName: 'Z' }, created.lastUpdated));
    expect(stale).toBeInstanceOf(StaleObjectError);
    expect(stale).toMatchObject({ status: 409, code: 'stale_customer', current: updated.lastUpdated });
  });

  it('adds a note once however often it is delivered, and comments on an activity', async () => {
    const note = {
      customerId: MARIA_GARCIA.id,
      text: 'Called back about the refund',
      contributor: 'agent1',
      idempotencyKey: 'emulator-note-1',
    };
    const first = await adapter.addNote(note);
    expect(await adapter.addNote(note)).toEqual(first);
    expect(await adapter.getActivity(first.activityId)).toMatchObject({
      customerId: MARIA_GARCIA.id,
      channel: 'voice',
      summary: 'Called back about the refund',
      source: 'agent1',
    });
    const comment = await adapter.addNote({
      ...note,
      activityId: first.activityId,
      idempotencyKey: 'emulator-comment-1',
    });
    expect(
      await adapter.addNote({ ...note, activityId: first.activityId, idempotencyKey: 'emulator-comment-1' }),
    ).toEqual(comment);
  });

  it('creates a request and moves an activity under it, then to another customer', async () => {
    const { activityId } = await adapter.addNote({
      customerId: MARIA_GARCIA.id,
      text: 'Misfiled',
      contributor: 'agent1',
      idempotencyKey: 'emulator-move-1',
    });
    const contextRequest = await adapter.createRequest({
      customerId: MARIA_GARCIA.id,
      title: 'Billing review',
      description: 'Check March',
    });
    expect(await adapter.moveActivity(activityId, { requestId: contextRequest.id })).toMatchObject({
      customerId: MARIA_GARCIA.id,
      requestId: contextRequest.id,
    });
    const other = await adapter.createCustomer({ firstName: 'Other' });
    const moved = await adapter.moveActivity(activityId, { customerId: other.id });
    expect(moved.customerId).toBe(other.id);
    expect(moved).not.toHaveProperty('requestId');
  });

  it('keeps lab and production apart', async () => {
    const production = adapterOn({ labMode: false });
    try {
      const created = await adapter.createCustomer({
        firstName: 'Lab',
        phones: [{ kind: 'mobile', number: '+1 646 555 0122' }],
      });
      expect(ids(await adapter.findByPhone('+16465550122'))).toEqual([created.id]);
      expect(await production.findByPhone('+16465550122')).toEqual([]);
    } finally {
      await production.close();
    }
  });
});

describe('emulator faults surface as the BFF errors', () => {
  const fault = (body: Record<string, unknown>) =>
    request(emulator.url)
      .post('/sandbox/faults')
      .send({ path: '^/context/v1/customer', times: 1, ...body })
      .expect(201);

  it('a 500 answers 503 context_unavailable', async () => {
    await fault({ mode: 'status', status: 500 });
    expect(await failure(adapter.getCustomer(MARIA_GARCIA.id))).toMatchObject({
      status: 503,
      code: 'context_unavailable',
      details: { upstream: { service: 'context', status: 500 } },
    });
  });

  it('latency past the deadline answers 503 context_unavailable of type timeout', async () => {
    const impatient = adapterOn({ timeoutMs: 200 });
    await fault({ mode: 'latency', ms: 1000 });
    const error = await failure(impatient.getCustomer(MARIA_GARCIA.id));
    await impatient.close();
    expect(error).toBeInstanceOf(ContextUnavailableError);
    expect(error).toMatchObject({ code: 'context_unavailable', details: { upstream: { type: 'timeout' } } });
  });

  it('a reset connection answers 503 context_unavailable', async () => {
    await fault({ mode: 'reset' });
    expect(await failure(adapter.findByEmail(MARIA_GARCIA.homeEmail))).toMatchObject({
      code: 'context_unavailable',
      details: { upstream: { type: 'unreachable' } },
    });
  });

  it('a malformed body answers 502 upstream_invalid_response', async () => {
    await fault({ mode: 'malformed' });
    const error = await failure(adapter.findByEmail(MARIA_GARCIA.homeEmail));
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({
      status: 502,
      code: 'upstream_invalid_response',
      details: { upstream: { service: 'context' } },
    });
  });

  it('a wrong token answers 503 context_unavailable of type unauthorized', async () => {
    const wrong = adapterOn({ token: 'not-the-token' });
    const error = await failure(wrong.getCustomer(MARIA_GARCIA.id));
    await wrong.close();
    expect(error).toMatchObject({
      status: 503,
      code: 'context_unavailable',
      details: { upstream: { type: 'unauthorized', status: 401 } },
    });
  });
});
