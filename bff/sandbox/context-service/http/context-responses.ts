import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { ContextServiceError } from '../model/context-error.js';

/** The emulator's error body; `key` is the HTTP status as a string. */
export interface ContextErrorJson {
  readonly error: { readonly key: string; readonly message: string };
}

export function sendContextError(response: Response, status: number, message: string): void {
  const body: ContextErrorJson = { error: { key: String(status), message } };
  response.status(status).json(body);
}

/**
 * Every answer carries a `trackingid` header, as Context Service's do (CS-UTILS lib/data-object.js reads it). A
 * caller's own trackingid is echoed so both logs line up.
 */
export function trackingId(request: Request, response: Response, next: NextFunction): void {
  const given = request.get('trackingid');
  response.set(
    'trackingid',
    given !== undefined && /^[\w.:-]{1,128}$/.test(given) ? given : `EMULATOR_${randomUUID()}`,
  );
  next();
}

function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
    ? error.status
    : undefined;
}

function typeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'type' in error && typeof error.type === 'string'
    ? error.type
    : undefined;
}

/** Any failure leaves as the JSON error; a bad request never takes the emulator down. */
export function contextErrorHandler(error: unknown, _request: Request, response: Response, next: NextFunction): void {
  if (response.headersSent) {
    next(error);
    return;
  }
  if (error instanceof ContextServiceError) {
    sendContextError(response, error.status, error.message);
    return;
  }
  const status = statusOf(error);
  if (typeOf(error) === 'entity.too.large') sendContextError(response, 413, 'The body is larger than 256 KB');
  else if (typeOf(error) === 'entity.parse.failed') sendContextError(response, 400, 'The body is not valid JSON');
  else if (status !== undefined && status >= 400 && status < 500)
    sendContextError(response, status, 'The request could not be read');
  else sendContextError(response, 500, 'Internal error');
}
