import { describe, expect, it } from 'vitest';
import { en } from '../../gadget/src/i18n/catalog-en.js';
import { es } from '../../gadget/src/i18n/catalog-es.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

describe('the string catalogs', () => {
  it('Spanish has exactly the English keys', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('every Spanish string has the same {placeholders} as its English one', () => {
    const mismatched = Object.entries(en).filter(([key, text]) => placeholders(text).join() !== placeholders(es[key as keyof typeof en]).join());
    expect(mismatched).toEqual([]);
  });

  it('no string is empty, and Spanish is translated rather than copied (beyond names and short codes)', () => {
    expect(Object.values(en).filter((text) => text.trim() === '')).toEqual([]);
    expect(Object.values(es).filter((text) => text.trim() === '')).toEqual([]);
    const copied = Object.keys(en).filter((key) => {
      const english = en[key as keyof typeof en];
      const words = english.replace(/\{\w+\}/g, '').replace(/[^A-Za-z]/g, '');
      return words.length > 12 && english === es[key as keyof typeof en];
    });
    expect(copied).toEqual([]);
  });

  it("the Context Service outage message is Cisco's own wording", () => {
    expect(en['app.contextUnavailable']).toBe("Experiencing issues with accessing customer's context information");
  });
});
