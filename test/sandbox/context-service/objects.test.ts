import { describe, expect, it } from 'vitest';
import type { ContextServiceEmulator } from '../../../bff/sandbox/context-service/context-service-emulator.js';
import type { ContextClient } from './context-kit.js';
import {
  activityBody,
  commentBody,
  customerBody,
  element,
  errorOf,
  fieldOf,
  requestBody,
  useContextService,
} from './context-kit.js';

let emulator: ContextServiceEmulator;
let client: ContextClient;
useContextService((made) => ({ emulator, client } = made));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function newCustomer(): Promise<string> {
  return (await client.create('customer', customerBody({ Context_First_Name: 'Ivanna', Context_Last_Name: 'Buy' }))).id;
}

describe('POST and GET /context/v1/{type}', () => {
  it('a customer POST answers 201 with id, refUrl and a Location header, and GET answers the whole object', async () => {
    const created = await client.post(
      '/customer',
      customerBody({ Context_First_Name: 'Ivanna', Context_City: 'Detroit' }),
    );
    expect(created.status).toBe(201);
    const { id, refUrl } = created.body as { id: string; refUrl: string };
    expect(id).toMatch(UUID);
    expect(refUrl).toBe(`${emulator.url}/context/v1/customer/${id}`);
    expect(created.headers.location).toBe(refUrl);
    const customer = await client.read('customer', id);
    expect(customer).toMatchObject({
      id,
      refUrl,
      type: 'customer',
      state: 'active',
      fieldsets: ['cisco.base.customer'],
      contributors: [],
      tags: [],
    });
    expect(customer.dataElements).toEqual([
      { Context_First_Name: 'Ivanna', type: 'string' },
      { Context_City: 'Detroit', type: 'string' },
    ]);
    expect(customer.created.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(customer.lastUpdated.date).toBe(customer.created.date);
  });

  it('a request with a customerId answers both customerId and customerRefUrl', async () => {
    const customerId = await newCustomer();
    const request = await client.create('request', requestBody(customerId));
    expect(request).toMatchObject({
      type: 'request',
      state: 'active',
      customerId,
      customerRefUrl: `${emulator.url}/context/v1/customer/${customerId}`,
    });
    expect(fieldOf(request, 'Context_Title')).toBe('Broken screen');
  });

  it('an activity linked by customerRefUrl and parentRefUrl answers the ids too, with its mediaType, contributors and tags', async () => {
    const customerId = await newCustomer();
    const request = await client.create('request', requestBody(customerId));
    const activity = await client.create(
      'activity',
      activityBody({
        customerRefUrl: `${emulator.url}/context/v1/customer/${customerId}`,
        parentRefUrl: request.refUrl,
        contributors: [{ type: 'user', id: 'agent1' }],
        tags: ['screen'],
      }),
    );
    expect(activity).toMatchObject({
      type: 'activity',
      mediaType: 'voice',
      customerId,
      parentId: request.id,
      parentRefUrl: request.refUrl,
      contributors: [{ type: 'user', id: 'agent1' }],
      tags: ['screen'],
    });
  });

  it('a refUrl from another host name is accepted by its path', async () => {
    const customerId = await newCustomer();
    const request = await client.create('request', {
      ...requestBody(customerId),
      customerId: undefined,
      customerRefUrl: `https://cs-rest.produs1.ciscoccservice.com/context/v1/customer/${customerId}`,
    });
    expect(request.customerId).toBe(customerId);
  });

  it('a comment detail on an activity is created closed with its boolean Context_Visible', async () => {
    const activity = await client.create('activity', activityBody());
    const detail = await client.create('detail', commentBody({ parentId: activity.id }));
    expect(detail).toMatchObject({
      type: 'detail',
      state: 'closed',
      parentId: activity.id,
      parentRefUrl: activity.refUrl,
    });
    expect(fieldOf(detail, 'Context_Visible')).toBe(true);
  });

  it('a comment detail on a request by parentRefUrl is accepted', async () => {
    const request = await client.create('request', requestBody(await newCustomer()));
    expect((await client.create('detail', commentBody({ parentRefUrl: request.refUrl }))).parentId).toBe(request.id);
  });

  it('a client-chosen id is kept, and a second create with it answers 409', async () => {
    const id = '0b7e1c52-5d0a-4c53-9f1e-2a6b8c4d1e00';
    expect((await client.post('/customer', { id, ...customerBody({ Context_Last_Name: 'Once' }) })).status).toBe(201);
    expect((await client.get(`/customer/${id}`)).status).toBe(200);
    expect((await client.post('/customer', { id, ...customerBody({ Context_Last_Name: 'Twice' }) })).status).toBe(409);
  });

  it('GET of an unknown id answers 404 as JSON, and of an unknown type 404', async () => {
    const missing = await client.get('/customer/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(errorOf(missing).key).toBe('404');
    expect((await client.get('/workitem/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('GET of a request id under /customer answers 404: ids are typed', async () => {
    const request = await client.create('request', requestBody(await newCustomer()));
    expect((await client.get(`/customer/${request.id}`)).status).toBe(404);
  });
});

describe('POST refuses what the object model forbids with 400', () => {
  const customerUrl = (id: string) => `${emulator.url}/context/v1/customer/${id}`;
  const REFUSED: [string, string, () => Promise<unknown>, RegExp][] = [
    [
      'a request without a customer',
      'request',
      async () => ({ ...requestBody(await newCustomer()), customerId: undefined }),
      /must have a customer/,
    ],
    [
      'a request whose customer does not exist',
      'request',
      () => Promise.resolve(requestBody('6f0c3a94-1d2e-4b5f-8a7c-9e0d1f2a3b4c')),
      /no customer/,
    ],
    [
      'a request whose customerRefUrl names a request',
      'request',
      async () => ({
        ...requestBody(''),
        customerId: undefined,
        customerRefUrl: (await client.create('request', requestBody(await newCustomer()))).refUrl,
      }),
      /must be a customer/,
    ],
    [
      'a request whose customerId and customerRefUrl differ',
      'request',
      async () => ({ ...requestBody(await newCustomer()), customerRefUrl: customerUrl(await newCustomer()) }),
      /different objects/,
    ],
    ['a detail without a parent', 'detail', () => Promise.resolve(commentBody({})), /must have a parent/],
    [
      'a detail whose parent is a customer',
      'detail',
      async () => commentBody({ parentId: await newCustomer() }),
      /no request or activity/,
    ],
    [
      'an activity whose parent is an activity',
      'activity',
      async () => activityBody({ parentId: (await client.create('activity', activityBody())).id }),
      /no request/,
    ],
    [
      'an activity whose parentRefUrl is no Context Service URL',
      'activity',
      () => Promise.resolve(activityBody({ parentRefUrl: 'not a url' })),
      /parentRefUrl/,
    ],
    [
      'an activity with an unknown mediaType',
      'activity',
      () => Promise.resolve(activityBody({ mediaType: 'fax' })),
      /mediaType/,
    ],
    [
      'an activity with a contributor of an unknown kind',
      'activity',
      () => Promise.resolve(activityBody({ contributors: [{ type: 'robot', id: 'r2' }] })),
      /contributors/,
    ],
    [
      'a customer with a customer link',
      'customer',
      async () => ({ ...customerBody({ Context_First_Name: 'A' }), customerId: await newCustomer() }),
      /links to no customer/,
    ],
    [
      'a customer with a mediaType',
      'customer',
      () => Promise.resolve({ ...customerBody({ Context_City: 'A' }), mediaType: 'voice' }),
      /Only an activity/,
    ],
    [
      "a field outside the object's fieldsets",
      'customer',
      () => Promise.resolve({ fieldsets: ['cisco.base.customer'], dataElements: [element('Context_Notes', 'x')] }),
      /Context_Notes is in none of the fieldsets/,
    ],
    [
      'an unknown fieldset',
      'customer',
      () => Promise.resolve({ fieldsets: ['acme.custom'], dataElements: [] }),
      /Unknown fieldset/,
    ],
    ['no fieldsets', 'customer', () => Promise.resolve({ fieldsets: [], dataElements: [] }), /fieldsets/],
    [
      'a string where the field is a boolean',
      'customer',
      () => Promise.resolve({ fieldsets: ['cisco.base.comment'], dataElements: [element('Context_Visible', 'yes')] }),
      /Context_Visible is of type boolean/,
    ],
    [
      'a value that does not fit its stated type',
      'customer',
      () =>
        Promise.resolve({ fieldsets: ['cisco.base.customer'], dataElements: [{ Context_City: 12, type: 'string' }] }),
      /is not of type string/,
    ],
    [
      'a data element with two fields',
      'customer',
      () =>
        Promise.resolve({
          fieldsets: ['cisco.base.customer'],
          dataElements: [{ Context_City: 'A', Context_ZIP: 'B', type: 'string' }],
        }),
      /exactly one field/,
    ],
    [
      'a data element without a type',
      'customer',
      () => Promise.resolve({ fieldsets: ['cisco.base.customer'], dataElements: [{ Context_City: 'A' }] }),
      /type must be one of/,
    ],
    [
      'the same field twice',
      'customer',
      () =>
        Promise.resolve({
          fieldsets: ['cisco.base.customer'],
          dataElements: [element('Context_City', 'A'), element('Context_City', 'B')],
        }),
      /given twice/,
    ],
    [
      'an unknown property',
      'customer',
      () => Promise.resolve({ ...customerBody({ Context_City: 'A' }), dataElement: [] }),
      /dataElement/,
    ],
    [
      'a body that states another type',
      'customer',
      () => Promise.resolve({ ...customerBody({ Context_City: 'A' }), type: 'request' }),
      /The body is a request/,
    ],
    ['a JSON array', 'customer', () => Promise.resolve([customerBody({ Context_City: 'A' })]), /JSON object/],
  ];
  for (const [what, type, body, message] of REFUSED) {
    it(`${what} answers 400 saying why`, async () => {
      const response = await client.post(`/${type}`, (await body()) as object);
      expect(response.status).toBe(400);
      expect(errorOf(response)).toEqual({ key: '400', message: expect.stringMatching(message) as unknown });
    });
  }
});
