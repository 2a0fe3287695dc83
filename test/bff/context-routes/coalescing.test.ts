import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MARIA_GARCIA } from '../../../bff/sandbox/context-service/demo/demo-facts.js';
import type { ContextStore } from '../../../bff/src/context/context-store.js';
import { ScreenPopService } from '../../../bff/src/services/screen-pop-service.js';
import type { Customer, ScreenPop } from '../../../shared/api/context.js';
import type { Dialog } from '../../../shared/api/dialog.js';
import { startTestBff } from '../../kit/bff.js';
import type { TestBff } from '../../kit/bff.js';
import { contextApi, contextServiceControl, statsDelta } from '../../kit/context-api.js';
import type { ContextApi, ContextServiceControl } from '../../kit/context-api.js';
import { deskApi } from '../../kit/desk-api.js';
import type { DeskApi } from '../../kit/desk-api.js';
import { untilPasses } from '../../kit/eventually.js';

let bff: TestBff;
let desk: DeskApi;
let store: ContextServiceControl;
let agent1: ContextApi;

const AGENT1 = '1001001';

beforeEach(async () => {
  bff = await startTestBff();
  desk = deskApi(bff);
  store = contextServiceControl(bff);
  agent1 = contextApi(bff, await bff.signedInAgent());
});

afterEach(async () => {
  await bff.close();
});

/** How many customer searches Context Service served since `before`. */
async function customerSearchesSince(before: Record<string, number>): Promise<number> {
  return statsDelta(before, await store.stats())['search.customer'] ?? 0;
}

describe('identical screen pops share one upstream lookup', () => {
  it("100 concurrent GET /api/context for one call from Maria's mobile (Context Service 200 ms away) make one customer search in all, prefetch included, and answer 100 identical pops", async () => {
    await store.latency(200);
    await store.clearStats();
    const before = await store.stats();
    const dialogId = await desk.ring(MARIA_GARCIA.mobilePhone, AGENT1);
    const responses = await Promise.all(Array.from({ length: 100 }, () => agent1.popResponse(dialogId)));
    expect(responses.map((response) => response.status)).toEqual(Array.from({ length: 100 }, () => 200));
    const bodies = new Set(responses.map((response) => JSON.stringify(response.body)));
    expect(bodies.size).toBe(1);
    expect(responses[0]?.body).toMatchObject({ dialogId, match: 'phone', customer: { id: MARIA_GARCIA.id } });
    expect(await customerSearchesSince(before)).toBe(1);
  });

  it('the same caller delivered in two formats (+14155550123 and 4155550123) is one lookup: one customer search for both calls', async () => {
    await store.latency(100);
    await store.clearStats();
    const before = await store.stats();
    const first = await desk.ring(MARIA_GARCIA.mobilePhone, AGENT1);
    const second = await desk.ring(MARIA_GARCIA.mobilePhone.replace('+1', ''), AGENT1);
    const pops = await Promise.all([agent1.pop(first), agent1.pop(second)]);
    expect(pops.map((pop) => pop.customer?.id)).toEqual([MARIA_GARCIA.id, MARIA_GARCIA.id]);
    expect(await customerSearchesSince(before)).toBe(1);
  });

  it('a second GET /api/context for the same call within 30 s makes no upstream call at all', async () => {
    const dialogId = await desk.ring(MARIA_GARCIA.mobilePhone, AGENT1);
    const first = await agent1.pop(dialogId);
    const before = await store.stats();
    expect(await agent1.pop(dialogId)).toEqual(first);
    expect(statsDelta(before, await store.stats())).toEqual({});
  });

  it('a GET /api/context more than 30 s after the last lookup searches again', async () => {
    const dialogId = await desk.ring(MARIA_GARCIA.mobilePhone, AGENT1);
    await agent1.pop(dialogId);
    const before = await store.stats();
    bff.clock.advance(30_001);
    await agent1.pop(dialogId);
    expect(await customerSearchesSince(before)).toBe(1);
  });
});

describe('writes clear the screen-pop cache', () => {
  it('after PATCH /api/customers/:id for Maria the next pop of her call searches again and shows the change', async () => {
    const dialogId = await desk.ring(MARIA_GARCIA.mobilePhone, AGENT1);
    const first = await agent1.pop(dialogId);
    expect(first.customer?.address?.city).toBe(MARIA_GARCIA.city);
    const patched = await agent1.patch(
      `/api/customers/${MARIA_GARCIA.id}`,
      { address: { city: 'Oakland' } },
      { 'If-Match': first.customer!.lastUpdated },
    );
    expect(patched.status).toBe(200);
    const before = await store.stats();
    const second = await agent1.pop(dialogId);
    expect(await customerSearchesSince(before)).toBe(1);
    expect(second.customer).toMatchObject({
      id: MARIA_GARCIA.id,
      address: { city: 'Oakland' },
      lastUpdated: (patched.body as Customer).lastUpdated,
    });
  });

  it('after POST /api/requests for Maria the next pop of her call lists the new open request', async () => {
    const dialogId = await desk.ring(MARIA_GARCIA.mobilePhone, AGENT1);
    await agent1.pop(dialogId);
    const created = await agent1.post('/api/requests', { customerId: MARIA_GARCIA.id, title: 'Upgrade to fibre' });
    expect(created.status).toBe(201);
    expect((await agent1.pop(dialogId)).requests.map((contextRequest) => contextRequest.title)).toContain(
      'Upgrade to fibre',
    );
  });

  it('after a note for Maria is delivered the next pop of her call shows the note among her activities', async () => {
    const dialogId = await desk.ring(MARIA_GARCIA.mobilePhone, AGENT1);
    await agent1.pop(dialogId);
    const queued = await agent1.addNote(MARIA_GARCIA.id, { text: 'Promised a call back on Friday' }, 'cache-note-1');
    expect(queued.status).toBe(202);
    const noteId = (queued.body as { noteId: string }).noteId;
    await untilPasses(async () => expect((await agent1.note(noteId)).status).toBe('delivered'), 10_000);
    const { activityId } = await agent1.note(noteId);
    expect((await agent1.pop(dialogId)).activities.map((activity) => activity.id)).toContain(activityId);
  });
});

/** A store whose journey answers only when the test says so; counts phone lookups. */
function storeWithHeldJourney(customer: () => Customer) {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let firstJourney = true;
  const counts = { findByPhone: 0 };
  const unexpected = () => Promise.reject(new Error('unexpected call'));
  const context: ContextStore = {
    findByPhone: () => {
      counts.findByPhone += 1;
      return Promise.resolve([customer()]);
    },
    journey: async () => {
      if (firstJourney) {
        firstJourney = false;
        await held;
      }
      return { activities: [], requests: [] };
    },
    findByEmail: unexpected,
    searchCustomers: unexpected,
    getCustomer: unexpected,
    createCustomer: unexpected,
    updateCustomer: unexpected,
    getActivity: unexpected,
    createRequest: unexpected,
    addNote: unexpected,
    moveActivity: unexpected,
    ping: unexpected,
  };
  return { context, counts, release };
}

describe('ScreenPopService.invalidate while a lookup is in flight', () => {
  it('a pop asked for after invalidate() (the write landed while an older lookup was still running) shows the written customer, not the one read before the write', async () => {
    let lastName = 'Garcia';
    const customer = (): Customer => ({
      id: MARIA_GARCIA.id,
      lastName,
      phones: [{ kind: 'mobile', number: MARIA_GARCIA.mobilePhone }],
      emails: [],
      fields: {},
      lastUpdated: lastName,
    });
    const { context, counts, release } = storeWithHeldJourney(customer);
    const pops = new ScreenPopService({
      context,
      podVariable: 'user.POD.ID',
      cacheMs: 30_000,
      now: () => 0,
      normalisePhone: (raw) => raw,
    });
    const dialog: Dialog = {
      id: '16817456',
      mediaType: 'Voice',
      state: 'ALERTING',
      from: MARIA_GARCIA.mobilePhone,
      to: AGENT1,
      callType: 'ACD_IN',
      variables: {},
      participants: [],
    };

    const prefetched = pops.pop(dialog);
    await untilPasses(() => expect(counts.findByPhone).toBe(1));
    // The agent renames her (CustomerService.update writes, then invalidates) while the prefetch still reads her journey.
    lastName = 'Garcia-Lopez';
    pops.invalidate();
    release();
    expect((await prefetched).customer?.lastName).toBe('Garcia');

    const afterWrite: ScreenPop = await pops.pop(dialog);
    expect(afterWrite.customer?.lastName).toBe('Garcia-Lopez');
  });
});
