import { describe, expect, it } from 'vitest';
import { patchElements } from '../../../bff/src/context/context-object.js';

describe('patchElements writes a change over the data elements the store sent', () => {
  it('replaces a changed element where it stood, drops a removed one, appends a new one and keeps every other exactly', () => {
    const stored = [
      { A: 'x', type: 'string' },
      { B: null, type: 'string' },
      { C: 'old', type: 'string' },
      'not an element',
      { D: ['a', 'b'], type: 'list' },
      { E: 'gone', type: 'string' },
    ];
    const changes = new Map([
      ['C', { value: 'new', type: 'string' }],
      ['E', undefined],
      ['F', { value: 'added', type: 'string' }],
    ]);
    expect(patchElements(stored, changes)).toEqual([
      { A: 'x', type: 'string' },
      { B: null, type: 'string' },
      { C: 'new', type: 'string' },
      'not an element',
      { D: ['a', 'b'], type: 'list' },
      { F: 'added', type: 'string' },
    ]);
  });

  it('with no stored elements (a new object) writes the elements set and nothing for a removal', () => {
    expect(
      patchElements(
        undefined,
        new Map([
          ['A', { value: 'x', type: 'string' }],
          ['B', undefined],
        ]),
      ),
    ).toEqual([{ A: 'x', type: 'string' }]);
  });
});
