import { describe, expect, it } from 'vitest';
import { en } from '../../gadget/src/i18n/catalog-en.js';
import { es } from '../../gadget/src/i18n/catalog-es.js';
import { callPanelsEn } from '../../gadget/src/i18n/catalog-call-panels-en.js';
import { callPanelsEs } from '../../gadget/src/i18n/catalog-call-panels-es.js';
import { customerFormsEn } from '../../gadget/src/i18n/catalog-customer-forms-en.js';
import { customerFormsEs } from '../../gadget/src/i18n/catalog-customer-forms-es.js';
import { adminEn } from '../../gadget/src/admin/i18n/admin-catalog-en.js';
import { adminEs } from '../../gadget/src/admin/i18n/admin-catalog-es.js';

/** Product names stand as they are in every language. */
const PRODUCT_NAMES: ReadonlySet<string> = new Set(['Webex Contact Center']);

const placeholders = (text: string): string =>
  [...text.matchAll(/\{(\w+)\}/g)]
    .map((match) => match[1] ?? '')
    .sort()
    .join();

const pairs: readonly (readonly [string, Readonly<Record<string, string>>, Readonly<Record<string, string>>])[] = [
  ['the tab', en, es],
  ["the tab's customer forms (loaded on demand)", customerFormsEn, customerFormsEs],
  ["the tab's call panels (loaded on demand)", callPanelsEn, callPanelsEs],
  ['the administration page', adminEn, adminEs],
];

describe.each(pairs)('the string catalogs of %s', (_page, english, spanish) => {
  it('Spanish has exactly the English keys', () => {
    expect(Object.keys(spanish).sort()).toEqual(Object.keys(english).sort());
  });

  it('every Spanish string has the same {placeholders} as its English one', () => {
    const mismatched = Object.entries(english).filter(
      ([key, text]) => placeholders(text) !== placeholders(spanish[key] ?? ''),
    );
    expect(mismatched).toEqual([]);
  });

  it('no string is empty, and Spanish is translated rather than copied (beyond names and short codes)', () => {
    expect(Object.values(english).filter((text) => text.trim() === '')).toEqual([]);
    expect(Object.values(spanish).filter((text) => text.trim() === '')).toEqual([]);
    const copied = Object.entries(english).filter(
      ([key, text]) =>
        text.replace(/\{\w+\}/g, '').replace(/[^A-Za-z]/g, '').length > 12 &&
        text === spanish[key] &&
        !PRODUCT_NAMES.has(text),
    );
    expect(copied).toEqual([]);
  });
});

describe('the tab', () => {
  it("the Context Service outage message is Cisco's own wording", () => {
    expect(en['app.contextUnavailable']).toBe("Experiencing issues with accessing customer's context information");
  });

  it('has each key in one catalog only: its own or that of the part loaded on demand that uses it', () => {
    const keys = [en, customerFormsEn, callPanelsEn].flatMap((catalog) => Object.keys(catalog));
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it('carries no administration strings (the administration page has its own catalog)', () => {
    expect(Object.keys(en).filter((key) => key.startsWith('admin.'))).toEqual([]);
  });
});
