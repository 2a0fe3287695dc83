import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MARIA_GARCIA, SHARED_HOME_PHONE_CUSTOMERS } from '../../../bff/sandbox/context-service/demo/demo-facts.js';
import { Activity, ContextRequest, Customer } from '../../../shared/api/context.js';
import { startTestBff } from '../../kit/bff.js';
import type { TestBff } from '../../kit/bff.js';
import { contextApi, contextServiceControl, errorOf } from '../../kit/context-api.js';
import type { ContextApi, ContextServiceControl, Journey } from '../../kit/context-api.js';

let bff: TestBff;
let store: ContextServiceControl;
let agent1: ContextApi;

beforeEach(async () => {
  bff = await startTestBff();
  store = contextServiceControl(bff);
  agent1 = contextApi(bff, await bff.signedInAgent());
});

afterEach(async () => {
  await bff.close();
});

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);
const isNewestFirst = (list: readonly { lastUpdated: string }[]) =>
  list.every((item, index) => index === 0 || list[index - 1]!.lastUpdated >= item.lastUpdated);

async function customers(query: string): Promise<Customer[]> {
  const response = await agent1.get(`/api/customers?${query}`);
  expect(response.status).toBe(200);
  return (response.body as unknown[]).map((customer) => Customer.parse(customer));
}

describe('GET /api/customers finds customers', () => {
  it.each([
    ['phone=%2B14155550123', "Maria's mobile in E.164"],
    ['phone=(415)%20555-0107', "Maria's home phone as stored"],
    ['phone=415.555.0107', "Maria's home phone with dots"],
    ['email=MARIA.GARCIA%40example.com', "Maria's home email in upper case"],
    ['email=mgarcia%40cumulus-motorcycles.example', "Maria's work email"],
  ])('?%s (%s) answers [Maria]', async (query) => {
    expect(ids(await customers(query))).toEqual([MARIA_GARCIA.id]);
  });

  it('?q=Garcia answers Maria among customers named Garcia', async () => {
    const found = await customers('q=Garcia');
    expect(ids(found)).toContain(MARIA_GARCIA.id);
    expect(found.every((customer) => JSON.stringify(customer).toLowerCase().includes('garcia'))).toBe(true);
  });

  it('?q=Maria%20Garcia answers Maria and no other Maria', async () => {
    const found = await customers('q=Maria%20Garcia');
    expect(ids(found)).toContain(MARIA_GARCIA.id);
    expect(found.every((customer) => JSON.stringify(customer).toLowerCase().includes('garcia'))).toBe(true);
  });

  it("?phone=+16505550199 (nobody's number) answers []", async () => {
    expect(await customers('phone=%2B16505550199')).toEqual([]);
  });

  it('no q, phone or email answers 400 naming them', async () => {
    const response = await agent1.get('/api/customers');
    expect(response.status).toBe(400);
    expect(errorOf(response).message).toMatch(/q, phone or email/);
  });
});

describe('GET /api/customers/:id', () => {
  it("Maria's id answers Maria with her phones, emails, address, external id and language", async () => {
    const maria = Customer.parse(await agent1.customer(MARIA_GARCIA.id));
    expect(maria).toMatchObject({
      id: MARIA_GARCIA.id,
      firstName: 'Maria',
      lastName: 'Garcia',
      language: MARIA_GARCIA.language,
      address: { city: MARIA_GARCIA.city },
    });
    expect(maria.phones).toEqual(
      expect.arrayContaining([
        { kind: 'mobile', number: MARIA_GARCIA.mobilePhone },
        { kind: 'home', number: MARIA_GARCIA.homePhone },
      ]),
    );
    expect(maria.emails).toEqual(
      expect.arrayContaining([
        { kind: 'home', address: MARIA_GARCIA.homeEmail },
        { kind: 'work', address: MARIA_GARCIA.workEmail },
      ]),
    );
  });

  it('an unknown id answers 404 not_found', async () => {
    const response = await agent1.get(`/api/customers/${UNKNOWN_ID}`);
    expect(response.status).toBe(404);
    expect(errorOf(response).code).toBe('not_found');
  });
});

describe('POST /api/customers and PATCH /api/customers/:id', () => {
  it('a new customer with a work phone "(646) 555-0111" answers 201 and is then found by that phone in E.164', async () => {
    const response = await agent1.post('/api/customers', {
      firstName: 'Zoe',
      lastName: 'Quinn',
      phones: [{ kind: 'work', number: '(646) 555-0111' }],
      emails: [{ kind: 'work', address: 'zoe@example.com' }],
    });
    expect(response.status).toBe(201);
    const created = Customer.parse(response.body);
    expect(created).toMatchObject({
      firstName: 'Zoe',
      lastName: 'Quinn',
      emails: [{ kind: 'work', address: 'zoe@example.com' }],
    });
    expect(created.id).not.toBe('');
    expect(ids(await customers('phone=%2B16465550111'))).toEqual([created.id]);
    expect(await agent1.customer(created.id)).toEqual(created);
  });

  it('with If-Match: her lastUpdated answers 200 with the change and a newer lastUpdated', async () => {
    const maria = await agent1.customer(MARIA_GARCIA.id);
    const response = await agent1.patch(
      `/api/customers/${maria.id}`,
      { language: 'en-US' },
      { 'If-Match': maria.lastUpdated },
    );
    expect(response.status).toBe(200);
    const updated = Customer.parse(response.body);
    expect(updated).toMatchObject({ id: maria.id, language: 'en-US', firstName: 'Maria', phones: maria.phones });
    expect(Date.parse(updated.lastUpdated)).toBeGreaterThan(Date.parse(maria.lastUpdated));
    expect(await agent1.customer(maria.id)).toEqual(updated);
  });

  it('with a stale If-Match (someone saved in between) answers 409 stale_customer and keeps the other change', async () => {
    const maria = await agent1.customer(MARIA_GARCIA.id);
    expect(
      (await agent1.patch(`/api/customers/${maria.id}`, { firstName: 'María' }, { 'If-Match': maria.lastUpdated }))
        .status,
    ).toBe(200);
    const response = await agent1.patch(
      `/api/customers/${maria.id}`,
      { firstName: 'Mary' },
      { 'If-Match': maria.lastUpdated },
    );
    expect(response.status).toBe(409);
    expect(errorOf(response).code).toBe('stale_customer');
    expect((await agent1.customer(maria.id)).firstName).toBe('María');
  });

  it('without If-Match answers 400 naming If-Match and changes nothing', async () => {
    const before = await agent1.customer(MARIA_GARCIA.id);
    const response = await agent1.patch(`/api/customers/${MARIA_GARCIA.id}`, { firstName: 'Mary' });
    expect(response.status).toBe(400);
    expect(errorOf(response).message).toContain('If-Match');
    expect(await agent1.customer(MARIA_GARCIA.id)).toEqual(before);
  });

  it('an unknown id answers 404 not_found', async () => {
    const response = await agent1.patch(
      `/api/customers/${UNKNOWN_ID}`,
      { firstName: 'Nobody' },
      { 'If-Match': '2025-01-01T00:00:00.000Z' },
    );
    expect(response.status).toBe(404);
    expect(errorOf(response).code).toBe('not_found');
  });
});

describe('PATCH /api/customers/:id changes only the fields it names', () => {
  type Element = Readonly<Record<string, unknown>>;
  const field = (element: Element): string => Object.keys(element).find((key) => key !== 'type') ?? '';
  /** Maria's data elements in Context Service, the same request answered before and after. */
  async function storedElements(): Promise<Element[]> {
    return (await store.object('customer', MARIA_GARCIA.id)).dataElements as unknown as Element[];
  }
  async function patchMaria(body: unknown): Promise<void> {
    const maria = await agent1.customer(MARIA_GARCIA.id);
    const response = await agent1.patch(`/api/customers/${maria.id}`, body, { 'If-Match': maria.lastUpdated });
    expect(response.status).toBe(200);
  }

  it('a new mobile alone is stored in E.164 and every other element stays byte for byte, the home phone "(415) 555-0107" included', async () => {
    const before = await storedElements();
    expect(before).toContainEqual({ Context_Home_Phone: '(415) 555-0107', type: 'string' });
    await patchMaria({ phones: [{ kind: 'mobile', number: '(415) 555-0199' }] });
    const expected = before.map((element) =>
      field(element) === 'Context_Mobile_Phone' ? { Context_Mobile_Phone: '+14155550199', type: 'string' } : element,
    );
    expect(await storedElements()).toEqual(expected);
  });

  it('a home phone sent exactly as stored beside a new work phone stays "(415) 555-0107"; only the new work phone becomes E.164', async () => {
    const before = await storedElements();
    await patchMaria({
      phones: [
        { kind: 'work', number: '415 555 0166' },
        { kind: 'home', number: MARIA_GARCIA.homePhone },
        { kind: 'mobile', number: MARIA_GARCIA.mobilePhone },
      ],
    });
    expect(await storedElements()).toEqual([...before, { Context_Work_Phone: '+14155550166', type: 'string' }]);
  });

  it('a phone given as "" clears that kind only; the emails and the other phones stay', async () => {
    const before = await storedElements();
    await patchMaria({ phones: [{ kind: 'home', number: '' }], emails: [{ kind: 'work', address: '' }] });
    expect(await storedElements()).toEqual(
      before.filter((element) => !['Context_Home_Phone', 'Context_Work_Email'].includes(field(element))),
    );
  });

  it('a new first name changes that element alone', async () => {
    const before = await storedElements();
    await patchMaria({ firstName: 'María' });
    expect(await storedElements()).toEqual(
      before.map((element) =>
        field(element) === 'Context_First_Name' ? { Context_First_Name: 'María', type: 'string' } : element,
      ),
    );
  });
});

describe('GET /api/customers/:id/journey', () => {
  it("Maria's journey answers her activities newest first and all her requests, open and closed", async () => {
    const journey = await agent1.journey(MARIA_GARCIA.id);
    expect(journey.activities.length).toBeGreaterThan(5);
    journey.activities.forEach((activity) => Activity.parse(activity));
    expect(journey.activities.every((activity) => activity.customerId === MARIA_GARCIA.id)).toBe(true);
    expect(isNewestFirst(journey.activities)).toBe(true);
    expect(journey.requests.map((contextRequest) => ContextRequest.parse(contextRequest).title)).toEqual(
      expect.arrayContaining([...MARIA_GARCIA.openRequestTitles]),
    );
    expect(new Set(journey.requests.map((contextRequest) => contextRequest.state))).toEqual(
      new Set(['active', 'closed']),
    );
  });

  it('?channel=chat answers only her chat activities', async () => {
    const journey = await agent1.journey(MARIA_GARCIA.id, 'channel=chat');
    expect(journey.activities.length).toBeGreaterThan(0);
    expect(
      journey.activities.every((activity) => activity.channel === 'chat' && activity.customerId === MARIA_GARCIA.id),
    ).toBe(true);
  });

  it('with more activities than a page, next continues newest first without repeating one, and the last page has no next', async () => {
    for (let index = 0; index < 25; index++) await store.createActivity(MARIA_GARCIA.id, `IVR visit ${index}`);
    const total = (await store.search('activity', `customerId:${MARIA_GARCIA.id}`)).length;
    const pages: Journey[] = [await agent1.journey(MARIA_GARCIA.id)];
    for (let next = pages[0]!.next; next !== undefined; next = pages.at(-1)!.next) {
      pages.push(await agent1.journey(MARIA_GARCIA.id, `cursor=${encodeURIComponent(next)}`));
      expect(pages.length).toBeLessThan(10);
    }
    expect(pages.length).toBeGreaterThan(1);
    const all = pages.flatMap((page) => page.activities);
    expect(new Set(ids(all)).size).toBe(all.length);
    expect(all).toHaveLength(total);
    expect(isNewestFirst(all)).toBe(true);
  });
});

describe('POST /api/requests and PATCH /api/activities/:id', () => {
  it('a new request for Maria answers 201 active with its title and description, and her journey then lists it', async () => {
    const response = await agent1.post('/api/requests', {
      customerId: MARIA_GARCIA.id,
      title: 'Move to the annual plan',
      description: 'Asked on the phone',
    });
    expect(response.status).toBe(201);
    const created = ContextRequest.parse(response.body);
    expect(created).toMatchObject({
      customerId: MARIA_GARCIA.id,
      title: 'Move to the annual plan',
      description: 'Asked on the phone',
      state: 'active',
    });
    expect((await agent1.journey(MARIA_GARCIA.id)).requests).toContainEqual(created);
  });

  it('a request for an unknown customer answers 400 upstream_refused naming that customer, and no request is stored', async () => {
    const response = await agent1.post('/api/requests', { customerId: UNKNOWN_ID, title: 'Orphan' });
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({
      code: 'upstream_refused',
      message: expect.stringContaining(UNKNOWN_ID) as unknown,
      upstream: { service: 'context' },
    });
    expect(await store.search('request', `customerId:${UNKNOWN_ID}`)).toEqual([]);
  });

  it("moving one of Maria's activities to Mei Chen answers 200 with customerId Mei, and it leaves Maria's journey for Mei's", async () => {
    const mei = SHARED_HOME_PHONE_CUSTOMERS[1].id;
    const activityId = await store.createActivity(MARIA_GARCIA.id, 'Filed under the wrong customer', 'chat');
    const response = await agent1.patch(`/api/activities/${activityId}`, { customerId: mei });
    expect(response.status).toBe(200);
    expect(Activity.parse(response.body)).toMatchObject({ id: activityId, customerId: mei, channel: 'chat' });
    expect(ids((await agent1.journey(mei)).activities)).toContain(activityId);
    expect(ids((await agent1.journey(MARIA_GARCIA.id)).activities)).not.toContain(activityId);
  });

  it("moving an activity under one of Maria's requests answers 200 with that requestId", async () => {
    const activityId = await store.createActivity(MARIA_GARCIA.id, 'About the refund', 'email');
    const refund = (await agent1.journey(MARIA_GARCIA.id)).requests.find(
      (contextRequest) => contextRequest.title === MARIA_GARCIA.openRequestTitles[0],
    )!;
    const response = await agent1.patch(`/api/activities/${activityId}`, { requestId: refund.id });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: activityId, customerId: MARIA_GARCIA.id, requestId: refund.id });
  });

  it.each([
    ['an unknown activity id', UNKNOWN_ID, { customerId: MARIA_GARCIA.id }],
    ['a move to an unknown customer', 'use-created', { customerId: UNKNOWN_ID }],
  ])('%s answers 404 not_found', async (_title, id, body) => {
    const activityId = id === 'use-created' ? await store.createActivity(MARIA_GARCIA.id, 'Stays with Maria') : id;
    const response = await agent1.patch(`/api/activities/${activityId}`, body);
    expect(response.status).toBe(404);
    expect(errorOf(response).code).toBe('not_found');
    if (id === 'use-created') expect(ids((await agent1.journey(MARIA_GARCIA.id)).activities)).toContain(activityId);
  });
});
