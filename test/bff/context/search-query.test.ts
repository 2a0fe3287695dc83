import { describe, expect, it } from 'vitest';
import { hasValue, searchPath, searchQuery } from '../../../bff/src/context/search-query.js';
import { decodeCursor, encodeCursor } from '../../../bff/src/context/journey-cursor.js';
import { InvalidRequestError } from '../../../bff/src/errors.js';

describe('searchQuery writes the store query language', () => {
  it('joins key:value terms with the one operator given', () => {
    const terms = [
      { key: 'Context_Work_Email', value: 'maria@example.com' },
      { key: 'Context_Home_Email', value: 'maria@example.com' },
    ];
    expect(searchQuery(terms, 'OR')).toBe(
      'Context_Work_Email:maria@example.com OR Context_Home_Email:maria@example.com',
    );
    expect(searchQuery(terms, 'AND')).toBe(
      'Context_Work_Email:maria@example.com AND Context_Home_Email:maria@example.com',
    );
  });

  it('double-quotes a value with spaces and trims it', () => {
    expect(searchQuery([{ key: 'Context_Mobile_Phone', value: ' (415) 555-0123 ' }], 'OR')).toBe(
      'Context_Mobile_Phone:"(415) 555-0123"',
    );
  });

  it('quotes a value that would read as an operator', () => {
    expect(searchQuery([{ key: 'query_string', value: 'or' }], 'AND')).toBe('query_string:"or"');
  });

  it('escapes quotes and backslashes inside a quoted value', () => {
    expect(searchQuery([{ key: 'query_string', value: 'say "hi"\\' }], 'AND')).toBe('query_string:"say \\"hi\\"\\\\"');
  });

  it('hasValue is false for blank values only', () => {
    expect([hasValue(''), hasValue('  '), hasValue('"'), hasValue('a')]).toEqual([false, false, true, true]);
  });
});

describe('searchPath', () => {
  it('asks for newest first, encodes spaces as %20 and plus as %2B', () => {
    expect(searchPath('customer', 'Context_Mobile_Phone:"+1 415 555 0123"', 0, 50)).toBe(
      '/customer?q=Context_Mobile_Phone%3A%22%2B1%20415%20555%200123%22&startIndex=0&maxEntries=50&sortedBy=lastUpdated&sortOrder=desc',
    );
  });

  it('keeps maxEntries within 1 to 200', () => {
    expect(searchPath('activity', 'customerId:c1', 0, 500)).toContain('maxEntries=200');
    expect(searchPath('activity', 'customerId:c1', 0, 0)).toContain('maxEntries=1');
  });
});

describe('journey cursors', () => {
  it('are base64url of the start index and read back', () => {
    expect(encodeCursor(20)).toBe(Buffer.from('20').toString('base64url'));
    expect(decodeCursor(encodeCursor(0))).toBe(0);
    expect(decodeCursor(encodeCursor(12345))).toBe(12345);
  });

  it.each([
    [''],
    ['!!'],
    [Buffer.from('-1').toString('base64url')],
    [Buffer.from('abc').toString('base64url')],
    [Buffer.from('007').toString('base64url')],
    ['A'.repeat(40)],
  ])('refuses %j with InvalidRequestError naming cursor', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(InvalidRequestError);
    expect(() => decodeCursor(cursor)).toThrow(/cursor/);
  });
});
