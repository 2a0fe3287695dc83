import { CceApiError } from './cce-api-error.js';

/**
 * The query of a CCE list operation ("Pagination", "Search", "Sort" in the CCE Developer Reference): `startIndex`
 * (zero-based), `resultsPerPage` (1–100, default 25), `q` (the search term) and `sort` (`field` or `field desc`).
 */
export interface ListRequest {
  readonly startIndex: number;
  readonly resultsPerPage: number;
  /** The search term as given ('' when none). */
  readonly searchTerm: string;
  /** The sort as given ('' when none). */
  readonly sortTerm: string;
  readonly sort: { readonly field: string; readonly descending: boolean } | undefined;
}

export const DEFAULT_RESULTS_PER_PAGE = 25;
export const MAX_RESULTS_PER_PAGE = 100;

/** Reads the list query; a value out of range or a field that cannot be sorted on answers 400. */
export function readListRequest(query: Readonly<Record<string, unknown>>, sortable: readonly string[]): ListRequest {
  const sortTerm = lastText(query.sort).trim();
  return {
    startIndex: whole(query.startIndex, 'startIndex', 0, Number.MAX_SAFE_INTEGER, 0),
    resultsPerPage: whole(query.resultsPerPage, 'resultsPerPage', 1, MAX_RESULTS_PER_PAGE, DEFAULT_RESULTS_PER_PAGE),
    searchTerm: lastText(query.q).trim(),
    sortTerm,
    sort: sortTerm === '' ? undefined : readSort(sortTerm, sortable),
  };
}

/** A repeated parameter counts with its last value ("the final value that is specified will be used"). */
function lastText(value: unknown): string {
  const last: unknown = Array.isArray(value) ? value.at(-1) : value;
  return typeof last === 'string' ? last : '';
}

function whole(value: unknown, name: string, min: number, max: number, fallback: number): number {
  const text = lastText(value).trim();
  if (value === undefined || text === '') return fallback;
  const number = /^-?[0-9]{1,16}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw new CceApiError(400, {
      errorData: name,
      errorDetail: max === Number.MAX_SAFE_INTEGER ? { min: String(min) } : { min: String(min), max: String(max) },
      errorMessage: `${name} must be a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? '' : ` to ${max}`}`,
      errorType: 'invalidInput.outOfRange',
    });
  }
  return number;
}

function readSort(term: string, sortable: readonly string[]): ListRequest['sort'] {
  const match = /^([A-Za-z.]+)(?:\s+(asc|desc))?$/i.exec(term);
  const field = match?.[1];
  if (field === undefined || !sortable.includes(field)) {
    throw new CceApiError(400, {
      errorData: 'sort',
      errorMessage: `Cannot sort on "${term}"; sortable: ${sortable.join(', ')}`,
      errorType: 'invalidInput.invalidValue',
    });
  }
  return { field, descending: match?.[2]?.toLowerCase() === 'desc' };
}

/** One page of a list, as `pageInfo` describes it. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly totalResults: number;
  readonly startIndex: number;
  readonly resultsPerPage: number;
}

export interface Listing<T> {
  /** The values `q` is looked for in. */
  readonly searchable: (item: T) => readonly string[];
  /** The value of a sortable field, as text or a number. */
  readonly sortValue: (item: T, field: string) => string | number;
}

/**
 * Search, sort and cut one page. Every word of `q` must occur, case-insensitively, in one of the item's searchable
 * values. A startIndex past the end answers the full last page ("If you request a startIndex that is greater than
 * total items, a full last page is returned").
 */
export function pageOf<T>(all: readonly T[], request: ListRequest, listing: Listing<T>): Page<T> {
  const words = request.searchTerm
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
  const found = all.filter((item) => {
    const values = listing.searchable(item).map((value) => value.toLowerCase());
    return words.every((word) => values.some((value) => value.includes(word)));
  });
  const { sort } = request;
  const sorted =
    sort === undefined
      ? found
      : [...found].sort(
          (a, b) =>
            compare(listing.sortValue(a, sort.field), listing.sortValue(b, sort.field)) * (sort.descending ? -1 : 1),
        );
  const lastStart = Math.max(0, sorted.length - request.resultsPerPage);
  const startIndex = Math.min(request.startIndex, lastStart);
  return {
    items: sorted.slice(startIndex, startIndex + request.resultsPerPage),
    totalResults: sorted.length,
    startIndex,
    resultsPerPage: request.resultsPerPage,
  };
}

function compare(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'en', { sensitivity: 'base' });
}
