/**
 * The search language of the documented wire format, for the in-test stub: `key:value` terms joined by one operator
 * (` AND ` or ` OR `), values double-quoted when they hold spaces (`\` escapes inside quotes); exact-word,
 * case-insensitive, key-scoped matching.
 */
export type WireObject = Record<string, unknown>;

export interface Term {
  readonly key: string;
  readonly value: string;
}

/** Splits `q` into terms and its operator; throws on what the format does not allow (the stub answers 400). */
export function parseQuery(q: string): { operator: 'AND' | 'OR'; terms: Term[] } {
  const terms: Term[] = [];
  const operators = new Set<string>();
  let at = 0;
  while (at < q.length) {
    const colon = q.indexOf(':', at);
    if (colon < 0) throw new Error(`expected key:value at ${at}`);
    const key = q.slice(at, colon);
    let value = '';
    let end = colon + 1;
    if (q[end] === '"') {
      for (end += 1; end < q.length && q[end] !== '"'; end += 1)
        value += q[end] === '\\' ? (q[++end] ?? '') : (q[end] ?? '');
      if (q[end] !== '"') throw new Error('unclosed quote');
      end += 1;
    } else {
      while (end < q.length && q[end] !== ' ') value += q[end++] ?? '';
    }
    terms.push({ key, value });
    if (end >= q.length) break;
    const operator = /^ (AND|OR) /.exec(q.slice(end));
    if (!operator?.[1]) throw new Error(`expected AND or OR at ${end}`);
    operators.add(operator[1]);
    at = end + operator[0].length;
  }
  if (operators.size > 1) throw new Error('one operator per query');
  return { operator: operators.has('OR') ? 'OR' : 'AND', terms };
}

/** A field matches when its whole value or one whitespace-separated word equals the value, in any letter case. */
export function wordMatches(stored: unknown, wanted: string): boolean {
  if (typeof stored !== 'string' && typeof stored !== 'number' && typeof stored !== 'boolean') return false;
  const value = String(stored).toLowerCase();
  const target = wanted.toLowerCase();
  return value === target || value.split(/\s+/).includes(target);
}

function elements(object: WireObject): [string, unknown][] {
  const list = Array.isArray(object.dataElements) ? (object.dataElements as Record<string, unknown>[]) : [];
  return list.flatMap((element) => Object.entries(element).filter(([key]) => key !== 'type'));
}

export function termMatches(object: WireObject, term: Term): boolean {
  switch (term.key) {
    case 'customerId':
    case 'parentId':
    case 'state':
    case 'mediaType':
      return (
        typeof object[term.key] === 'string' && (object[term.key] as string).toLowerCase() === term.value.toLowerCase()
      );
    case 'tags':
      return Array.isArray(object.tags) && (object.tags as unknown[]).some((tag) => wordMatches(tag, term.value));
    case 'query_string':
      return elements(object).some(([, value]) => wordMatches(value, term.value));
    default:
      return elements(object).some(([key, value]) => key === term.key && wordMatches(value, term.value));
  }
}
