import type { NextFunction, Request, Response } from 'express';
import { dataApiError, trackingIdOf } from '../../webex/http/error-bodies.js';
import { trackingIdHeader } from '../../webex/http/api-error.js';
import { JourneyError } from '../model/journey-error.js';

/**
 * JDS's OpenAPI lists 400/404/409/429/500 with no body schema [U]. JDS is served from the Contact Center API host
 * (`api.wxcc-<region>.cisco.com`) behind the same gateway, so the emulator answers the data APIs' ApiErrorResponse
 * `{ trackingId, error: { key, message: [{ description }] } }` and, for 429, the gateway's own body with Retry-After.
 */
export function sendJourneyError(response: Response, status: number, description: string): void {
  response.status(status).json(dataApiError(status, description, trackingIdOf(response)));
}

export { trackingIdHeader };

/** Any failure leaves as the error body; a bad request never takes the emulator down. */
export function journeyErrorHandler(error: unknown, _request: Request, response: Response, next: NextFunction): void {
  if (response.headersSent) {
    next(error);
    return;
  }
  if (error instanceof JourneyError) {
    sendJourneyError(response, error.status, error.message);
    return;
  }
  const status =
    typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
      ? error.status
      : 500;
  sendJourneyError(response, status, status < 500 ? 'The request body could not be read' : 'Internal error');
}
