import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MARIA_GARCIA,
  SHARED_HOME_PHONE,
  SHARED_HOME_PHONE_CUSTOMERS,
  UNKNOWN_NUMBER,
  WORK_PHONE_ONLY_CUSTOMER,
} from '../../../bff/sandbox/context-service/demo/demo-facts.js';
import { ScreenPopService } from '../../../bff/src/services/screen-pop-service.js';
import type { ContextStore } from '../../../bff/src/context/context-store.js';
import type { Activity, Customer } from '../../../shared/api/context.js';
import { ScreenPop } from '../../../shared/api/context.js';
import type { Dialog } from '../../../shared/api/dialog.js';
import { startTestBff } from '../../kit/bff.js';
import type { TestBff } from '../../kit/bff.js';
import { contextApi, contextServiceControl, errorOf } from '../../kit/context-api.js';
import type { ContextApi, ContextServiceControl } from '../../kit/context-api.js';
import { deskApi } from '../../kit/desk-api.js';
import type { DeskApi } from '../../kit/desk-api.js';

let bff: TestBff;
let desk: DeskApi;
let store: ContextServiceControl;
let token: string;
let agent1: ContextApi;

const AGENT1 = '1001001';
const AGENT2 = '1001002';

beforeEach(async () => {
  bff = await startTestBff();
  desk = deskApi(bff);
  store = contextServiceControl(bff);
  token = await bff.signedInAgent();
  agent1 = contextApi(bff, token);
});

afterEach(async () => {
  await bff.close();
});

/** Rings a call from `from` at agent1 and answers agent1's screen pop of it, checked against the shared schema. */
async function popOfCallFrom(from: string, variables?: Record<string, string>): Promise<ScreenPop> {
  const dialogId = await desk.ring(from, AGENT1, variables);
  const pop = ScreenPop.parse(await agent1.pop(dialogId));
  expect(pop.dialogId).toBe(dialogId);
  return pop;
}

const newestFirst = (activities: readonly Activity[]) =>
  [...activities].sort((left, right) => right.lastUpdated.localeCompare(left.lastUpdated));

describe('GET /api/context pops the customer of a call ringing at the agent', () => {
  it("a call whose user.POD.ID names one of Maria's activities (from an unknown number) answers match activity with Maria", async () => {
    const activityId = await store.createActivity(MARIA_GARCIA.id, 'IVR: caller asked about the refund', 'voice');
    const pop = await popOfCallFrom(UNKNOWN_NUMBER, { 'user.POD.ID': activityId });
    expect(pop).toMatchObject({
      match: 'activity',
      customer: { id: MARIA_GARCIA.id, firstName: 'Maria', lastName: 'Garcia' },
    });
    expect(pop.activities.map((activity) => activity.id)).toContain(activityId);
    expect(pop).not.toHaveProperty('candidates');
  });

  it('a call whose user.POD.ID names an existing demo activity of Maria answers match activity with Maria', async () => {
    const [activity] = await store.search('activity', `customerId:${MARIA_GARCIA.id}`);
    const pop = await popOfCallFrom(UNKNOWN_NUMBER, { 'user.POD.ID': activity!.id });
    expect(pop).toMatchObject({ match: 'activity', customer: { id: MARIA_GARCIA.id } });
  });

  it("a call from Maria's mobile in E.164 answers match phone with Maria, her latest activities newest first and only her open requests", async () => {
    const pop = await popOfCallFrom(MARIA_GARCIA.mobilePhone);
    expect(pop).toMatchObject({
      match: 'phone',
      customer: { id: MARIA_GARCIA.id, firstName: 'Maria', lastName: 'Garcia' },
    });
    expect(pop.activities.length).toBeGreaterThan(0);
    expect(pop.activities.every((activity) => activity.customerId === MARIA_GARCIA.id)).toBe(true);
    expect(pop.activities).toEqual(newestFirst(pop.activities));
    // Her latest: the head of her whole journey, in the same order.
    const journey = await agent1.journey(MARIA_GARCIA.id);
    expect(pop.activities.map((activity) => activity.id)).toEqual(
      journey.activities.slice(0, pop.activities.length).map((activity) => activity.id),
    );
    expect(pop.requests.map((contextRequest) => contextRequest.title).sort()).toEqual(
      [...MARIA_GARCIA.openRequestTitles].sort(),
    );
    expect(pop.requests.every((contextRequest) => contextRequest.state === 'active')).toBe(true);
    expect(journey.requests.some((contextRequest) => contextRequest.state === 'closed')).toBe(true);
  });

  it.each([
    ['+1 415 555 0107 (rung as +14155550107)', '+1 415 555 0107'],
    ['415-555-0107 (rung as 4155550107)', '415-555-0107'],
    ['4155550107', '4155550107'],
  ])(
    'a call from Maria\'s home phone %s, stored as "(415) 555-0107", answers match phone with Maria',
    async (_title, from) => {
      const pop = await popOfCallFrom(from);
      expect(pop).toMatchObject({
        match: 'phone',
        customer: {
          id: MARIA_GARCIA.id,
          phones: expect.arrayContaining([{ kind: 'home', number: MARIA_GARCIA.homePhone }]) as unknown,
        },
      });
    },
  );

  for (const formatted of ['4155550123', '(415) 555-0123', '415-555-0123', '+1 415 555 0123']) {
    it(`a call rung by the sandbox from Maria's mobile written ${formatted} pops Maria Garcia`, async () => {
      expect(await popOfCallFrom(formatted)).toMatchObject({ match: 'phone', customer: { id: MARIA_GARCIA.id } });
    });
  }

  it('a call from the work phone of the customer known only by it answers match phone with that nameless customer and their activities', async () => {
    const pop = await popOfCallFrom(WORK_PHONE_ONLY_CUSTOMER.workPhone);
    expect(pop).toMatchObject({
      match: 'phone',
      customer: {
        id: WORK_PHONE_ONLY_CUSTOMER.id,
        phones: [{ kind: 'work', number: WORK_PHONE_ONLY_CUSTOMER.workPhone }],
        emails: [],
      },
    });
    expect(pop.customer).not.toHaveProperty('firstName');
    expect(pop.activities.length).toBeGreaterThan(0);
  });

  it('a call from the home phone two customers share answers match none with both as candidates, no customer and the number to prefill', async () => {
    const pop = await popOfCallFrom(SHARED_HOME_PHONE);
    expect(pop).toMatchObject({ match: 'none', activities: [], requests: [], prefill: { phone: SHARED_HOME_PHONE } });
    expect(pop).not.toHaveProperty('customer');
    expect(pop.candidates?.map((candidate) => candidate.id).sort()).toEqual(
      SHARED_HOME_PHONE_CUSTOMERS.map((customer) => customer.id).sort(),
    );
  });

  it('a call from the unknown number answers match none with prefill.phone, no customer and no candidates', async () => {
    const pop = await popOfCallFrom(UNKNOWN_NUMBER);
    expect(pop).toEqual({
      dialogId: pop.dialogId,
      match: 'none',
      activities: [],
      requests: [],
      prefill: { phone: UNKNOWN_NUMBER },
    });
  });

  it("a call from Maria's mobile whose user.POD.ID names no activity (an unknown UUID) falls back to match phone with Maria", async () => {
    const pop = await popOfCallFrom(MARIA_GARCIA.mobilePhone, {
      'user.POD.ID': '00000000-0000-4000-8000-000000000000',
    });
    expect(pop).toMatchObject({ match: 'phone', customer: { id: MARIA_GARCIA.id } });
  });

  it('a call from Maria\'s mobile whose user.POD.ID is not an id at all ("not set") falls back to match phone with Maria', async () => {
    const pop = await popOfCallFrom(MARIA_GARCIA.mobilePhone, { 'user.POD.ID': 'not set' });
    expect(pop).toMatchObject({ match: 'phone', customer: { id: MARIA_GARCIA.id } });
  });
});

describe('GET /api/context when it cannot pop', () => {
  it('with Context Service answering 503 answers 503 context_unavailable with the agreed message, while GET /api/agent and GET /api/dialogs answer 200', async () => {
    await store.fault({ path: '^/context/v1', mode: 'status', status: 503 });
    const dialogId = await desk.ring(MARIA_GARCIA.mobilePhone, AGENT1);
    const response = await agent1.popResponse(dialogId);
    expect(response.status).toBe(503);
    expect(errorOf(response).code).toBe('context_unavailable');
    expect(
      errorOf(response).message.startsWith("Experiencing issues with accessing customer's context information"),
    ).toBe(true);
    expect(errorOf(response).upstream).toMatchObject({ service: 'context' });
    expect((await agent1.get('/api/agent')).status).toBe(200);
    const dialogs = await agent1.get('/api/dialogs');
    expect(dialogs.status).toBe(200);
    expect((dialogs.body as Dialog[]).map((dialog) => dialog.id)).toEqual([dialogId]);
  });

  it("a dialog id ringing at agent2, not among agent1's calls, answers 404 not_found", async () => {
    await bff.signedInAgent('agent2');
    const dialogId = await desk.ring(MARIA_GARCIA.mobilePhone, AGENT2);
    const response = await agent1.popResponse(dialogId);
    expect(response.status).toBe(404);
    expect(errorOf(response).code).toBe('not_found');
  });

  it('an unknown dialog id 99999999 answers 404 not_found', async () => {
    await desk.ring(MARIA_GARCIA.mobilePhone, AGENT1);
    const response = await agent1.popResponse('99999999');
    expect(response.status).toBe(404);
    expect(errorOf(response).code).toBe('not_found');
  });

  it.each(['abc-123', '<dialog>', '1 2', 'a'.repeat(65), ''])(
    'the dialog id %j answers 400 naming dialogId',
    async (dialogId) => {
      const response = await agent1.popResponse(dialogId);
      expect(response.status).toBe(400);
      expect(errorOf(response)).toMatchObject({
        code: 'invalid_request',
        message: expect.stringContaining('dialogId') as unknown,
      });
    },
  );

  it('no dialogId at all answers 400 naming dialogId', async () => {
    const response = await agent1.get('/api/context');
    expect(response.status).toBe(400);
    expect(errorOf(response).message).toContain('dialogId');
  });
});

/** A ContextStore that knows one customer by email; any other call fails the test. */
function storeKnowingByEmail(customer: Customer, activities: Activity[]): ContextStore & { calls: string[] } {
  const calls: string[] = [];
  const unexpected = (name: string) => () => Promise.reject(new Error(`unexpected ${name}`));
  return {
    calls,
    findByEmail: (email) => {
      calls.push(`findByEmail ${email}`);
      return Promise.resolve(email === customer.emails[0]?.address ? [customer] : []);
    },
    journey: (customerId) => {
      calls.push(`journey ${customerId}`);
      return Promise.resolve({ activities, requests: [] });
    },
    findByPhone: unexpected('findByPhone'),
    searchCustomers: unexpected('searchCustomers'),
    getCustomer: unexpected('getCustomer'),
    createCustomer: unexpected('createCustomer'),
    updateCustomer: unexpected('updateCustomer'),
    getActivity: unexpected('getActivity'),
    createRequest: unexpected('createRequest'),
    addNote: unexpected('addNote'),
    moveActivity: unexpected('moveActivity'),
    ping: unexpected('ping'),
  };
}

describe('ScreenPopService.pop for a non-voice dialog', () => {
  it('a chat dialog from maria.garcia@example.com answers match email with Maria and her journey, looked up by email only', async () => {
    const maria: Customer = {
      id: MARIA_GARCIA.id,
      firstName: 'Maria',
      phones: [],
      emails: [{ kind: 'home', address: MARIA_GARCIA.homeEmail }],
      fields: {},
      lastUpdated: '2025-06-01T00:00:00.000Z',
    };
    const chat: Activity = {
      id: 'a-1',
      customerId: maria.id,
      channel: 'chat',
      createdAt: '2025-06-01T00:00:00.000Z',
      lastUpdated: '2025-06-01T00:00:00.000Z',
      state: 'active',
      fields: {},
    };
    const context = storeKnowingByEmail(maria, [chat]);
    const pops = new ScreenPopService({
      context,
      podVariable: 'user.POD.ID',
      cacheMs: 30_000,
      now: () => 0,
      normalisePhone: (raw) => raw,
    });
    const dialog: Dialog = {
      id: 'chat-1',
      mediaType: 'Chat',
      state: 'ACTIVE',
      from: MARIA_GARCIA.homeEmail,
      to: AGENT1,
      callType: 'OTHER_IN',
      variables: {},
      participants: [],
    };
    expect(await pops.pop(dialog)).toEqual({
      dialogId: 'chat-1',
      match: 'email',
      customer: maria,
      activities: [chat],
      requests: [],
    });
    expect(context.calls).toEqual([`findByEmail ${MARIA_GARCIA.homeEmail}`, `journey ${maria.id}`]);
  });

  it('a chat dialog from an email nobody has answers match none with prefill.email', async () => {
    const context = storeKnowingByEmail(
      { id: 'c-1', phones: [], emails: [{ kind: 'work', address: 'known@example.com' }], fields: {}, lastUpdated: '' },
      [],
    );
    const pops = new ScreenPopService({
      context,
      podVariable: 'user.POD.ID',
      cacheMs: 30_000,
      now: () => 0,
      normalisePhone: (raw) => raw,
    });
    const dialog: Dialog = {
      id: 'chat-2',
      mediaType: 'Chat',
      state: 'ACTIVE',
      from: 'stranger@example.com',
      to: AGENT1,
      callType: 'OTHER_IN',
      variables: {},
      participants: [],
    };
    expect(await pops.pop(dialog)).toEqual({
      dialogId: 'chat-2',
      match: 'none',
      activities: [],
      requests: [],
      prefill: { email: 'stranger@example.com' },
    });
  });
});
