import { describe, expect, it } from 'vitest';
import { readContextObject } from '../../../bff/src/context/context-object.js';
import { customerChanges, readCustomer } from '../../../bff/src/context/customer-mapper.js';
import { InvalidRequestError } from '../../../bff/src/errors.js';
import { customerObject, elements } from './adapter-test-kit.js';

const ALL_FIELDS = {
  Context_First_Name: 'Maria',
  Context_Last_Name: 'Lopez',
  Context_Work_Email: 'maria@work.example',
  Context_Home_Email: 'maria@home.example',
  Context_Work_Phone: '+14155550100',
  Context_Mobile_Phone: '(415) 555-0123',
  Context_Home_Phone: '415-555-0199',
  Context_Street_Address_1: '1 Main St',
  Context_City: 'San Francisco',
  Context_State: 'CA',
  Context_Country: 'US',
  Context_ZIP: '94105',
  Context_Customer_External_ID: 'CRM-42',
  Context_Preferred_Language: 'es-ES',
};

const read = (fields: Record<string, string>, extra = {}) =>
  readCustomer(
    readContextObject({ id: 'c1', lastUpdated: { date: '2025-03-01T09:00:00Z' }, ...customerObject(fields, extra) }),
  );

describe('readCustomer maps a customer object', () => {
  it('with every base field to every Customer property, phones mobile-work-home and emails work-home', () => {
    expect(read(ALL_FIELDS)).toEqual({
      id: 'c1',
      firstName: 'Maria',
      lastName: 'Lopez',
      phones: [
        { kind: 'mobile', number: '(415) 555-0123' },
        { kind: 'work', number: '+14155550100' },
        { kind: 'home', number: '415-555-0199' },
      ],
      emails: [
        { kind: 'work', address: 'maria@work.example' },
        { kind: 'home', address: 'maria@home.example' },
      ],
      address: { street: '1 Main St', city: 'San Francisco', state: 'CA', zip: '94105', country: 'US' },
      externalId: 'CRM-42',
      language: 'es-ES',
      fields: {},
      lastUpdated: '2025-03-01T09:00:00Z',
    });
  });

  it('with the data elements in reverse order to the same Customer', () => {
    const reversed = Object.fromEntries(Object.entries(ALL_FIELDS).reverse());
    expect(read(reversed)).toEqual(read(ALL_FIELDS));
  });

  it('with no data elements to a customer with empty phones, emails and fields and no optional properties', () => {
    const customer = read({});
    expect(customer).toEqual({ id: 'c1', phones: [], emails: [], fields: {}, lastUpdated: '2025-03-01T09:00:00Z' });
  });

  it('with only a city to an address of that city alone', () => {
    expect(read({ Context_City: 'Detroit' }).address).toEqual({ city: 'Detroit' });
  });

  it('leaves out empty values', () => {
    expect(read({ Context_First_Name: '', Context_Mobile_Phone: '' })).toMatchObject({ phones: [] });
    expect(read({ Context_First_Name: '' })).not.toHaveProperty('firstName');
  });

  it('puts fields of other fieldsets in fields, as text', () => {
    const customer = read(
      { Context_First_Name: 'Maria' },
      {
        dataElements: [
          ...elements({ Context_First_Name: 'Maria', cccCustom: 'gold' }),
          { cccRatingPoints: 5, type: 'integer' },
        ],
      },
    );
    expect(customer.fields).toEqual({ cccCustom: 'gold', cccRatingPoints: '5' });
  });

  it('without lastUpdated to lastUpdated "" (no update can match it)', () => {
    expect(readCustomer(readContextObject({ id: 'c2', type: 'customer' })).lastUpdated).toBe('');
  });
});

describe('customerChanges: what a CustomerInput changes, as data elements', () => {
  const current = readContextObject({
    id: 'c1',
    ...customerObject(ALL_FIELDS, { dataElements: [...elements(ALL_FIELDS), { cccCustom: 'gold', type: 'string' }] }),
  }).elements;
  const valuesOf = (changes: ReadonlyMap<string, { value: unknown } | undefined>) =>
    Object.fromEntries([...changes].map(([key, element]) => [key, element?.value]));

  it('for a new customer: names, phones as E.164 when valid, emails, address, external id and language', () => {
    const written = customerChanges(
      {
        firstName: ' Ana ',
        lastName: 'Ruiz',
        phones: [
          { kind: 'mobile', number: '(415) 555-0123' },
          { kind: 'home', number: '12' },
        ],
        emails: [{ kind: 'work', address: 'ana@example.com' }],
        address: { city: 'Austin', zip: '73301' },
        externalId: 'X1',
        language: 'en-US',
      },
      new Map(),
      'US',
    );
    expect(valuesOf(written)).toEqual({
      Context_First_Name: 'Ana',
      Context_Last_Name: 'Ruiz',
      Context_Customer_External_ID: 'X1',
      Context_Preferred_Language: 'en-US',
      Context_Mobile_Phone: '+14155550123',
      Context_Home_Phone: '12',
      Context_Work_Email: 'ana@example.com',
      Context_City: 'Austin',
      Context_ZIP: '73301',
    });
    expect([...written.values()].every((element) => element?.type === 'string')).toBe(true);
  });

  it('for an update, names only the fields the input changes', () => {
    expect(valuesOf(customerChanges({ firstName: 'Mary' }, current, 'US'))).toEqual({ Context_First_Name: 'Mary' });
  });

  it('a field given as blank is removed (undefined); a blank field that is not stored is no change', () => {
    const changes = customerChanges({ lastName: '  ', externalId: '' }, current, 'US');
    expect([...changes]).toEqual([
      ['Context_Last_Name', undefined],
      ['Context_Customer_External_ID', undefined],
    ]);
    expect(customerChanges({ lastName: '' }, new Map(), 'US').size).toBe(0);
  });

  it('sets only the phone kinds given: a new number as E.164, "" clearing its kind, the others untouched', () => {
    const changes = customerChanges(
      {
        phones: [
          { kind: 'work', number: '415 555 0111' },
          { kind: 'home', number: '' },
        ],
      },
      current,
      'US',
    );
    expect([...changes]).toEqual([
      ['Context_Work_Phone', { value: '+14155550111', type: 'string' }],
      ['Context_Home_Phone', undefined],
    ]);
  });

  it.each([
    ['exactly as stored', '(415) 555-0123'],
    ['as stored with spaces around it', ' (415) 555-0123 '],
  ])('a phone sent %s is no change: the stored "(415) 555-0123" is not rewritten as E.164', (_title, number) => {
    expect(customerChanges({ phones: [{ kind: 'mobile', number }] }, current, 'US').size).toBe(0);
  });

  it('a phone whose E.164 form is what is stored is no change', () => {
    expect(customerChanges({ phones: [{ kind: 'work', number: '(415) 555-0100' }] }, current, 'US').size).toBe(0);
  });

  it('sets only the email kinds given', () => {
    expect(
      valuesOf(customerChanges({ emails: [{ kind: 'home', address: 'new@home.example' }] }, current, 'US')),
    ).toEqual({ Context_Home_Email: 'new@home.example' });
  });

  it('merges the address part by part', () => {
    const changes = customerChanges({ address: { city: 'Oakland', street: '', zip: '94105' } }, current, 'US');
    expect([...changes]).toEqual([
      ['Context_Street_Address_1', undefined],
      ['Context_City', { value: 'Oakland', type: 'string' }],
    ]);
  });

  it('reads a number without country code in the default region', () => {
    expect(
      valuesOf(customerChanges({ phones: [{ kind: 'mobile', number: '020 7946 0958' }] }, new Map(), 'GB')),
    ).toEqual({ Context_Mobile_Phone: '+442079460958' });
  });

  it('refuses two phones of one kind with InvalidRequestError naming the kind', () => {
    const twice = {
      phones: [
        { kind: 'mobile' as const, number: '4155550123' },
        { kind: 'mobile' as const, number: '4155550124' },
      ],
    };
    expect(() => customerChanges(twice, new Map(), 'US')).toThrow(InvalidRequestError);
    expect(() => customerChanges(twice, new Map(), 'US')).toThrow('phones lists mobile more than once');
  });
});
