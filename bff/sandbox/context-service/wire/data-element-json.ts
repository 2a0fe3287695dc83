import type { DataElement, DataType } from '../model/types.js';
import { DATA_TYPES } from '../model/types.js';
import { badRequest } from '../model/context-error.js';

/**
 * One data element on the wire: a single-key object plus its type, `{ "Context_First_Name": "John", "type": "string" }`
 * (SDK export customer.json, reference §1.2). Read and written only here.
 */
export type DataElementJson = Readonly<Record<string, string | number | boolean>>;

export function dataElementJson(element: DataElement): DataElementJson {
  return { [element.field]: element.value, type: element.type };
}

export function readDataElement(raw: Readonly<Record<string, unknown>>, index: number): DataElement {
  const where = `dataElements.${index}`;
  const type = raw.type;
  if (typeof type !== 'string' || !isDataType(type))
    throw badRequest(`${where}.type must be one of ${DATA_TYPES.join(', ')}`);
  const keys = Object.keys(raw).filter((key) => key !== 'type');
  const field = keys[0];
  if (field === undefined || keys.length !== 1) throw badRequest(`${where} must hold exactly one field besides type`);
  const value = raw[field];
  if (!fitsType(value, type)) throw badRequest(`${where}.${field} is not of type ${type}`);
  return { field, value, type };
}

function isDataType(value: string): value is DataType {
  return (DATA_TYPES as readonly string[]).includes(value);
}

function fitsType(value: unknown, type: DataType): value is string | number | boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'double':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
  }
}
