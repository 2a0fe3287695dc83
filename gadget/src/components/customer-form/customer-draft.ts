import type { Customer, CustomerInput, ScreenPop } from '../../../../shared/api/context.js';
import type { MessageKey } from '../../i18n/i18n.js';
import { splitName } from './split-name.js';

/**
 * The customer form as plain text fields: one phone per kind and one email per kind, because the BFF stores exactly
 * one Context Service field per kind (Context_Mobile_Phone, …) and refuses two of a kind.
 */
export const DRAFT_FIELDS = [
  'firstName',
  'lastName',
  'phone.mobile',
  'phone.work',
  'phone.home',
  'email.home',
  'email.work',
  'street',
  'city',
  'state',
  'zip',
  'country',
  'language',
  'externalId',
] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];
export type CustomerDraft = Record<DraftField, string>;

export interface DraftProblem {
  readonly key: MessageKey;
  readonly max?: number;
}
/** Problems by field; `form` for one about the whole form. */
export type DraftProblems = Partial<Record<DraftField | 'form', DraftProblem>>;

type PhoneKind = Customer['phones'][number]['kind'];
type EmailKind = Customer['emails'][number]['kind'];
type AddressPart = keyof NonNullable<Customer['address']>;
type TextField = 'firstName' | 'lastName' | 'language' | 'externalId';
const ADDRESS_PARTS: readonly DraftField[] = ['street', 'city', 'state', 'zip', 'country'];

/** The fields picked by name from a list of codes; a stored value outside the list is kept as it is. */
export type CodedField = 'language' | 'country';
export const isCoded = (field: DraftField): field is CodedField => field === 'language' || field === 'country';

/**
 * The limits of shared/api/context.ts CustomerInput, so the agent hears about them before the BFF refuses. None for a
 * coded field: what the list offers fits, and a stored value is sent only when the agent picks another.
 */
function maxLength(field: DraftField): number {
  if (isCoded(field)) return Infinity;
  if (field.startsWith('phone.')) return 40;
  if (field.startsWith('email.')) return 254;
  if (field === 'street') return 200;
  return field === 'zip' ? 20 : 100;
}
const PHONE = /^[0-9+()\s.-]*$/;
const EMAIL = /^[^\s@<>]+@[^\s@<>]+$/;

export function emptyDraft(): CustomerDraft {
  return Object.fromEntries(DRAFT_FIELDS.map((field) => [field, ''])) as CustomerDraft;
}

/** A draft field's value in a customer: `phone.home` is the home phone's number, `city` the address's city. */
function valueIn(customer: Customer, field: DraftField): string {
  const [group, kind] = field.split('.');
  if (group === 'phone') return customer.phones.find((phone) => phone.kind === kind)?.number ?? '';
  if (group === 'email') return customer.emails.find((email) => email.kind === kind)?.address ?? '';
  return (
    (ADDRESS_PARTS.includes(field) ? customer.address?.[field as AddressPart] : customer[field as TextField]) ?? ''
  );
}

/** The form as a customer fills it: the first phone and email of each kind. */
export function draftOf(customer: Customer): CustomerDraft {
  return Object.fromEntries(DRAFT_FIELDS.map((field) => [field, valueIn(customer, field)])) as CustomerDraft;
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

/** The draft's `fields`, trimmed, as the BFF takes them: each phone and email under its kind, the address part by part. */
function inputFrom(draft: CustomerDraft, fields: readonly DraftField[]): CustomerInput {
  const input: CustomerInput = {};
  for (const field of fields) {
    const value = draft[field].trim();
    const [group, kind] = field.split('.');
    if (group === 'phone') (input.phones ??= []).push({ kind: kind as PhoneKind, number: value });
    else if (group === 'email') (input.emails ??= []).push({ kind: kind as EmailKind, address: value });
    else if (ADDRESS_PARTS.includes(field)) (input.address ??= {})[field as AddressPart] = value;
    else input[field as TextField] = value;
  }
  return input;
}

/** The whole draft as a new customer: blank fields left out. */
export function inputOf(draft: CustomerDraft): CustomerInput {
  return inputFrom(
    draft,
    DRAFT_FIELDS.filter((field) => draft[field].trim() !== ''),
  );
}

/**
 * Only what the agent changed, as the PATCH takes it: '' clears a field, a phone or email is sent for its kind alone
 * (so an untouched number reaches the store as it was), the address part by part. Empty when nothing changed.
 */
export function changedFields(customer: Customer, draft: CustomerDraft): CustomerInput {
  return inputFrom(
    draft,
    DRAFT_FIELDS.filter((field) => valueIn(customer, field).trim() !== draft[field].trim()),
  );
}

/** The customer as it would read after the draft is saved (for the side-by-side view of a conflict). */
export function applyDraft(customer: Customer, draft: CustomerDraft): Customer {
  const input = inputOf(draft);
  return {
    id: customer.id,
    fields: customer.fields,
    lastUpdated: customer.lastUpdated,
    ...input,
    phones: input.phones ?? [],
    emails: input.emails ?? [],
  };
}

/** Problems the agent can fix before saving; `needOne` when the customer would have no name, phone or email. */
export function validateDraft(draft: CustomerDraft, options: { requireIdentity: boolean }): DraftProblems {
  const problems: DraftProblems = {};
  for (const field of DRAFT_FIELDS) {
    const value = draft[field].trim();
    if (value.length > maxLength(field)) problems[field] = { key: 'form.tooLong', max: maxLength(field) };
    else if (field.startsWith('phone.') && !PHONE.test(value)) problems[field] = { key: 'form.invalidPhone' };
    else if (field.startsWith('email.') && value !== '' && !EMAIL.test(value))
      problems[field] = { key: 'form.invalidEmail' };
  }
  // The name, phones and emails: the first seven fields.
  if (options.requireIdentity && DRAFT_FIELDS.slice(0, 7).every((field) => draft[field].trim() === ''))
    problems.form = { key: 'form.needIdentity' };
  return problems;
}
