import type { StoredObject } from '../model/types.js';
import type { SearchParameters } from './search-parameters.js';
import type { SearchQuery } from './search-query.js';
import type { ObjectPredicate } from './term-match.js';
import { FILTER_KEYS, termPredicate } from './term-match.js';

export interface SearchResult {
  /** Every match, before paging (the SDK writes it back as totalHits). */
  readonly totalHits: number;
  readonly page: readonly StoredObject[];
}

/** Runs a search over one type's objects: match, sort (ties by id, so pages are stable), then page. */
export function searchObjects(objects: readonly StoredObject[], parameters: SearchParameters): SearchResult {
  const predicate = parameters.query === undefined ? () => true : queryPredicate(parameters.query);
  const key =
    parameters.sortedBy === 'created'
      ? (object: StoredObject) => object.createdMs
      : (object: StoredObject) => object.lastUpdatedMs;
  const direction = parameters.sortOrder === 'asc' ? 1 : -1;
  const hits = objects
    .filter(predicate)
    .sort(
      (left, right) => (key(left) - key(right)) * direction || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0),
    );
  return {
    totalHits: hits.length,
    page: hits.slice(parameters.startIndex, parameters.startIndex + parameters.maxEntries),
  };
}

/**
 * Filters (type, date ranges) always narrow the result; several `id` terms are ORed among themselves as the SDK does
 * for a multi-valued id [SearchEntities.java]; every other term is combined with the query's one operator.
 */
function queryPredicate(query: SearchQuery): ObjectPredicate {
  const filters = query.terms.filter((term) => FILTER_KEYS.has(term.key)).map(termPredicate);
  const ids = query.terms.filter((term) => term.key === 'id').map(termPredicate);
  const others = query.terms.filter((term) => term.key !== 'id' && !FILTER_KEYS.has(term.key)).map(termPredicate);
  const groups = ids.length === 0 ? others : [...others, anyOf(ids)];
  const main = groups.length === 0 ? () => true : query.operator === 'AND' ? allOf(groups) : anyOf(groups);
  return (object) => filters.every((filter) => filter(object)) && main(object);
}

function allOf(predicates: readonly ObjectPredicate[]): ObjectPredicate {
  return (object) => predicates.every((predicate) => predicate(object));
}

function anyOf(predicates: readonly ObjectPredicate[]): ObjectPredicate {
  return (object) => predicates.some((predicate) => predicate(object));
}
