import { describe, expect, it } from 'vitest';
import { dataElementJson, readDataElement } from '../../../bff/sandbox/context-service/wire/data-element-json.js';
import { ContextServiceError } from '../../../bff/sandbox/context-service/model/context-error.js';
import type { DataElement } from '../../../bff/sandbox/context-service/model/types.js';

describe('a data element on the wire: one field plus its type', () => {
  const READ: [string, Record<string, unknown>, DataElement][] = [
    [
      'a string',
      { Context_First_Name: 'John', type: 'string' },
      { field: 'Context_First_Name', value: 'John', type: 'string' },
    ],
    [
      'the type first',
      { type: 'string', Context_City: 'Detroit' },
      { field: 'Context_City', value: 'Detroit', type: 'string' },
    ],
    ['an empty string', { Context_Notes: '', type: 'string' }, { field: 'Context_Notes', value: '', type: 'string' }],
    ['an integer', { cccRatingPoints: 4, type: 'integer' }, { field: 'cccRatingPoints', value: 4, type: 'integer' }],
    ['a double', { score: 4.5, type: 'double' }, { field: 'score', value: 4.5, type: 'double' }],
    [
      'a boolean',
      { Context_Visible: false, type: 'boolean' },
      { field: 'Context_Visible', value: false, type: 'boolean' },
    ],
  ];
  for (const [what, raw, element] of READ) {
    it(`reads ${what} and writes it back the same`, () => {
      expect(readDataElement(raw, 0)).toEqual(element);
      expect(dataElementJson(element)).toEqual(raw);
    });
  }

  const REFUSED: [string, Record<string, unknown>, RegExp][] = [
    ['no type', { Context_City: 'Detroit' }, /dataElements\.3\.type must be one of/],
    ['an unknown type', { Context_City: 'Detroit', type: 'text' }, /type must be one of/],
    ['no field', { type: 'string' }, /exactly one field/],
    ['two fields', { Context_City: 'Detroit', Context_ZIP: '48201', type: 'string' }, /exactly one field/],
    ['a number typed string', { Context_ZIP: 48201, type: 'string' }, /Context_ZIP is not of type string/],
    ['a fraction typed integer', { cccRatingPoints: 4.5, type: 'integer' }, /is not of type integer/],
    ['a numeric string typed integer', { cccRatingPoints: '4', type: 'integer' }, /is not of type integer/],
    ['a string typed boolean', { Context_Visible: 'true', type: 'boolean' }, /not of type boolean/],
    ['null', { Context_City: null, type: 'string' }, /not of type string/],
    ['a nested object', { Context_City: { name: 'Detroit' }, type: 'string' }, /not of type string/],
  ];
  for (const [what, raw, message] of REFUSED) {
    it(`refuses ${what} with a 400 naming the element`, () => {
      expect(() => readDataElement(raw, 3)).toThrow(message);
      expect(() => readDataElement(raw, 3)).toThrow(ContextServiceError);
    });
  }
});
