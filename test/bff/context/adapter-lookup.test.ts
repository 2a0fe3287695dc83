import { beforeEach, describe, expect, it } from 'vitest';
import type { ContextServiceAdapter } from '../../../bff/src/context/context-service-adapter.js';
import { InvalidRequestError } from '../../../bff/src/errors.js';
import { adapterFor, customerObject, failure, useStubbedAdapter } from './adapter-test-kit.js';
import type { ContextServiceStub } from './context-service-stub.js';

let stub: ContextServiceStub;
let adapter: ContextServiceAdapter;
useStubbedAdapter((made) => ({ stub, adapter } = made));

const idsOf = (customers: readonly { id: string }[]) => customers.map((customer) => customer.id).sort();

describe('findByPhone', () => {
  beforeEach(() => {
    stub.seed(
      customerObject({ Context_First_Name: 'Maria', Context_Mobile_Phone: '(415) 555-0123' }, { id: 'national' }),
    );
    stub.seed(
      customerObject(
        { Context_First_Name: 'Bob', Context_Work_Phone: '+1 415-555-0123' },
        { id: 'international-dashed' },
      ),
    );
    stub.seed(customerObject({ Context_First_Name: 'Carl', Context_Home_Phone: '4155550123' }, { id: 'digits' }));
    stub.seed(customerObject({ Context_First_Name: 'Dana', Context_Mobile_Phone: '+14155550123' }, { id: 'e164' }));
    stub.seed(customerObject({ Context_First_Name: 'Ed', Context_Work_Phone: '415-555-0123' }, { id: 'dashed' }));
    stub.seed(
      customerObject({ Context_First_Name: 'Fay', Context_Home_Phone: '+1 415 555 0123' }, { id: 'international' }),
    );
    // Shares the word "415-555-0123" with the number but is another (invalid) one: a false positive to drop.
    stub.seed(
      customerObject({ Context_First_Name: 'Eve', Context_Work_Phone: '+44 415-555-0123' }, { id: 'false-positive' }),
    );
    stub.seed(
      customerObject({ Context_First_Name: 'Gus', Context_Mobile_Phone: '+1 212 555 0100' }, { id: 'other-number' }),
    );
    // The number in a field that is not a phone does not count.
    stub.seed(
      customerObject(
        { Context_First_Name: 'Hal', Context_Customer_External_ID: '4155550123' },
        { id: 'not-a-phone-field' },
      ),
    );
  });

  it.each([['+1 415 555 0123'], ['(415) 555-0123'], ['415.555.0123'], ['4155550123'], ['14155550123']])(
    '%s finds the customers holding the number in any of six formats and any phone field, and no false positive',
    async (phone) => {
      expect(idsOf(await adapter.findByPhone(phone))).toEqual([
        'dashed',
        'digits',
        'e164',
        'international',
        'international-dashed',
        'national',
      ]);
    },
  );

  it('asks once, ORing the six formats over the three phone fields, up to 200 hits', async () => {
    await adapter.findByPhone('4155550123');
    const [q] = stub.searches('customer');
    const terms = q?.split(' OR ') ?? [];
    expect(terms).toHaveLength(18);
    expect(terms).toContain('Context_Mobile_Phone:"(415) 555-0123"');
    expect(terms).toContain('Context_Home_Phone:"+1 415-555-0123"');
    expect(terms).toContain('Context_Work_Phone:+14155550123');
    expect(stub.requests[0]?.query.get('maxEntries')).toBe('200');
  });

  it('maps what it finds to Customers', async () => {
    const [dana] = await adapter
      .findByPhone('+14155550123')
      .then((all) => all.filter((customer) => customer.id === 'e164'));
    expect(dana).toMatchObject({ id: 'e164', firstName: 'Dana', phones: [{ kind: 'mobile', number: '+14155550123' }] });
  });

  it('an invalid number finds nobody, without asking the store', async () => {
    expect(await adapter.findByPhone('555-0123')).toEqual([]);
    expect(await adapter.findByPhone('')).toEqual([]);
    expect(stub.requests).toEqual([]);
  });

  it('a number nobody has finds nobody', async () => {
    expect(await adapter.findByPhone('+1 646 555 0199')).toEqual([]);
  });

  it('uses the default region for numbers without a country code', async () => {
    stub.seed(customerObject({ Context_Mobile_Phone: '020 7946 0958' }, { id: 'london' }));
    const british = adapterFor(stub, [], { defaultRegion: 'GB' });
    try {
      expect(idsOf(await british.findByPhone('+44 20 7946 0958'))).toEqual(['london']);
      expect(idsOf(await adapter.findByPhone('+44 20 7946 0958'))).toEqual([]);
    } finally {
      await british.close();
    }
  });
});

describe('findByEmail', () => {
  beforeEach(() => {
    stub.seed(customerObject({ Context_First_Name: 'Maria', Context_Work_Email: 'Maria@Example.com' }, { id: 'work' }));
    stub.seed(customerObject({ Context_First_Name: 'Marc', Context_Home_Email: 'maria@example.com' }, { id: 'home' }));
    stub.seed(customerObject({ Context_Home_Email: 'maria@example.com (old)' }, { id: 'word-only' }));
    stub.seed(customerObject({ Context_Work_Email: 'someone@example.com' }, { id: 'other' }));
  });

  it('finds customers whose work or home email is the address in any letter case, not ones merely containing it', async () => {
    expect(idsOf(await adapter.findByEmail(' MARIA@example.COM '))).toEqual(['home', 'work']);
    expect(stub.searches('customer')).toEqual([
      'Context_Work_Email:maria@example.com OR Context_Home_Email:maria@example.com',
    ]);
  });

  it('something that is not an email address finds nobody, without asking the store', async () => {
    expect(await adapter.findByEmail('maria')).toEqual([]);
    expect(await adapter.findByEmail('a b@c')).toEqual([]);
    expect(stub.requests).toEqual([]);
  });
});

describe('searchCustomers', () => {
  beforeEach(() => {
    stub.seed(
      customerObject(
        { Context_First_Name: 'Maria', Context_Last_Name: 'Lopez', Context_Mobile_Phone: '+14155550123' },
        { id: 'maria-lopez' },
      ),
    );
    stub.seed(customerObject({ Context_First_Name: 'Maria', Context_Last_Name: 'Garcia' }, { id: 'maria-garcia' }));
    stub.seed(customerObject({ Context_First_Name: 'Ana', Context_Last_Name: 'Lopez' }, { id: 'ana-lopez' }));
  });

  it('"maria lopez" needs every word to match some field', async () => {
    expect(idsOf(await adapter.searchCustomers('maria  lopez', 10))).toEqual(['maria-lopez']);
    expect(stub.searches('customer')).toEqual(['query_string:maria AND query_string:lopez']);
  });

  it('one word finds every customer with it, newest first, at most limit', async () => {
    expect((await adapter.searchCustomers('Maria', 10)).map((customer) => customer.id)).toEqual([
      'maria-garcia',
      'maria-lopez',
    ]);
    expect(await adapter.searchCustomers('Maria', 1)).toHaveLength(1);
    expect(stub.requests.at(-1)?.query.get('maxEntries')).toBe('1');
  });

  it('a whole phone number is looked up as a number', async () => {
    expect(idsOf(await adapter.searchCustomers('(415) 555-0123', 10))).toEqual(['maria-lopez']);
  });

  it.each([[0], [201], [1.5], [Number.NaN]])('limit %s answers InvalidRequestError naming limit', async (limit) => {
    const error = await failure(adapter.searchCustomers('Maria', limit));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.message).toMatch(/limit/);
  });

  it('blank text finds nobody without asking the store', async () => {
    expect(await adapter.searchCustomers('   ', 10)).toEqual([]);
    expect(stub.requests).toEqual([]);
  });
});
