import { UpstreamFormatError } from '../upstream/format-error.js';
import type { ContextObject, ContextObjectType, DataElement } from './types.js';

const TYPES: readonly ContextObjectType[] = ['customer', 'request', 'activity', 'detail'];

type Json = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(object: Json, key: string): string | undefined {
  const value = object[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** `{ "date": "…" }` as the store writes created and lastUpdated; a bare string is taken too. */
function dateOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  return isRecord(value) ? text(value, 'date') : undefined;
}

/** An id, or the last path segment of the matching refUrl (the store may send only links, [CS-UTILS]). */
function linkId(object: Json, idKey: string, refUrlKey: string): string | undefined {
  const id = text(object, idKey);
  if (id !== undefined) return id;
  const refUrl = text(object, refUrlKey);
  const last = refUrl?.replace(/\/+$/, '').split('/').pop();
  return last === undefined || last === '' ? undefined : decodeURIComponent(last);
}

/**
 * `[{ "Context_First_Name": "Maria", "type": "string" }, …]`: each element holds one field besides `type`. Elements
 * that are not objects, lack a field or hold a null, object or array value are skipped rather than failing the object.
 */
function readElements(value: unknown): Map<string, DataElement> {
  const elements = new Map<string, DataElement>();
  if (!Array.isArray(value)) return elements;
  for (const element of value as readonly unknown[]) {
    if (!isRecord(element)) continue;
    const type = typeof element.type === 'string' ? element.type : 'string';
    for (const [key, field] of Object.entries(element)) {
      if (key === 'type') continue;
      if (typeof field === 'string' || typeof field === 'number' || typeof field === 'boolean')
        elements.set(key, { value: field, type });
    }
  }
  return elements;
}

function contributorIds(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return (value as readonly unknown[]).flatMap((contributor) => {
    const id = isRecord(contributor) ? text(contributor, 'id') : undefined;
    return id === undefined ? [] : [id];
  });
}

function tags(value: unknown): string[] {
  return Array.isArray(value)
    ? (value as readonly unknown[]).filter((tag): tag is string => typeof tag === 'string')
    : [];
}

/**
 * One object as the store sends it. Tolerant of property order, missing optional properties and unknown ones (kept
 * in `raw`); refuses an object without an id or a known type. `expected` also refuses an object of another type.
 */
export function readContextObject(value: unknown, expected?: ContextObjectType): ContextObject {
  if (!isRecord(value)) throw new UpstreamFormatError('context', 'a context object is not a JSON object');
  const id = text(value, 'id');
  if (id === undefined) throw new UpstreamFormatError('context', 'a context object has no id');
  const type = TYPES.find((known) => known === value.type);
  if (type === undefined) throw new UpstreamFormatError('context', 'a context object has no known type');
  if (expected !== undefined && type !== expected)
    throw new UpstreamFormatError('context', `expected a ${expected} object, got a ${type}`);
  const customerId = linkId(value, 'customerId', 'customerRefUrl');
  const parentId = linkId(value, 'parentId', 'parentRefUrl');
  const mediaType = text(value, 'mediaType');
  const refUrl = text(value, 'refUrl');
  const created = dateOf(value.created);
  const lastUpdated = dateOf(value.lastUpdated);
  return {
    id,
    type,
    // Only "closed" is final; a missing or unknown state reads as active (state arrived in SDK 2.0.5).
    state: value.state === 'closed' ? 'closed' : 'active',
    ...(customerId === undefined ? {} : { customerId }),
    ...(parentId === undefined ? {} : { parentId }),
    ...(mediaType === undefined ? {} : { mediaType }),
    ...(refUrl === undefined ? {} : { refUrl }),
    contributorIds: contributorIds(value.contributors),
    tags: tags(value.tags),
    ...(created === undefined ? {} : { created }),
    ...(lastUpdated === undefined ? {} : { lastUpdated }),
    elements: readElements(value.dataElements),
    raw: value,
  };
}

/** A search answer: a JSON array of objects, each read as above. */
export function readContextObjects(value: unknown, expected: ContextObjectType): ContextObject[] {
  if (!Array.isArray(value)) throw new UpstreamFormatError('context', 'a search answer is not a JSON array');
  return (value as readonly unknown[]).map((object) => readContextObject(object, expected));
}

/** A data element's value as text, for the domain types (which hold strings only). */
export function elementText(object: ContextObject, field: string): string | undefined {
  const element = object.elements.get(field);
  if (element === undefined) return undefined;
  const value = String(element.value);
  return value === '' ? undefined : value;
}

/** Every element not in `mapped`, as text: the domain's `fields`. */
export function otherFields(object: ContextObject, mapped: ReadonlySet<string>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, element] of object.elements) if (!mapped.has(key)) fields[key] = String(element.value);
  return fields;
}

const elementJson = (field: string, element: DataElement): Record<string, unknown> => ({
  [field]: element.value,
  type: element.type,
});

/** Elements back to the wire: one object per field, `{ "<field>": value, "type": … }`. */
export function writeElements(elements: ReadonlyMap<string, DataElement>): Record<string, unknown>[] {
  return [...elements].map(([field, element]) => elementJson(field, element));
}

/**
 * The store's `dataElements` with `changes` applied: a changed field's element replaced where it stood or dropped, a
 * new field appended, and every other element sent back exactly as the store sent it, so that a write never rewrites
 * a field it was not asked to change (nor drops one the BFF cannot read).
 */
export function patchElements(stored: unknown, changes: ReadonlyMap<string, DataElement | undefined>): unknown[] {
  const pending = new Map(changes);
  const patched = (Array.isArray(stored) ? (stored as readonly unknown[]) : []).flatMap((element) => {
    const field = isRecord(element)
      ? Object.keys(element).find((key) => key !== 'type' && changes.has(key))
      : undefined;
    if (field === undefined) return [element];
    const change = pending.get(field);
    pending.delete(field);
    return change === undefined ? [] : [elementJson(field, change)];
  });
  return [
    ...patched,
    ...[...pending].flatMap(([field, element]) => (element === undefined ? [] : [elementJson(field, element)])),
  ];
}
