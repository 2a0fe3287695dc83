import type { ContextObjectType } from './types.js';

/** The store's page size ceiling (`maxEntries` ≤ 200). */
export const MAX_ENTRIES = 200;

/** `key:value` for a field id (`Context_Work_Email`) or a special key (customerId, parentId, tags, state, mediaType, query_string). */
export interface SearchTerm {
  readonly key: string;
  readonly value: string;
}

/**
 * A value as the query language takes it: double-quoted when it holds whitespace, a quote or a backslash (escaped
 * with a backslash inside the quotes), or would read as an operator; bare otherwise.
 */
function quoted(value: string): string {
  const bare = value.trim();
  if (!/[\s"\\]/.test(bare) && !/^(AND|OR)$/i.test(bare)) return bare;
  return `"${bare.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}

/** Whether a value is worth a term: a blank one would match everything or nothing, depending on the store. */
export function hasValue(value: string): boolean {
  return value.trim() !== '';
}

/** `Context_Work_Email:maria@example.com OR Context_Home_Email:maria@example.com`; one operator per query. */
export function searchQuery(terms: readonly SearchTerm[], operator: 'AND' | 'OR'): string {
  return terms.map((term) => `${term.key}:${quoted(term.value)}`).join(` ${operator} `);
}

/** `/customer?q=…&startIndex=0&maxEntries=50&sortedBy=lastUpdated&sortOrder=desc`: newest first, always. */
export function searchPath(type: ContextObjectType, query: string, startIndex: number, maxEntries: number): string {
  const parameters = new URLSearchParams({
    q: query,
    startIndex: String(startIndex),
    maxEntries: String(Math.min(Math.max(maxEntries, 1), MAX_ENTRIES)),
    sortedBy: 'lastUpdated',
    sortOrder: 'desc',
  });
  // URLSearchParams writes a space as "+"; %20 reads the same to every server, "+" does not.
  return `/${type}?${parameters.toString().replace(/\+/g, '%20')}`;
}
