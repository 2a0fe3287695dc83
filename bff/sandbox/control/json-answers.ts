import type { Response } from 'express';
import type { z } from 'zod';
import { errorBody } from '../../../shared/errors.js';

export function sendJsonError(response: Response, status: number, code: string, message: string): void {
  response.status(status).json(errorBody(code, message));
}

/** Validate a control request body; on failure answer 400 naming the first bad field and return undefined. */
export function parseBody<Schema extends z.ZodType>(schema: Schema, body: unknown, response: Response): z.infer<Schema> | undefined {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') ?? '';
  sendJsonError(response, 400, 'invalid_request', field === '' ? (issue?.message ?? 'Invalid request') : `${field}: ${issue?.message ?? 'invalid'}`);
  return undefined;
}
