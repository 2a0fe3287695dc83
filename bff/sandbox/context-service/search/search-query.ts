import { badRequest } from '../model/context-error.js';

/** `q` of a search, e.g. `Context_Last_Name:Garcia AND Context_City:"San Francisco"` (CS-UTILS lib/data-object.js). */
export interface SearchTerm {
  readonly key: string;
  readonly value: string;
}

export type SearchOperator = 'AND' | 'OR';

export interface SearchQuery {
  readonly operator: SearchOperator;
  readonly terms: readonly SearchTerm[];
}

const MAX_QUERY_LENGTH = 4096;
const MAX_TERMS = 100;
const KEY = /[A-Za-z_][A-Za-z0-9_.]*/y;
const OPERATOR = /(AND|OR)\s+/y;

/**
 * Terms `key:value` joined by ` AND ` or ` OR `; one operator per query, as the SDK's search takes a single
 * Operation.AND|OR [CS-DOCS search-objects]. A value with spaces is double-quoted (`\"` escapes a quote).
 */
export function parseQuery(q: string): SearchQuery {
  if (q.length > MAX_QUERY_LENGTH) throw badRequest(`q is longer than ${MAX_QUERY_LENGTH} characters`);
  const terms: SearchTerm[] = [];
  const operators = new Set<SearchOperator>();
  let at = skipSpaces(q, 0);
  if (at === q.length) throw badRequest('q is empty');
  for (;;) {
    const [term, end] = readTerm(q, at);
    terms.push(term);
    const next = skipSpaces(q, end);
    if (next === q.length) break;
    OPERATOR.lastIndex = next;
    const operator = next > end ? OPERATOR.exec(q) : null;
    if (operator?.[1] !== 'AND' && operator?.[1] !== 'OR')
      throw badRequest(`q: expected AND or OR at position ${next}`);
    operators.add(operator[1]);
    at = OPERATOR.lastIndex;
  }
  if (operators.size > 1) throw badRequest('q may join its terms with AND or with OR, not both');
  if (terms.length > MAX_TERMS) throw badRequest(`q has more than ${MAX_TERMS} terms`);
  return { operator: operators.has('OR') ? 'OR' : 'AND', terms };
}

function readTerm(q: string, at: number): [SearchTerm, number] {
  KEY.lastIndex = at;
  const key = KEY.exec(q)?.[0];
  if (key === undefined || q[at + key.length] !== ':') throw badRequest(`q: expected key:value at position ${at}`);
  const valueStart = at + key.length + 1;
  const [value, end] = q[valueStart] === '"' ? readQuoted(q, valueStart + 1) : readBare(q, valueStart);
  if (value.trim() === '') throw badRequest(`q: ${key} has no value`);
  return [{ key, value }, end];
}

function readQuoted(q: string, at: number): [string, number] {
  let value = '';
  for (let index = at; index < q.length; index += 1) {
    const char = q[index];
    if (char === '"') return [value, index + 1];
    if (char === '\\' && index + 1 < q.length) {
      index += 1;
      value += q[index] ?? '';
    } else {
      value += char ?? '';
    }
  }
  throw badRequest('q: a quoted value is not closed');
}

function readBare(q: string, at: number): [string, number] {
  let end = at;
  while (end < q.length && !/\s/.test(q[end] ?? '')) end += 1;
  return [q.slice(at, end), end];
}

function skipSpaces(q: string, at: number): number {
  let index = at;
  while (index < q.length && /\s/.test(q[index] ?? '')) index += 1;
  return index;
}
