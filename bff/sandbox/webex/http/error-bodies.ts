import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Response } from 'express';

/**
 * Webex Contact Center's three documented error bodies (WxCC OpenAPI): the data APIs' ApiErrorResponse, the
 * configuration APIs' ApiError, and the gateway's TooManyRequestsError. A client has to read all three.
 */

/** `/v1/tasks`, statistics, captures, and each failed item of a bulk answer. */
export interface DataApiError {
  readonly trackingId: string;
  readonly error: { readonly key: string; readonly message: readonly { readonly description: string }[] };
}

/** `/organization/{orgid}/…` configuration APIs. */
export interface ConfigApiError {
  readonly status: string;
  readonly message: string;
  readonly errors: readonly string[];
  readonly timestamp: string;
  readonly trackingId: string;
}

/** The API gateway's 429, before any service sees the request. */
export interface GatewayTooManyRequests {
  readonly code: 429;
  readonly message: string;
  readonly trackingId: string;
}

export function dataApiError(status: number, description: string, trackingId: string): DataApiError {
  return { trackingId, error: { key: String(status), message: [{ description }] } };
}

export function configApiError(
  status: number,
  errors: readonly string[],
  trackingId: string,
  atMs: number,
): ConfigApiError {
  const reason = STATUS_CODES[status] ?? 'Error';
  return {
    status: `${status} ${reason.toUpperCase().replace(/[^A-Z]+/g, '_')}`,
    message: reason,
    errors,
    timestamp: new Date(atMs).toISOString(),
    trackingId,
  };
}

export function sendGatewayTooManyRequests(response: Response, retryAfterSeconds: number): void {
  const body: GatewayTooManyRequests = {
    code: 429,
    message: 'Too many requests. Rate limit exceeded.',
    trackingId: `GTWY_${randomUUID()}`,
  };
  response.status(429).set('Retry-After', String(retryAfterSeconds)).json(body);
}

/** The tracking id of this exchange: the caller's `TrackingId` header when it sent a sane one, else a new one. */
export function trackingIdOf(response: Response): string {
  const id = response.get('TrackingId');
  return typeof id === 'string' ? id : `EMULATOR_${randomUUID()}`;
}
