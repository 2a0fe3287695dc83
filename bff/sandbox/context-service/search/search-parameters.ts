import { badRequest } from '../model/context-error.js';
import type { SearchQuery } from './search-query.js';
import { parseQuery } from './search-query.js';

export const SORT_FIELDS = ['lastUpdated', 'created'] as const;
export const SORT_ORDERS = ['desc', 'asc'] as const;

/** `?q=…&startIndex=0&maxEntries=50&sortedBy=lastUpdated&sortOrder=desc` (CS-UTILS lib/data-object.js). */
export interface SearchParameters {
  /** Absent: every object of the type (the service's default is `q=type:{type}`). */
  readonly query?: SearchQuery;
  readonly startIndex: number;
  readonly maxEntries: number;
  readonly sortedBy: (typeof SORT_FIELDS)[number];
  readonly sortOrder: (typeof SORT_ORDERS)[number];
}

export const MAX_ENTRIES = 200;
const DEFAULT_ENTRIES = 50;
const MAX_START_INDEX = 1_000_000;

export function readSearchParameters(params: URLSearchParams): SearchParameters {
  const q = single(params, 'q');
  return {
    ...(q === undefined ? {} : { query: parseQuery(q) }),
    startIndex: integer(params, 'startIndex', 0, 0, MAX_START_INDEX),
    maxEntries: integer(params, 'maxEntries', DEFAULT_ENTRIES, 1, MAX_ENTRIES),
    sortedBy: oneOf(params, 'sortedBy', SORT_FIELDS),
    sortOrder: oneOf(params, 'sortOrder', SORT_ORDERS),
  };
}

function single(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name);
  if (values.length > 1) throw badRequest(`${name} is given more than once`);
  return values[0];
}

function integer(params: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = single(params, name);
  if (raw === undefined) return fallback;
  const value = /^\d{1,9}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(value >= min && value <= max)) throw badRequest(`${name} must be an integer from ${min} to ${max}`);
  return value;
}

function oneOf<const Values extends readonly string[]>(
  params: URLSearchParams,
  name: string,
  values: Values,
): Values[number] {
  const raw = single(params, name);
  if (raw === undefined) return values[0] as Values[number];
  const value = values.find((candidate) => candidate === raw);
  if (value === undefined) throw badRequest(`${name} must be ${values.join(' or ')}`);
  return value;
}
