import type { ErrorBody, UpstreamErrorDetail } from '../../../shared/errors.js';

/** A BFF answer that was not a success, or no answer at all (status 0), with the BFF's own error body. */
export class DeskApiError extends Error {
  override readonly name = 'DeskApiError';
  /** HTTP status; 0 when the BFF could not be reached. */
  readonly status: number;
  readonly code: string;
  readonly upstream: UpstreamErrorDetail | undefined;
  /** Seconds, from Retry-After on 429 and 503. */
  readonly retryAfterSeconds: number | undefined;
  /** The whole JSON body, for answers that carry more than the error (a 409 with the current version). */
  readonly body: unknown;

  constructor(
    status: number,
    code: string,
    message: string,
    options: { upstream?: UpstreamErrorDetail; retryAfterSeconds?: number; body?: unknown } = {},
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.upstream = options.upstream;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.body = options.body;
  }

  /** The upstream (Finesse, Context Service, CCE) is unavailable rather than refusing: worth retrying. */
  get isUnavailable(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504;
  }
}

export function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string';
}
