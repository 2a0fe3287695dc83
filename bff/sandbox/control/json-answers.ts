import express from 'express';
import type { NextFunction, Request, Response, Router } from 'express';
import type { z } from 'zod';
import { errorBody } from '../../../shared/errors.js';

export function sendJsonError(response: Response, status: number, code: string, message: string): void {
  response.status(status).json(errorBody(code, message));
}

/** Validate a control request body; on failure answer 400 naming the first bad field and return undefined. */
export function parseBody<Schema extends z.ZodType>(
  schema: Schema,
  body: unknown,
  response: Response,
): z.infer<Schema> | undefined {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') ?? '';
  sendJsonError(
    response,
    400,
    'invalid_request',
    field === '' ? (issue?.message ?? 'Invalid request') : `${field}: ${issue?.message ?? 'invalid'}`,
  );
  return undefined;
}

/**
 * The end of an emulator's `/sandbox` control API: an unknown control path answers 404, an unreadable body 400, any
 * other failure 500, each as the JSON error.
 */
export function controlApiEnd(): Router {
  const router = express.Router();
  router.use('/sandbox', (_request, response) =>
    sendJsonError(response, 404, 'not_found', 'No such sandbox control endpoint'),
  );
  router.use('/sandbox', (error: unknown, _request: Request, response: Response, _next: NextFunction) => {
    const status =
      typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
        ? error.status
        : 500;
    sendJsonError(
      response,
      status,
      status < 500 ? 'invalid_request' : 'internal_error',
      status < 500 ? 'Request body could not be read' : 'Internal error',
    );
  });
  return router;
}
