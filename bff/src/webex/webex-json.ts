import type { z } from 'zod';
import { readUpstreamJson } from '../upstream/json-reader.js';
import { UpstreamFormatError } from '../upstream/format-error.js';

/** Webex's JSON answer read against the schema of what the BFF uses of it (unknown fields tolerated: Webex adds some). */
export function readWebexJson<Schema extends z.ZodType>(schema: Schema, body: string): z.output<Schema> {
  const result = schema.safeParse(readUpstreamJson('webex', body));
  if (result.success) return result.data;
  const where = result.error.issues[0]?.path.map(String).join('.') ?? '';
  throw new UpstreamFormatError('webex', `not the documented shape${where === '' ? '' : ` at ${where}`}`);
}

/** A query string of the parameters that are set, values encoded. */
export function queryOf(parameters: Readonly<Record<string, string | number | readonly string[] | undefined>>): string {
  const pairs = Object.entries(parameters).flatMap(([name, value]) => {
    if (value === undefined) return [];
    const text = Array.isArray(value) ? value.join(',') : String(value);
    return text === '' ? [] : [`${name}=${encodeURIComponent(text)}`];
  });
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
}
