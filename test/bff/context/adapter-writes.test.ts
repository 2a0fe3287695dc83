import { beforeEach, describe, expect, it } from 'vitest';
import { StaleObjectError } from '../../../bff/src/context/context-errors.js';
import type { ContextServiceAdapter } from '../../../bff/src/context/context-service-adapter.js';
import { ConflictError, InvalidRequestError, NotFoundError } from '../../../bff/src/errors.js';
import { activityObject, customerObject, failure, requestObject, useStubbedAdapter } from './adapter-test-kit.js';
import type { ContextServiceStub } from './context-service-stub.js';

let stub: ContextServiceStub;
let adapter: ContextServiceAdapter;
useStubbedAdapter((made) => ({ stub, adapter } = made));

const puts = () => stub.requests.filter((request) => request.method === 'PUT');

describe('createCustomer', () => {
  it('stores the input in the customer fieldset and answers the stored Customer with its id and lastUpdated', async () => {
    const customer = await adapter.createCustomer({
      firstName: 'Ana',
      phones: [{ kind: 'mobile', number: '(415) 555-0123' }],
      emails: [{ kind: 'home', address: 'ana@example.com' }],
    });
    const stored = stub.objects.get(customer.id);
    expect(stored).toMatchObject({
      type: 'customer',
      state: 'active',
      fieldsets: ['cisco.base.customer'],
      dataElements: [
        { Context_First_Name: 'Ana', type: 'string' },
        { Context_Mobile_Phone: '+14155550123', type: 'string' },
        { Context_Home_Email: 'ana@example.com', type: 'string' },
      ],
    });
    expect(customer).toEqual({
      id: customer.id,
      firstName: 'Ana',
      phones: [{ kind: 'mobile', number: '+14155550123' }],
      emails: [{ kind: 'home', address: 'ana@example.com' }],
      fields: {},
      lastUpdated: (stored?.lastUpdated as { date: string }).date,
    });
  });
});

describe('getCustomer and getActivity', () => {
  it('read one object by id', async () => {
    stub.seed(customerObject({ Context_Last_Name: 'Lopez' }, { id: 'c1' }));
    stub.seed(activityObject('c1', 'Hello', { id: 'a1' }));
    expect(await adapter.getCustomer('c1')).toMatchObject({ id: 'c1', lastName: 'Lopez' });
    expect(await adapter.getActivity('a1')).toMatchObject({ id: 'a1', customerId: 'c1', notes: 'Hello' });
  });

  it('an unknown id answers NotFoundError from the store', async () => {
    expect(await failure(adapter.getCustomer('nobody'))).toBeInstanceOf(NotFoundError);
  });

  it('an id of another type answers NotFoundError (the store scopes ids by type)', async () => {
    stub.seed(activityObject('c1', 'Hello', { id: 'a1' }));
    expect(await failure(adapter.getCustomer('a1'))).toBeInstanceOf(NotFoundError);
  });
});

describe('updateCustomer', () => {
  let lastUpdated: string;

  beforeEach(() => {
    const seeded = stub.seed(
      customerObject(
        { Context_First_Name: 'Maria', Context_City: 'Detroit' },
        {
          id: 'c1',
          dataElements: [
            { Context_First_Name: 'Maria', type: 'string' },
            { Context_City: 'Detroit', type: 'string' },
            { cccRatingPoints: 4, type: 'integer' },
          ],
        },
      ),
    );
    lastUpdated = (seeded.lastUpdated as { date: string }).date;
  });

  it('with the current lastUpdated PUTs the full object with that lastUpdated, keeping unmapped fields, and answers the new Customer', async () => {
    const customer = await adapter.updateCustomer('c1', { lastName: 'Lopez' }, lastUpdated);
    expect(customer).toMatchObject({
      id: 'c1',
      firstName: 'Maria',
      lastName: 'Lopez',
      address: { city: 'Detroit' },
      fields: { cccRatingPoints: '4' },
    });
    expect(customer.lastUpdated > lastUpdated).toBe(true);
    expect(puts()[0]?.body).toMatchObject({
      id: 'c1',
      type: 'customer',
      lastUpdated: { date: lastUpdated },
      fieldsets: ['cisco.base.customer'],
      dataElements: expect.arrayContaining([
        { cccRatingPoints: 4, type: 'integer' },
        { Context_Last_Name: 'Lopez', type: 'string' },
      ]) as unknown,
    });
  });

  it('sends every element it does not change back exactly as stored, one the BFF cannot read included', async () => {
    const dataElements = [
      { Context_First_Name: 'Maria', type: 'string' },
      { cccTags: ['vip', 'es'], type: 'list' },
      { Context_Home_Phone: '(415) 555-0107', type: 'string' },
    ];
    const seeded = stub.seed(customerObject({}, { id: 'c3', dataElements }));
    await adapter.updateCustomer(
      'c3',
      { phones: [{ kind: 'mobile', number: '415 555 0199' }] },
      (seeded.lastUpdated as { date: string }).date,
    );
    expect(puts()[0]?.body).toMatchObject({
      dataElements: [...dataElements, { Context_Mobile_Phone: '+14155550199', type: 'string' }],
    });
  });

  it('adds the customer fieldset when the stored object lacks it', async () => {
    stub.seed(customerObject({}, { id: 'c2', fieldsets: ['cisco.base.ccc.pod'] }));
    const current = await adapter.getCustomer('c2');
    await adapter.updateCustomer('c2', { firstName: 'X' }, current.lastUpdated);
    expect(puts()[0]?.body).toMatchObject({ fieldsets: ['cisco.base.ccc.pod', 'cisco.base.customer'] });
  });

  it('with a stale If-Match answers 409 stale_customer naming both lastUpdated values, and writes nothing', async () => {
    const error = await failure(adapter.updateCustomer('c1', { lastName: 'Lopez' }, '2020-01-01T00:00:00.000Z'));
    expect(error).toBeInstanceOf(StaleObjectError);
    expect(error).toMatchObject({
      status: 409,
      code: 'stale_customer',
      seen: '2020-01-01T00:00:00.000Z',
      current: lastUpdated,
    });
    expect(error.message).toContain('2020-01-01T00:00:00.000Z');
    expect(error.message).toContain(lastUpdated);
    expect(puts()).toEqual([]);
  });

  it('when the store refuses the PUT with 409 (changed in between) answers the same 409 stale_customer', async () => {
    stub.faults.push({}, { status: 409 });
    const error = await failure(adapter.updateCustomer('c1', { lastName: 'Lopez' }, lastUpdated));
    expect(error).toBeInstanceOf(StaleObjectError);
    expect(error).toMatchObject({
      status: 409,
      code: 'stale_customer',
      seen: lastUpdated,
      details: { upstream: { service: 'context', status: 409 } },
    });
  });

  it('of an unknown customer answers NotFoundError', async () => {
    expect(await failure(adapter.updateCustomer('nobody', {}, lastUpdated))).toBeInstanceOf(NotFoundError);
  });
});

describe('createRequest', () => {
  it('stores title and description for the customer and answers the ContextRequest', async () => {
    stub.seed(customerObject({}, { id: 'c1' }));
    const request = await adapter.createRequest({ customerId: 'c1', title: 'Refund', description: 'Charged twice' });
    expect(request).toMatchObject({ customerId: 'c1', title: 'Refund', description: 'Charged twice', state: 'active' });
    expect(stub.objects.get(request.id)).toMatchObject({
      type: 'request',
      customerId: 'c1',
      fieldsets: ['cisco.base.request'],
    });
  });
});

describe('moveActivity', () => {
  beforeEach(() => {
    stub.seed(customerObject({}, { id: 'c1' }));
    stub.seed(customerObject({}, { id: 'c2' }));
    stub.seed(requestObject('c1', 'Old request', { id: 'r1' }));
    stub.seed(requestObject('c1', 'Other request of c1', { id: 'r1b' }));
    stub.seed(requestObject('c2', 'Request of c2', { id: 'r2' }));
    stub.seed(
      activityObject('c1', 'Misfiled call', {
        id: 'a1',
        parentId: 'r1',
        customerRefUrl: `${stub.url}/context/v1/customer/c1`,
      }),
    );
  });

  it('to another customer moves it and leaves its old request (which stays with the old customer)', async () => {
    const moved = await adapter.moveActivity('a1', { customerId: 'c2' });
    expect(moved).toMatchObject({ id: 'a1', customerId: 'c2' });
    expect(moved).not.toHaveProperty('requestId');
    expect(puts()[0]?.body).not.toHaveProperty('customerRefUrl');
  });

  it('to a request moves it under the request and to its customer', async () => {
    expect(await adapter.moveActivity('a1', { requestId: 'r2' })).toMatchObject({ customerId: 'c2', requestId: 'r2' });
  });

  it('to another request of the same customer keeps the customer', async () => {
    expect(await adapter.moveActivity('a1', { customerId: 'c1', requestId: 'r1b' })).toMatchObject({
      customerId: 'c1',
      requestId: 'r1b',
    });
  });

  it('to its own customer again keeps its request', async () => {
    expect(await adapter.moveActivity('a1', { customerId: 'c1' })).toMatchObject({ customerId: 'c1', requestId: 'r1' });
  });

  it('to a customer and a request of another customer answers 409 request_customer_mismatch and writes nothing', async () => {
    const error = await failure(adapter.moveActivity('a1', { customerId: 'c1', requestId: 'r2' }));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ status: 409, code: 'request_customer_mismatch' });
    expect(puts()).toEqual([]);
  });

  it('to an unknown customer or request answers NotFoundError and writes nothing', async () => {
    expect(await failure(adapter.moveActivity('a1', { customerId: 'nobody' }))).toBeInstanceOf(NotFoundError);
    expect(await failure(adapter.moveActivity('a1', { requestId: 'nothing' }))).toBeInstanceOf(NotFoundError);
    expect(puts()).toEqual([]);
  });

  it('of an unknown activity answers NotFoundError', async () => {
    expect(await failure(adapter.moveActivity('nothing', { customerId: 'c2' }))).toBeInstanceOf(NotFoundError);
  });

  it('to nowhere answers InvalidRequestError', async () => {
    expect(await failure(adapter.moveActivity('a1', {}))).toBeInstanceOf(InvalidRequestError);
  });

  it('changed by someone else between read and write answers 409 stale_activity', async () => {
    stub.faults.push({}, {}, { status: 409 });
    expect(await failure(adapter.moveActivity('a1', { customerId: 'c2' }))).toMatchObject({
      status: 409,
      code: 'stale_activity',
    });
  });
});
