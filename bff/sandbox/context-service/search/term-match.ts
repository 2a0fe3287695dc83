import type { StoredObject } from '../model/types.js';
import { badRequest } from '../model/context-error.js';
import { ALL_FIELD_IDS } from '../model/fieldsets.js';
import type { SearchTerm } from './search-query.js';

export type ObjectPredicate = (object: StoredObject) => boolean;

/** Keys that narrow a search whatever the operator: the SDK always ANDs the type [CS-DOCS search-objects]. */
export const FILTER_KEYS: ReadonlySet<string> = new Set([
  'type',
  'startDate',
  'endDate',
  'startCreatedDate',
  'endCreatedDate',
]);

/**
 * Matching is exact word, case-insensitive and key-scoped [CS-DOCS search-objects]: a value matches when it equals the
 * whole stored value or one of its whitespace-separated words ("Garcia" finds "Maria Garcia", "Garc" finds nothing).
 */
export function valueMatches(stored: string, wanted: string): boolean {
  const value = stored.toLowerCase();
  const target = wanted.toLowerCase();
  return value === target || value.split(/\s+/).includes(target);
}

/** The predicate one term stands for; an unknown key or a bad date answers 400. */
export function termPredicate(term: SearchTerm): ObjectPredicate {
  const { key, value } = term;
  const same = (stored: string | undefined): boolean =>
    stored !== undefined && stored.toLowerCase() === value.toLowerCase();
  switch (key) {
    case 'type':
      return (object) => same(object.type);
    case 'id':
      return (object) => same(object.id);
    case 'customerId':
      return (object) => same(object.customerId);
    case 'parentId':
      return (object) => same(object.parent?.id);
    case 'state':
      return (object) => same(object.state);
    case 'mediaType':
      return (object) => same(object.mediaType);
    case 'tags':
      return (object) => object.tags.some((tag) => valueMatches(tag, value));
    case 'query_string':
      return freeText(value);
    case 'startDate':
      return dateBound(value, key, (object, bound) => object.lastUpdatedMs >= bound);
    case 'endDate':
      return dateBound(value, key, (object, bound) => object.lastUpdatedMs <= bound);
    case 'startCreatedDate':
      return dateBound(value, key, (object, bound) => object.createdMs >= bound);
    case 'endCreatedDate':
      return dateBound(value, key, (object, bound) => object.createdMs <= bound);
    default:
      if (!ALL_FIELD_IDS.has(key)) throw badRequest(`q: ${key} is no searchable key`);
      return (object) =>
        object.dataElements.some((element) => element.field === key && valueMatches(String(element.value), value));
  }
}

/**
 * `query_string`: free text over every field; any of its words may match, as in the SDK's example
 * `a@b.com 222-222-2222 "Ivanna Buy"` of alternative identifiers [SearchEntities.java].
 */
function freeText(text: string): ObjectPredicate {
  const words = text.split(/\s+/).filter((word) => word !== '');
  return (object) =>
    object.dataElements.some((element) => words.some((word) => valueMatches(String(element.value), word)));
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i;

function dateBound(
  value: string,
  key: string,
  test: (object: StoredObject, bound: number) => boolean,
): ObjectPredicate {
  const bound = RFC3339.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(bound)) throw badRequest(`q: ${key} must be an RFC 3339 date-time, e.g. 2025-01-31T00:00:00Z`);
  return (object) => test(object, bound);
}
