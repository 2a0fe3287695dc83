import { describe, expect, it } from 'vitest';
import { readContextObject } from '../../../bff/src/context/context-object.js';
import { customerElements, readCustomer } from '../../../bff/src/context/customer-mapper.js';
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

const read = (fields: Record<string, string>, extra = {}) => readCustomer(readContextObject({ id: 'c1', lastUpdated: { date: '2025-03-01T09:00:00Z' }, ...customerObject(fields, extra) }));

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
    const customer = read({ Context_First_Name: 'Maria' }, { dataElements: [...elements({ Context_First_Name: 'Maria', cccCustom: 'gold' }), { cccRatingPoints: 5, type: 'integer' }] });
    expect(customer.fields).toEqual({ cccCustom: 'gold', cccRatingPoints: '5' });
  });

  it('without lastUpdated to lastUpdated "" (no update can match it)', () => {
    expect(readCustomer(readContextObject({ id: 'c2', type: 'customer' })).lastUpdated).toBe('');
  });
});

describe('customerElements writes a CustomerInput as data elements', () => {
  const current = readContextObject({ id: 'c1', ...customerObject(ALL_FIELDS, { dataElements: [...elements(ALL_FIELDS), { cccCustom: 'gold', type: 'string' }] }) }).elements;
  const valueOf = (map: ReadonlyMap<string, { value: unknown }>, key: string) => map.get(key)?.value;

  it('for a new customer: names, phones as E.164 when valid, emails, address, external id and language', () => {
    const written = customerElements(
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
    expect(Object.fromEntries([...written].map(([key, element]) => [key, element.value]))).toEqual({
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
    expect([...written.values()].every((element) => element.type === 'string')).toBe(true);
  });

  it('for an update, keeps what the input leaves out, fields it does not map included', () => {
    const written = customerElements({ firstName: 'Mary' }, current, 'US');
    expect(valueOf(written, 'Context_First_Name')).toBe('Mary');
    expect(valueOf(written, 'Context_Last_Name')).toBe('Lopez');
    expect(valueOf(written, 'Context_Mobile_Phone')).toBe('(415) 555-0123');
    expect(valueOf(written, 'cccCustom')).toBe('gold');
  });

  it('clears a field given as blank', () => {
    const written = customerElements({ lastName: '  ', externalId: '' }, current, 'US');
    expect(written.has('Context_Last_Name')).toBe(false);
    expect(written.has('Context_Customer_External_ID')).toBe(false);
  });

  it('replaces the whole phone group with the phones given (a kind left out is cleared)', () => {
    const written = customerElements({ phones: [{ kind: 'work', number: '415 555 0111' }] }, current, 'US');
    expect(valueOf(written, 'Context_Work_Phone')).toBe('+14155550111');
    expect(written.has('Context_Mobile_Phone')).toBe(false);
    expect(written.has('Context_Home_Phone')).toBe(false);
  });

  it('replaces the emails, an empty list clearing both', () => {
    const written = customerElements({ emails: [] }, current, 'US');
    expect(written.has('Context_Work_Email')).toBe(false);
    expect(written.has('Context_Home_Email')).toBe(false);
  });

  it('merges the address part by part', () => {
    const written = customerElements({ address: { city: 'Oakland', street: '' } }, current, 'US');
    expect(valueOf(written, 'Context_City')).toBe('Oakland');
    expect(written.has('Context_Street_Address_1')).toBe(false);
    expect(valueOf(written, 'Context_ZIP')).toBe('94105');
  });

  it('reads a number without country code in the default region', () => {
    expect(valueOf(customerElements({ phones: [{ kind: 'mobile', number: '020 7946 0958' }] }, new Map(), 'GB'), 'Context_Mobile_Phone')).toBe('+442079460958');
  });

  it('refuses two phones of one kind with InvalidRequestError naming the kind', () => {
    const twice = { phones: [{ kind: 'mobile' as const, number: '4155550123' }, { kind: 'mobile' as const, number: '4155550124' }] };
    expect(() => customerElements(twice, new Map(), 'US')).toThrow(InvalidRequestError);
    expect(() => customerElements(twice, new Map(), 'US')).toThrow('phones lists mobile more than once');
  });

  it('does not change the map it starts from', () => {
    customerElements({ firstName: 'Other' }, current, 'US');
    expect(valueOf(current, 'Context_First_Name')).toBe('Maria');
  });
});
