import { describe, expect, it } from 'vitest';
import {
  DEMO_CUSTOMER_COUNT,
  MARIA_GARCIA,
  SHARED_HOME_PHONE,
  SHARED_HOME_PHONE_CUSTOMERS,
  UNKNOWN_NUMBER,
  WORK_PHONE_ONLY_CUSTOMER,
} from '../../../bff/sandbox/context-service/demo/demo-facts.js';
import { demoObjects } from '../../../bff/sandbox/context-service/demo/demo-data.js';
import { MEDIA_TYPES } from '../../../bff/sandbox/context-service/model/types.js';
import type { ContextClient, ContextObjectJson } from './context-kit.js';
import { fieldOf, useContextService } from './context-kit.js';

let client: ContextClient;
useContextService((made) => ({ client } = made));

/** Every object of a type, page by page. */
async function everything(type: string): Promise<ContextObjectJson[]> {
  const all: ContextObjectJson[] = [];
  for (let startIndex = 0; ; startIndex += 200) {
    const page = await client.found(type, { startIndex, maxEntries: 200 });
    all.push(...page);
    if (page.length < 200) return all;
  }
}

const phoneFields = ['Context_Mobile_Phone', 'Context_Home_Phone', 'Context_Work_Phone'];
const digits = (value: string) => value.replace(/[^0-9]/g, '');

describe('the demo customers', () => {
  it(`Context_Mobile_Phone:${MARIA_GARCIA.mobilePhone} finds Maria Garcia alone`, async () => {
    const found = await client.found('customer', { q: `Context_Mobile_Phone:${MARIA_GARCIA.mobilePhone}` });
    expect(
      found.map((customer) => [
        customer.id,
        fieldOf(customer, 'Context_First_Name'),
        fieldOf(customer, 'Context_Last_Name'),
      ]),
    ).toEqual([[MARIA_GARCIA.id, 'Maria', 'Garcia']]);
  });

  it('Maria Garcia has at least two open requests, with the documented titles', async () => {
    const open = await client.found('request', { q: `customerId:${MARIA_GARCIA.id} AND state:active` });
    expect(open.length).toBeGreaterThanOrEqual(2);
    expect(open.map((request) => fieldOf(request, 'Context_Title'))).toEqual(
      expect.arrayContaining([...MARIA_GARCIA.openRequestTitles]),
    );
  });

  it('Maria Garcia has activities on voice, chat, email and web', async () => {
    const activities = await client.found('activity', { q: `customerId:${MARIA_GARCIA.id}`, maxEntries: 200 });
    for (const mediaType of ['voice', 'chat', 'email', 'web'])
      expect(activities.some((activity) => activity.mediaType === mediaType)).toBe(true);
  });

  it(`Context_Work_Phone:${WORK_PHONE_ONLY_CUSTOMER.workPhone} finds a customer with no name, only that phone`, async () => {
    const found = await client.found('customer', { q: `Context_Work_Phone:${WORK_PHONE_ONLY_CUSTOMER.workPhone}` });
    expect(found.map((customer) => [customer.id, customer.dataElements])).toEqual([
      [WORK_PHONE_ONLY_CUSTOMER.id, [{ Context_Work_Phone: WORK_PHONE_ONLY_CUSTOMER.workPhone, type: 'string' }]],
    ]);
  });

  it(`Context_Home_Phone:${SHARED_HOME_PHONE} finds the two customers who share it`, async () => {
    const found = await client.found('customer', { q: `Context_Home_Phone:${SHARED_HOME_PHONE}` });
    expect(found.map((customer) => customer.id).sort()).toEqual(
      SHARED_HOME_PHONE_CUSTOMERS.map((customer) => customer.id).sort(),
    );
  });

  it(`${UNKNOWN_NUMBER} belongs to nobody: no phone field and no free-text match, in any format`, async () => {
    const terms = phoneFields.map((field) => `${field}:${UNKNOWN_NUMBER}`).join(' OR ');
    expect(await client.found('customer', { q: terms })).toEqual([]);
    expect(await client.found('customer', { q: `query_string:"${UNKNOWN_NUMBER} 650-555-0199 555-0199"` })).toEqual([]);
    expect(await client.found('activity', { q: `Context_POD_Source_Phone:${UNKNOWN_NUMBER}` })).toEqual([]);
  });
});

describe('the demo crowd', () => {
  it(`holds ${DEMO_CUSTOMER_COUNT} customers (at least 50) of many languages, several with two or three phones`, async () => {
    const customers = await everything('customer');
    expect(customers.length).toBe(DEMO_CUSTOMER_COUNT);
    expect(customers.length).toBeGreaterThanOrEqual(50);
    expect(
      new Set(customers.map((customer) => fieldOf(customer, 'Context_Preferred_Language'))).size,
    ).toBeGreaterThanOrEqual(8);
    const phoneCounts = customers.map(
      (customer) => phoneFields.filter((field) => fieldOf(customer, field) !== undefined).length,
    );
    expect(phoneCounts.filter((count) => count >= 2).length).toBeGreaterThanOrEqual(10);
    expect(phoneCounts.filter((count) => count === 3).length).toBeGreaterThanOrEqual(3);
    expect(
      customers.filter(
        (customer) =>
          fieldOf(customer, 'Context_Home_Email') !== undefined ||
          fieldOf(customer, 'Context_Work_Email') !== undefined,
      ).length,
    ).toBeGreaterThan(30);
  });

  it('stores phones mostly in E.164, some as typed, "(415) 555-0123" and "415-555-0123" style', async () => {
    const phones = (await everything('customer'))
      .flatMap((customer) => phoneFields.map((field) => fieldOf(customer, field)))
      .filter((value): value is string => typeof value === 'string');
    const e164 = phones.filter((phone) => /^\+\d{8,15}$/.test(phone));
    expect(e164.length / phones.length).toBeGreaterThan(0.6);
    expect(phones.some((phone) => /^\(\d{3}\) \d{3}-\d{4}$/.test(phone))).toBe(true);
    expect(phones.some((phone) => /^\d{3}-\d{3}-\d{4}$/.test(phone))).toBe(true);
    expect(new Set(phones.map(digits)).size).toBe(phones.length - 1);
  });

  it('holds at least 500 activities over the last year on all eight media types, each with notes or an event', async () => {
    const activities = await everything('activity');
    expect(activities.length).toBeGreaterThanOrEqual(500);
    expect(new Set(activities.map((activity) => activity.mediaType))).toEqual(new Set(MEDIA_TYPES));
    expect(activities.every((activity) => typeof fieldOf(activity, 'Context_Notes') === 'string')).toBe(true);
    const yearAgo = Date.now() - 366 * 86_400_000;
    expect(
      activities.every(
        (activity) =>
          Date.parse(activity.created.date) > yearAgo && Date.parse(activity.lastUpdated.date) <= Date.now(),
      ),
    ).toBe(true);
  });

  it('holds open and closed requests with titles and descriptions, and comments on them', async () => {
    const requests = await everything('request');
    expect(requests.filter((request) => request.state === 'active').length).toBeGreaterThanOrEqual(5);
    expect(requests.filter((request) => request.state === 'closed').length).toBeGreaterThanOrEqual(5);
    expect(
      requests.every(
        (request) =>
          fieldOf(request, 'Context_Title') !== undefined &&
          fieldOf(request, 'Context_Description') !== undefined &&
          request.customerId !== undefined,
      ),
    ).toBe(true);
    const comments = await everything('detail');
    expect(comments.length).toBeGreaterThan(20);
    expect(
      comments.every(
        (comment) =>
          comment.state === 'closed' &&
          comment.parentId !== undefined &&
          typeof fieldOf(comment, 'Context_Comment') === 'string',
      ),
    ).toBe(true);
  });

  it('every link points at an object that exists', async () => {
    const ids = new Set(
      [...(await everything('customer')), ...(await everything('request')), ...(await everything('activity'))].map(
        (object) => object.id,
      ),
    );
    for (const type of ['request', 'activity', 'detail']) {
      for (const object of await everything(type)) {
        if (object.customerId !== undefined) expect(ids.has(object.customerId)).toBe(true);
        if (object.parentId !== undefined) expect(ids.has(object.parentId)).toBe(true);
      }
    }
  });

  it('is the same for the same seed and anchor, and another seed changes the crowd but not the featured customers', () => {
    const anchor = Date.UTC(2025, 5, 11, 9);
    expect(demoObjects(7, anchor)).toEqual(demoObjects(7, anchor));
    const other = demoObjects(8, anchor);
    expect(other).not.toEqual(demoObjects(7, anchor));
    expect(other.find((object) => object.id === MARIA_GARCIA.id)).toEqual(
      demoObjects(7, anchor).find((object) => object.id === MARIA_GARCIA.id),
    );
    expect(other.filter((object) => object.type === 'activity').length).toBeGreaterThanOrEqual(500);
  });
});
