import type { UpstreamErrorDetail } from '../../shared/errors.js';

/**
 * The one error hierarchy of the BFF. Each class fixes the HTTP status and the stable `code`; `logInfo` is for the
 * server log only and never leaves the process (the error middleware answers `{ error: { code, message, upstream? } }`).
 */
export abstract class AppError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;

  constructor(
    message: string,
    readonly details: {
      readonly logInfo?: string;
      readonly upstream?: UpstreamErrorDetail;
      readonly cause?: unknown;
      readonly field?: string;
    } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
  }
}

/** 400: input the BFF refuses; `field` names what was wrong. */
export class InvalidRequestError extends AppError {
  readonly status = 400;
  readonly code = 'invalid_request';
}

/** 401: no session, an expired or revoked one, or credentials Finesse refused. */
export class UnauthorizedError extends AppError {
  readonly status = 401;
  readonly code: string;
  constructor(
    code: 'unauthorized' | 'session_expired' | 'invalid_credentials',
    message: string,
    details?: AppError['details'],
  ) {
    super(message, details);
    this.code = code;
  }
}

/** 403: signed in, but the role or the object is not theirs. */
export class ForbiddenError extends AppError {
  readonly status = 403;
  readonly code = 'forbidden';
}

export class NotFoundError extends AppError {
  readonly status = 404;
  readonly code = 'not_found';
}

/** 409: the upstream refused a change because of its state (Finesse Invalid State and friends). */
export class ConflictError extends AppError {
  readonly status = 409;
  readonly code: string;
  constructor(code: string, message: string, details?: AppError['details']) {
    super(message, details);
    this.code = code;
  }
}

export class PayloadTooLargeError extends AppError {
  readonly status = 413;
  readonly code = 'payload_too_large';
}

/** 415: a body in an encoding or charset the BFF does not read. */
export class UnsupportedMediaTypeError extends AppError {
  readonly status = 415;
  readonly code = 'unsupported_media_type';
}

/** 429, with the seconds after which to try again (sent as Retry-After). */
export class TooManyRequestsError extends AppError {
  readonly status = 429;
  readonly code = 'rate_limited';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/**
 * An upstream failed: 502 it answered nonsense, 503 it is down or busy, 504 it did not answer in time. The upstream
 * detail (service, status, type, message) is safe to show; the raw body is not, and goes to `logInfo` at most.
 */
export class UpstreamError extends AppError {
  readonly code: string;
  constructor(
    readonly status: 502 | 503 | 504,
    code: 'upstream_invalid_response' | 'upstream_unavailable' | 'upstream_timeout',
    message: string,
    details?: AppError['details'],
    readonly retryAfterSeconds?: number,
  ) {
    super(message, details);
    this.code = code;
  }
}

/** An upstream refused the request itself (Finesse 400/404 ApiErrors): passed on with its own status and reason. */
export class UpstreamRefusedError extends AppError {
  readonly code: string;
  constructor(
    readonly status: 400 | 403 | 404 | 409,
    code: string,
    message: string,
    details: AppError['details'],
  ) {
    super(message, details);
    this.code = code;
  }
}
