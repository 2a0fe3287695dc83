import type { RsqlNode } from './rsql.js';

/** Reads a selector's value from the thing being filtered; undefined when it has none. */
export type FieldReader = (selector: string) => unknown;

/** Whether a parsed RSQL filter holds for one record. A record without the field matches only `!=` and `=out=`. */
export function rsqlMatches(node: RsqlNode, read: FieldReader): boolean {
  if (node.kind !== 'compare')
    return node.kind === 'and'
      ? node.children.every((child) => rsqlMatches(child, read))
      : node.children.some((child) => rsqlMatches(child, read));
  const actual = read(node.selector);
  const values = node.values;
  switch (node.operator) {
    case '==':
      return values.some((value) => equalsWithWildcard(actual, value));
    case '!=':
      return !values.some((value) => equalsWithWildcard(actual, value));
    case '=in=':
      return values.some((value) => equalsWithWildcard(actual, value));
    case '=out=':
      return !values.some((value) => equalsWithWildcard(actual, value));
    case '=like=':
      return values.some(
        (value) => asText(actual)?.toLowerCase().includes(value.replace(/\*/g, '').toLowerCase()) ?? false,
      );
    case '=gt=':
      return ordered(actual, values[0]) > 0;
    case '=ge=':
      return ordered(actual, values[0]) >= 0;
    case '=lt=':
      return ordered(actual, values[0]) < 0;
    case '=le=':
      return ordered(actual, values[0]) <= 0;
  }
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function equalsWithWildcard(actual: unknown, expected: string): boolean {
  const text = asText(actual);
  if (text === undefined) return false;
  if (!expected.includes('*')) return text === expected;
  const pattern = expected
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${pattern}$`, 'i').test(text);
}

/**
 * Compares as numbers when both are numbers, as instants when both are dates (the `time` attribute), else as text;
 * NaN (which makes every comparison false) when the record has no such field.
 */
function ordered(actual: unknown, expected: string | undefined): number {
  const text = asText(actual);
  if (text === undefined || expected === undefined) return Number.NaN;
  if (isNumeric(text) && isNumeric(expected)) return Number(text) - Number(expected);
  const [left, right] = [Date.parse(text), Date.parse(expected)];
  if (!Number.isNaN(left) && !Number.isNaN(right)) return left - right;
  return text.localeCompare(expected);
}

function isNumeric(text: string): boolean {
  return /^-?\d+(\.\d+)?$/.test(text);
}
