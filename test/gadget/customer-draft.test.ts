import { describe, expect, it } from 'vitest';
import type { Customer } from '../../shared/api/context.js';
import {
  applyDraft,
  changedFields,
  draftOf,
  draftOfPrefill,
  inputOf,
  validateDraft,
} from '../../gadget/src/components/customer-form/customer-draft.js';
import { splitName } from '../../gadget/src/components/customer-form/split-name.js';

const MARIA: Customer = {
  id: 'cust-maria',
  firstName: 'Maria',
  lastName: 'Garcia',
  phones: [
    { kind: 'mobile', number: '+14155550123' },
    { kind: 'home', number: '(415) 555-0107' },
  ],
  emails: [{ kind: 'home', address: 'maria.garcia@example.com' }],
  address: { city: 'San Francisco', country: 'USA' },
  language: 'es-ES',
  fields: { Context_Notes: 'kept' },
  lastUpdated: '2025-03-01T10:00:00.000Z',
};

describe('splitName', () => {
  it.each([
    ['Ana Maria Lopez', { firstName: 'Ana Maria', lastName: 'Lopez' }],
    ['  Maria   Garcia ', { firstName: 'Maria', lastName: 'Garcia' }],
    ['Maria', { firstName: 'Maria', lastName: '' }],
    ['', { firstName: '', lastName: '' }],
  ])('"%s" splits into %o (the last word is the last name)', (name, expected) => {
    expect(splitName(name)).toEqual(expected);
  });
});

describe('customer drafts', () => {
  it('a prefill with number and name fills mobile phone as delivered and the split name', () => {
    const draft = draftOfPrefill({ phone: '+16505550199', name: 'Ana Maria Lopez' });
    expect(inputOf(draft)).toEqual({
      firstName: 'Ana Maria',
      lastName: 'Lopez',
      phones: [{ kind: 'mobile', number: '+16505550199' }],
    });
  });

  it('a prefill with an email (a chat) fills the home email', () => {
    expect(inputOf(draftOfPrefill({ email: 'ana@example.com' }))).toEqual({
      emails: [{ kind: 'home', address: 'ana@example.com' }],
    });
  });

  it('an unchanged draft has no changed fields', () => {
    expect(changedFields(MARIA, draftOf(MARIA))).toEqual({});
  });

  it('a changed name sends only that name, trimmed', () => {
    expect(changedFields(MARIA, { ...draftOf(MARIA), lastName: ' García ' })).toEqual({ lastName: 'García' });
  });

  it('a cleared language sends "" so the BFF removes it', () => {
    expect(changedFields(MARIA, { ...draftOf(MARIA), language: '' })).toEqual({ language: '' });
  });

  it('a new work phone sends that phone alone, the untouched "(415) 555-0107" not at all; a changed city only that address part', () => {
    const draft = { ...draftOf(MARIA), 'phone.work': '+14155550188', city: 'Oakland' };
    expect(changedFields(MARIA, draft)).toEqual({
      phones: [{ kind: 'work', number: '+14155550188' }],
      address: { city: 'Oakland' },
    });
  });

  it('a cleared home phone and a changed work email send "" for the phone and the email alone', () => {
    const draft = { ...draftOf(MARIA), 'phone.home': '', 'email.work': 'maria@work.example' };
    expect(changedFields(MARIA, draft)).toEqual({
      phones: [{ kind: 'home', number: '' }],
      emails: [{ kind: 'work', address: 'maria@work.example' }],
    });
  });

  it('applying a draft keeps id, fields and lastUpdated and drops what was cleared', () => {
    const applied = applyDraft(MARIA, { ...draftOf(MARIA), language: '', city: '', country: '' });
    expect(applied).toEqual({
      id: MARIA.id,
      firstName: 'Maria',
      lastName: 'Garcia',
      phones: MARIA.phones,
      emails: MARIA.emails,
      fields: { Context_Notes: 'kept' },
      lastUpdated: MARIA.lastUpdated,
    });
  });
});

describe('validateDraft', () => {
  it('a phone with letters, an email without @ and an overlong zip are each named', () => {
    const problems = validateDraft(
      { ...draftOf(MARIA), 'phone.work': 'call me', 'email.work': 'maria', zip: '1'.repeat(21) },
      { requireIdentity: false },
    );
    expect(problems).toEqual({
      'phone.work': { key: 'form.invalidPhone' },
      'email.work': { key: 'form.invalidEmail' },
      zip: { key: 'form.tooLong', max: 20 },
    });
  });

  it('a new customer without name, phone or email needs one; an edit does not', () => {
    const onlyCity = { ...draftOfPrefill(undefined), city: 'Oakland' };
    expect(validateDraft(onlyCity, { requireIdentity: true })).toEqual({ form: { key: 'form.needIdentity' } });
    expect(validateDraft(onlyCity, { requireIdentity: false })).toEqual({});
  });

  it('a valid draft has no problems', () => {
    expect(validateDraft(draftOf(MARIA), { requireIdentity: true })).toEqual({});
  });
});
