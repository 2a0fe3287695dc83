import type { CountryCode } from 'libphonenumber-js';
import type { Customer, CustomerInput } from '../../../shared/api/context.js';
import { InvalidRequestError } from '../errors.js';
import { elementText, otherFields } from './context-object.js';
import { toE164 } from './phone-numbers.js';
import type { ContextObject, DataElement, ElementChanges } from './types.js';

/** The fieldset every customer the BFF writes carries (context-service-and-webex.md §1.3). */
export const CUSTOMER_FIELDSET = 'cisco.base.customer';

export const PHONE_FIELDS = {
  mobile: 'Context_Mobile_Phone',
  work: 'Context_Work_Phone',
  home: 'Context_Home_Phone',
} as const;
export const EMAIL_FIELDS = { work: 'Context_Work_Email', home: 'Context_Home_Email' } as const;
const ADDRESS_FIELDS = {
  street: 'Context_Street_Address_1',
  city: 'Context_City',
  state: 'Context_State',
  zip: 'Context_ZIP',
  country: 'Context_Country',
} as const;
const NAME_FIELDS = {
  firstName: 'Context_First_Name',
  lastName: 'Context_Last_Name',
  externalId: 'Context_Customer_External_ID',
  language: 'Context_Preferred_Language',
} as const;

const MAPPED: ReadonlySet<string> = new Set([
  ...Object.values(PHONE_FIELDS),
  ...Object.values(EMAIL_FIELDS),
  ...Object.values(ADDRESS_FIELDS),
  ...Object.values(NAME_FIELDS),
]);

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

type Normalise = (value: string) => string;
const asTyped: Normalise = (value) => value;

/**
 * Sets a text field, or removes it when the value is blank (the store has no empty fields). A value the field already
 * holds, as stored or once normalised, is no change: the field stays exactly as it was.
 */
function setText(
  changes: Map<string, DataElement | undefined>,
  current: ReadonlyMap<string, DataElement>,
  field: string,
  value: string,
  normalise: Normalise = asTyped,
): void {
  const stored = current.get(field);
  const trimmed = value.trim();
  if (stored !== undefined && String(stored.value) === trimmed) return;
  if (trimmed === '') {
    if (stored !== undefined) changes.set(field, undefined);
    return;
  }
  const next = normalise(trimmed);
  if (stored === undefined || String(stored.value) !== next) changes.set(field, { value: next, type: 'string' });
}

/** One field per kind: each kind listed is set ('' clears it), a kind left out is not touched; a kind twice is refused. */
function setKinds<K extends string>(
  changes: Map<string, DataElement | undefined>,
  current: ReadonlyMap<string, DataElement>,
  fields: Readonly<Record<K, string>>,
  entries: readonly { kind: K; value: string }[],
  what: string,
  normalise?: Normalise,
): void {
  const seen = new Set<K>();
  for (const entry of entries) {
    if (seen.has(entry.kind)) throw new InvalidRequestError(`${what} lists ${entry.kind} more than once`);
    seen.add(entry.kind);
  }
  for (const entry of entries) setText(changes, current, fields[entry.kind], entry.value, normalise);
}

/**
 * What `input` changes in a customer whose elements are `current` (empty for a new one): only the fields it names and
 * whose value differs. A property left out keeps its fields; '' clears one; `phones` and `emails` set the kinds they
 * list; the address merges part by part. A phone number the agent typed is stored as E.164 when valid, so that every
 * reader finds it, otherwise as typed; a number sent as it is stored is left as it is.
 */
export function customerChanges(
  input: CustomerInput,
  current: ReadonlyMap<string, DataElement>,
  region: CountryCode,
): ElementChanges {
  const changes = new Map<string, DataElement | undefined>();
  for (const [key, field] of Object.entries(NAME_FIELDS) as [keyof typeof NAME_FIELDS, string][]) {
    const value = input[key];
    if (value !== undefined) setText(changes, current, field, value);
  }
  const e164: Normalise = (number) => toE164(number, region) ?? number;
  if (input.phones !== undefined)
    setKinds(
      changes,
      current,
      PHONE_FIELDS,
      input.phones.map((phone) => ({ kind: phone.kind, value: phone.number })),
      'phones',
      e164,
    );
  if (input.emails !== undefined)
    setKinds(
      changes,
      current,
      EMAIL_FIELDS,
      input.emails.map((email) => ({ kind: email.kind, value: email.address })),
      'emails',
    );
  for (const [part, field] of Object.entries(ADDRESS_FIELDS) as [keyof typeof ADDRESS_FIELDS, string][]) {
    const value = input.address?.[part];
    if (value !== undefined) setText(changes, current, field, value);
  }
  return changes;
}
