import { describe, expect, it } from 'vitest';
import { UpstreamFormatError } from '../../../bff/src/upstream/format-error.js';
import {
  elementText,
  otherFields,
  readContextObject,
  readContextObjects,
  writeElements,
} from '../../../bff/src/context/context-object.js';

const documented = {
  id: 'c1',
  refUrl: 'https://cs.example/context/v1/customer/c1',
  type: 'customer',
  state: 'active',
  fieldsets: ['cisco.base.customer'],
  dataElements: [
    { Context_First_Name: 'Maria', type: 'string' },
    { Context_City: 'Detroit', type: 'string' },
  ],
  contributors: [{ type: 'user', id: 'agent1' }],
  tags: ['vip'],
  created: { date: '2025-03-01T09:00:00.000Z' },
  lastUpdated: { date: '2025-03-02T10:00:00.000Z' },
};

describe('readContextObject reads one wire object', () => {
  it('in the documented shape to every property, keeping the object as it came in raw', () => {
    const object = readContextObject(documented, 'customer');
    expect(object).toMatchObject({
      id: 'c1',
      type: 'customer',
      state: 'active',
      refUrl: documented.refUrl,
      contributorIds: ['agent1'],
      tags: ['vip'],
      created: '2025-03-01T09:00:00.000Z',
      lastUpdated: '2025-03-02T10:00:00.000Z',
    });
    expect([...object.elements]).toEqual([
      ['Context_First_Name', { value: 'Maria', type: 'string' }],
      ['Context_City', { value: 'Detroit', type: 'string' }],
    ]);
    expect(object.raw).toBe(documented);
  });

  it('with properties in another order to the same object', () => {
    const reversed = Object.fromEntries(Object.entries(documented).reverse());
    const { raw: _a, ...one } = readContextObject(documented);
    const { raw: _b, ...other } = readContextObject(reversed);
    expect(other).toEqual(one);
  });

  it('with only id and type to an active object with no links, elements, contributors, tags or dates', () => {
    const object = readContextObject({ id: 'a1', type: 'activity' });
    expect(object).toMatchObject({ id: 'a1', type: 'activity', state: 'active', contributorIds: [], tags: [] });
    expect(object.elements.size).toBe(0);
    for (const key of ['customerId', 'parentId', 'mediaType', 'refUrl', 'created', 'lastUpdated'])
      expect(object).not.toHaveProperty(key);
  });

  it('takes links from customerRefUrl and parentRefUrl when the ids are absent', () => {
    const object = readContextObject({
      id: 'a1',
      type: 'activity',
      customerRefUrl: 'https://cs/context/v1/customer/c9',
      parentRefUrl: 'https://cs/context/v1/request/r%207/',
    });
    expect(object).toMatchObject({ customerId: 'c9', parentId: 'r 7' });
  });

  it('prefers customerId over customerRefUrl', () => {
    expect(
      readContextObject({
        id: 'a1',
        type: 'activity',
        customerId: 'c1',
        customerRefUrl: 'https://cs/context/v1/customer/c9',
      }).customerId,
    ).toBe('c1');
  });

  it('reads dates given as bare strings too', () => {
    expect(readContextObject({ id: 'a1', type: 'activity', lastUpdated: '2025-01-01T00:00:00Z' }).lastUpdated).toBe(
      '2025-01-01T00:00:00Z',
    );
  });

  it('reads an unknown state as active, closed as closed', () => {
    expect(readContextObject({ id: 'a1', type: 'activity', state: 'archived' }).state).toBe('active');
    expect(readContextObject({ id: 'a1', type: 'activity', state: 'closed' }).state).toBe('closed');
  });

  it('keeps number and boolean values with their type, and skips elements it cannot read', () => {
    const object = readContextObject({
      id: 'd1',
      type: 'detail',
      dataElements: [
        { Context_Visible: true, type: 'boolean' },
        { cccRatingPoints: 4, type: 'integer' },
        'junk',
        null,
        { type: 'string' },
        { Context_Comment: null },
        { Nested: {} },
        { NoType: 'x' },
      ],
    });
    expect([...object.elements]).toEqual([
      ['Context_Visible', { value: true, type: 'boolean' }],
      ['cccRatingPoints', { value: 4, type: 'integer' }],
      ['NoType', { value: 'x', type: 'string' }],
    ]);
    expect(elementText(object, 'Context_Visible')).toBe('true');
  });

  it('skips contributors without an id and tags that are not strings', () => {
    const object = readContextObject({
      id: 'a1',
      type: 'activity',
      contributors: [{ type: 'machine' }, 'x', { type: 'user', id: 'agent2' }],
      tags: ['a', 3, null],
    });
    expect(object.contributorIds).toEqual(['agent2']);
    expect(object.tags).toEqual(['a']);
  });

  it.each([
    ['not an object', 'customer'],
    ['an array', []],
    ['null', null],
    ['no id', { type: 'customer' }],
    ['an empty id', { id: '', type: 'customer' }],
    ['a numeric id', { id: 7, type: 'customer' }],
    ['no type', { id: 'c1' }],
    ['an unknown type', { id: 'c1', type: 'pod' }],
  ])('refuses %s with an UpstreamFormatError', (_kind, value) => {
    expect(() => readContextObject(value)).toThrow(UpstreamFormatError);
  });

  it('refuses an object of another type than expected', () => {
    expect(() => readContextObject({ id: 'r1', type: 'request' }, 'customer')).toThrow(
      'expected a customer object, got a request',
    );
  });
});

describe('readContextObjects reads a search answer', () => {
  it('as a list in the order given', () => {
    expect(
      readContextObjects(
        [
          { id: 'b', type: 'request' },
          { id: 'a', type: 'request' },
        ],
        'request',
      ).map((object) => object.id),
    ).toEqual(['b', 'a']);
  });

  it('refuses anything but an array, and the whole answer when one object is broken', () => {
    expect(() => readContextObjects({ id: 'a', type: 'request' }, 'request')).toThrow(UpstreamFormatError);
    expect(() => readContextObjects([{ id: 'a', type: 'request' }, { type: 'request' }], 'request')).toThrow(
      UpstreamFormatError,
    );
  });
});

describe('elements helpers', () => {
  it('otherFields gives every unmapped element as text; elementText treats empty as absent', () => {
    const object = readContextObject({
      id: 'c',
      type: 'customer',
      dataElements: [
        { A: 'x', type: 'string' },
        { B: 2, type: 'integer' },
        { C: '', type: 'string' },
      ],
    });
    expect(otherFields(object, new Set(['A']))).toEqual({ B: '2', C: '' });
    expect(elementText(object, 'C')).toBeUndefined();
    expect(elementText(object, 'Z')).toBeUndefined();
  });

  it('writeElements writes one object per field in the documented shape', () => {
    const object = readContextObject(documented);
    expect(writeElements(object.elements)).toEqual(documented.dataElements);
  });
});
