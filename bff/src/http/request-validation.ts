import type { z } from 'zod';
import { InvalidRequestError } from '../errors.js';

/**
 * Parse a request body or query with a schema from shared/; the first problem becomes a 400 naming the field
 * (`to: must be a number to dial …`). Unknown fields are refused because the schemas are strict.
 */
export function parseRequest<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  what: 'body' | 'query' | 'path' = 'body',
): z.output<Schema> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new InvalidRequestError(`Invalid request ${what}`);
  const field = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    throw new InvalidRequestError(
      `Unknown field${issue.keys.length > 1 ? 's' : ''} in ${what}: ${issue.keys.join(', ')}`,
    );
  }
  if (field === '') throw new InvalidRequestError(`Invalid request ${what}: ${issue.message}`);
  throw new InvalidRequestError(`${field}: ${issue.message}`, { field });
}
