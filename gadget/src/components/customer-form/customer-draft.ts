import type { Customer, CustomerInput, ScreenPop } from '../../../../shared/api/context.js';
import type { MessageKey } from '../../i18n/catalog-en.js';
import { splitName } from './split-name.js';

/**
 * The customer form as plain text fields: one phone per kind and one email per kind, because the BFF stores exactly
 * one Context Service field per kind (Context_Mobile_Phone, …) and refuses two of a kind.
 */
export const DRAFT_FIELDS = ['firstName', 'lastName', 'phone.mobile', 'phone.work', 'phone.home', 'email.home', 'email.work', 'street', 'city', 'state', 'zip', 'country', 'language', 'externalId'] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];
export type CustomerDraft = Record<DraftField, string>;

export interface DraftProblem {
  readonly key: MessageKey;
  readonly max?: number;
}
/** Problems by field; `form` for one about the whole form. */
export type DraftProblems = Partial<Record<DraftField | 'form', DraftProblem>>;

const PHONE_KINDS = ['mobile', 'work', 'home'] as const;
const EMAIL_KINDS = ['home', 'work'] as const;
const ADDRESS_PARTS = ['street', 'city', 'state', 'zip', 'country'] as const;
const TEXT_FIELDS = ['firstName', 'lastName', 'language', 'externalId'] as const;

/** The limits of shared/api/context.ts CustomerInput, so the agent hears about them before the BFF refuses. */
function maxLength(field: DraftField): number {
  if (field.startsWith('phone.')) return 40;
  if (field.startsWith('email.')) return 254;
  if (field === 'street') return 200;
  return field === 'zip' || field === 'language' ? 20 : 100;
}
const PHONE = /^[0-9+()\s.-]*$/;
const EMAIL = /^[^\s@<>]+@[^\s@<>]+$/;

export function emptyDraft(): CustomerDraft {
  return Object.fromEntries(DRAFT_FIELDS.map((field) => [field, ''])) as CustomerDraft;
}

/** The form as a customer fills it: the first phone and email of each kind. */
export function draftOf(customer: Customer): CustomerDraft {
  const draft = emptyDraft();
  for (const field of TEXT_FIELDS) draft[field] = customer[field] ?? '';
  for (const kind of PHONE_KINDS) draft[`phone.${kind}`] = customer.phones.find((phone) => phone.kind === kind)?.number ?? '';
  for (const kind of EMAIL_KINDS) draft[`email.${kind}`] = customer.emails.find((email) => email.kind === kind)?.address ?? '';
  for (const part of ADDRESS_PARTS) draft[part] = customer.address?.[part] ?? '';
  return draft;
}

/**
 * A new customer from what the call says. The caller's number goes in as delivered (Finesse gives E.164 such as
 * +16505550199), so the next call from it finds the customer; its kind is unknown, mobile is the likeliest.
 */
export function draftOfPrefill(prefill: ScreenPop['prefill']): CustomerDraft {
  const draft = emptyDraft();
  const name = splitName(prefill?.name ?? '');
  draft.firstName = name.firstName;
  draft.lastName = name.lastName;
  draft['phone.mobile'] = prefill?.phone ?? '';
  draft['email.home'] = prefill?.email ?? '';
  return draft;
}

function phones(draft: CustomerDraft): NonNullable<CustomerInput['phones']> {
  return PHONE_KINDS.flatMap((kind) => (draft[`phone.${kind}`].trim() === '' ? [] : [{ kind, number: draft[`phone.${kind}`].trim() }]));
}

function emails(draft: CustomerDraft): NonNullable<CustomerInput['emails']> {
  return EMAIL_KINDS.flatMap((kind) => (draft[`email.${kind}`].trim() === '' ? [] : [{ kind, address: draft[`email.${kind}`].trim() }]));
}

/** The whole draft as a new customer: blank fields left out. */
export function inputOf(draft: CustomerDraft): CustomerInput {
  const input: CustomerInput = { phones: phones(draft), emails: emails(draft) };
  for (const field of TEXT_FIELDS) if (draft[field].trim() !== '') input[field] = draft[field].trim();
  const address = Object.fromEntries(ADDRESS_PARTS.filter((part) => draft[part].trim() !== '').map((part) => [part, draft[part].trim()]));
  if (Object.keys(address).length > 0) input.address = address;
  return input;
}

const changed = (before: CustomerDraft, after: CustomerDraft, field: DraftField): boolean => before[field].trim() !== after[field].trim();

/**
 * Only what the agent changed, as the PATCH takes it: '' clears a field, a phone or email is sent for its kind alone
 * (so an untouched number reaches the store as it was), the address part by part. Empty when nothing changed.
 */
export function changedFields(customer: Customer, draft: CustomerDraft): CustomerInput {
  const before = draftOf(customer);
  const input: CustomerInput = {};
  for (const field of TEXT_FIELDS) if (changed(before, draft, field)) input[field] = draft[field].trim();
  const phones = PHONE_KINDS.filter((kind) => changed(before, draft, `phone.${kind}`)).map((kind) => ({ kind, number: draft[`phone.${kind}`].trim() }));
  if (phones.length > 0) input.phones = phones;
  const emails = EMAIL_KINDS.filter((kind) => changed(before, draft, `email.${kind}`)).map((kind) => ({ kind, address: draft[`email.${kind}`].trim() }));
  if (emails.length > 0) input.emails = emails;
  const address = Object.fromEntries(ADDRESS_PARTS.filter((part) => changed(before, draft, part)).map((part) => [part, draft[part].trim()]));
  if (Object.keys(address).length > 0) input.address = address;
  return input;
}

/** The customer as it would read after the draft is saved (for the side-by-side view of a conflict). */
export function applyDraft(customer: Customer, draft: CustomerDraft): Customer {
  return { id: customer.id, fields: customer.fields, lastUpdated: customer.lastUpdated, ...inputOf(draft), phones: phones(draft), emails: emails(draft) };
}

/** Problems the agent can fix before saving; `needOne` when the customer would have no name, phone or email. */
export function validateDraft(draft: CustomerDraft, options: { requireIdentity: boolean }): DraftProblems {
  const problems: DraftProblems = {};
  for (const field of DRAFT_FIELDS) {
    const value = draft[field].trim();
    if (value.length > maxLength(field)) problems[field] = { key: 'form.tooLong', max: maxLength(field) };
    else if (field.startsWith('phone.') && !PHONE.test(value)) problems[field] = { key: 'form.invalidPhone' };
    else if (field.startsWith('email.') && value !== '' && !EMAIL.test(value)) problems[field] = { key: 'form.invalidEmail' };
  }
  const identity: DraftField[] = ['firstName', 'lastName', 'phone.mobile', 'phone.work', 'phone.home', 'email.home', 'email.work'];
  if (options.requireIdentity && identity.every((field) => draft[field].trim() === '')) problems.form = { key: 'form.needIdentity' };
  return problems;
}

export function hasProblems(problems: DraftProblems): boolean {
  return Object.keys(problems).length > 0;
}
