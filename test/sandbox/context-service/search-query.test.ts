import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../bff/sandbox/context-service/search/search-query.js';
import { valueMatches } from '../../../bff/sandbox/context-service/search/term-match.js';
import { ContextServiceError } from '../../../bff/sandbox/context-service/model/context-error.js';

describe('parseQuery reads every kind of q', () => {
  const READ: [string, string, ReturnType<typeof parseQuery>][] = [
    [
      'one term',
      'Context_Last_Name:Garcia',
      { operator: 'AND', terms: [{ key: 'Context_Last_Name', value: 'Garcia' }] },
    ],
    [
      'terms joined by AND',
      'a:1 AND b:2',
      {
        operator: 'AND',
        terms: [
          { key: 'a', value: '1' },
          { key: 'b', value: '2' },
        ],
      },
    ],
    [
      'terms joined by OR',
      'a:1 OR b:2 OR c:3',
      {
        operator: 'OR',
        terms: [
          { key: 'a', value: '1' },
          { key: 'b', value: '2' },
          { key: 'c', value: '3' },
        ],
      },
    ],
    [
      'a quoted value with spaces',
      'Context_City:"San Francisco"',
      { operator: 'AND', terms: [{ key: 'Context_City', value: 'San Francisco' }] },
    ],
    [
      'an escaped quote inside quotes',
      'Context_Notes:"say \\"hi\\""',
      { operator: 'AND', terms: [{ key: 'Context_Notes', value: 'say "hi"' }] },
    ],
    [
      'a value with a colon (a date)',
      'startDate:2025-01-31T00:00:00Z',
      { operator: 'AND', terms: [{ key: 'startDate', value: '2025-01-31T00:00:00Z' }] },
    ],
    [
      'a phone with a plus',
      'Context_Mobile_Phone:+14155550123',
      { operator: 'AND', terms: [{ key: 'Context_Mobile_Phone', value: '+14155550123' }] },
    ],
    [
      'extra spaces around terms and operators',
      '  a:1   AND   b:2  ',
      {
        operator: 'AND',
        terms: [
          { key: 'a', value: '1' },
          { key: 'b', value: '2' },
        ],
      },
    ],
    [
      'a quoted value followed by an operator',
      'a:"x y" OR b:z',
      {
        operator: 'OR',
        terms: [
          { key: 'a', value: 'x y' },
          { key: 'b', value: 'z' },
        ],
      },
    ],
  ];
  for (const [what, q, expected] of READ) {
    it(`${what}: ${q}`, () => {
      expect(parseQuery(q)).toEqual(expected);
    });
  }

  const REFUSED: [string, string][] = [
    ['an empty q', ''],
    ['only spaces', '   '],
    ['a bare word', 'Garcia'],
    ['a key without a value', 'a:'],
    ['an empty quoted value', 'a:""'],
    ['an unclosed quote', 'a:"x'],
    ['a dangling operator', 'a:1 AND'],
    ['two operators in a row', 'a:1 AND OR b:2'],
    ['both operators', 'a:1 AND b:2 OR c:3'],
    ['a term glued to a quoted value', 'a:"x"b:2'],
    ['a lower-case operator', 'a:1 or b:2'],
    ['a key starting with a digit', '1a:2'],
    ['a q longer than 4096 characters', `a:${'x'.repeat(4100)}`],
    ['more than 100 terms', Array.from({ length: 101 }, (_, index) => `a:${index}`).join(' OR ')],
  ];
  for (const [what, q] of REFUSED) {
    it(`refuses ${what} with a 400`, () => {
      expect(() => parseQuery(q)).toThrow(ContextServiceError);
      try {
        parseQuery(q);
      } catch (error) {
        expect((error as ContextServiceError).status).toBe(400);
      }
    });
  }
});

describe('valueMatches: exact word, case-insensitive', () => {
  const CASES: [string, string, boolean][] = [
    ['Maria Garcia', 'garcia', true],
    ['Maria Garcia', 'maria garcia', true],
    ['Maria Garcia', 'Garc', false],
    ['Maria Garcia', 'Maria Garcia Lopez', false],
    ['+14155550123', '+14155550123', true],
    ['(415) 555-0123', '555-0123', true],
    ['(415) 555-0123', '4155550123', false],
    ['ivanna@example.com', 'IVANNA@EXAMPLE.COM', true],
    ['ivanna@example.com', 'ivanna', false],
  ];
  for (const [stored, wanted, matches] of CASES) {
    it(`"${wanted}" ${matches ? 'matches' : 'does not match'} "${stored}"`, () => {
      expect(valueMatches(stored, wanted)).toBe(matches);
    });
  }
});
