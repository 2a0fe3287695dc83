import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { configApiError, dataApiError, trackingIdOf } from './error-bodies.js';

/** A request the API refuses: the status and what to tell the caller; the route's family picks the body shape. */
export class WebexApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Configuration APIs answer ApiError; everything else on the API host answers ApiErrorResponse. */
export function sendApiError(
  request: Request,
  response: Response,
  status: number,
  description: string,
  now: number,
): void {
  const trackingId = trackingIdOf(response);
  const body = request.path.startsWith('/organization/')
    ? configApiError(status, [description], trackingId, now)
    : dataApiError(status, description, trackingId);
  response.status(status).json(body);
}

/**
 * Every answer carries a `TrackingId` header: the caller's own (the OpenAPI's optional request header) when sane, so
 * both logs line up, else a new one.
 */
export function trackingIdHeader(request: Request, response: Response, next: NextFunction): void {
  const given = request.get('TrackingId');
  response.set(
    'TrackingId',
    given !== undefined && /^[\w.:-]{1,128}$/.test(given) ? given : `EMULATOR_${randomUUID()}`,
  );
  next();
}

/** Any failure on the API host leaves in its family's error body; a bad request never takes the emulator down. */
export function apiErrorHandler(now: () => number) {
  return (error: unknown, request: Request, response: Response, next: NextFunction): void => {
    if (response.headersSent) {
      next(error);
      return;
    }
    if (error instanceof WebexApiError) {
      sendApiError(request, response, error.status, error.message, now());
      return;
    }
    const status =
      typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
        ? error.status
        : 500;
    sendApiError(
      request,
      response,
      status,
      status < 500 ? 'The request body could not be read' : 'Internal error',
      now(),
    );
  };
}
