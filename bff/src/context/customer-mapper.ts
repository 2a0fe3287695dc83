import type { CountryCode } from 'libphonenumber-js';
import type { Customer, CustomerInput } from '../../../shared/api/context.js';
import { InvalidRequestError } from '../errors.js';
import { elementText, otherFields } from './context-object.js';
import { toE164 } from './phone-numbers.js';
import type { ContextObject, DataElement } from './types.js';

/** The fieldset every customer the BFF writes carries (context-service-and-webex.md §1.3). */
export const CUSTOMER_FIELDSET = 'cisco.base.customer';

export const PHONE_FIELDS = { mobile: 'Context_Mobile_Phone', work: 'Context_Work_Phone', home: 'Context_Home_Phone' } as const;
export const EMAIL_FIELDS = { work: 'Context_Work_Email', home: 'Context_Home_Email' } as const;
const ADDRESS_FIELDS = { street: 'Context_Street_Address_1', city: 'Context_City', state: 'Context_State', zip: 'Context_ZIP', country: 'Context_Country' } as const;
const NAME_FIELDS = { firstName: 'Context_First_Name', lastName: 'Context_Last_Name', externalId: 'Context_Customer_External_ID', language: 'Context_Preferred_Language' } as const;

const MAPPED: ReadonlySet<string> = new Set([...Object.values(PHONE_FIELDS), ...Object.values(EMAIL_FIELDS), ...Object.values(ADDRESS_FIELDS), ...Object.values(NAME_FIELDS)]);

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

function address(object: ContextObject): Customer['address'] {
  const parts = Object.entries(ADDRESS_FIELDS).flatMap(([part, field]) => {
    const value = elementText(object, field);
    return value === undefined ? [] : [[part, value] as const];
  });
  return parts.length === 0 ? undefined : Object.fromEntries(parts);
}

/**
 * A `customer` object as a Customer: phones mobile, work, home and emails work, home (empty ones left out), the address
 * when any part is set, every other field in `fields`. A missing lastUpdated reads as '' (no update can match it).
 */
export function readCustomer(object: ContextObject): Customer {
  const phones = Object.entries(PHONE_FIELDS).flatMap(([kind, field]) => {
    const number = elementText(object, field);
    return number === undefined ? [] : [{ kind: kind as keyof typeof PHONE_FIELDS, number }];
  });
  const emails = Object.entries(EMAIL_FIELDS).flatMap(([kind, field]) => {
    const value = elementText(object, field);
    return value === undefined ? [] : [{ kind: kind as keyof typeof EMAIL_FIELDS, address: value }];
  });
  const where = address(object);
  return {
    id: object.id,
    ...optional('firstName', elementText(object, NAME_FIELDS.firstName)),
    ...optional('lastName', elementText(object, NAME_FIELDS.lastName)),
    phones,
    emails,
    ...(where === undefined ? {} : { address: where }),
    ...optional('externalId', elementText(object, NAME_FIELDS.externalId)),
    ...optional('language', elementText(object, NAME_FIELDS.language)),
    fields: otherFields(object, MAPPED),
    lastUpdated: object.lastUpdated ?? '',
  };
}

/** Sets a text field, or removes it when the value is blank (the store has no empty fields). */
function setText(elements: Map<string, DataElement>, field: string, value: string | undefined): void {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') elements.delete(field);
  else elements.set(field, { value: trimmed, type: 'string' });
}

/** A list that replaces its whole group: one entry per kind, so two numbers of one kind are refused. */
function setGroup<K extends string>(elements: Map<string, DataElement>, fields: Readonly<Record<K, string>>, entries: readonly { kind: K; value: string }[], what: string): void {
  const seen = new Set<K>();
  for (const entry of entries) {
    if (seen.has(entry.kind)) throw new InvalidRequestError(`${what} lists ${entry.kind} more than once`);
    seen.add(entry.kind);
  }
  for (const [kind, field] of Object.entries(fields) as [K, string][]) setText(elements, field, entries.find((entry) => entry.kind === kind)?.value);
}

/**
 * The elements of a customer after `input`, starting from `current` (empty for a new one; unknown fields are kept).
 * A property left out keeps its fields; '' clears one; `phones` and `emails` replace their whole group; the address
 * merges part by part. Valid phone numbers are stored as E.164 so that every reader finds them; others as typed.
 */
export function customerElements(input: CustomerInput, current: ReadonlyMap<string, DataElement>, region: CountryCode): Map<string, DataElement> {
  const elements = new Map(current);
  for (const [key, field] of Object.entries(NAME_FIELDS) as [keyof typeof NAME_FIELDS, string][]) {
    if (input[key] !== undefined) setText(elements, field, input[key]);
  }
  if (input.phones !== undefined) {
    const phones = input.phones.map((phone) => ({ kind: phone.kind, value: toE164(phone.number, region) ?? phone.number }));
    setGroup(elements, PHONE_FIELDS, phones, 'phones');
  }
  if (input.emails !== undefined) setGroup(elements, EMAIL_FIELDS, input.emails.map((email) => ({ kind: email.kind, value: email.address })), 'emails');
  if (input.address !== undefined) {
    for (const [part, field] of Object.entries(ADDRESS_FIELDS) as [keyof typeof ADDRESS_FIELDS, string][]) {
      if (input.address[part] !== undefined) setText(elements, field, input.address[part]);
    }
  }
  return elements;
}
