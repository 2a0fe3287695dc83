import type { UpstreamErrorDetail } from '../../../shared/errors.js';
import { AppError, UpstreamError } from '../errors.js';

/**
 * The Administration API's own errors. The upstream ones extend UpstreamError (not AppError directly) so that the
 * error middleware sends their Retry-After, and code that treats upstream trouble alike keeps doing so.
 */

/** When CCE says busy without a Retry-After: a device synchronisation usually ends within seconds. */
export const DEFAULT_BUSY_RETRY_SECONDS = 5;

/** 503 `ccadmin_busy`: CCE answered 503, "data synchronization to a device is in progress". */
export class CceAdminBusyError extends UpstreamError {
  override readonly code = 'ccadmin_busy';

  constructor(upstream: UpstreamErrorDetail, retryAfterSeconds: number, logInfo?: string) {
    super(
      503,
      'upstream_unavailable',
      `CCE Administration is busy synchronising devices; try again in ${retryAfterSeconds} s`,
      { upstream, logInfo },
      retryAfterSeconds,
    );
  }
}

/** 502 `ccadmin_failed`: CCE reported a failure ("the configuration updates to AW DB is failed", any other 5xx). */
export class CceAdminFailedError extends UpstreamError {
  override readonly code = 'ccadmin_failed';

  constructor(message: string, upstream: UpstreamErrorDetail, logInfo?: string) {
    super(502, 'upstream_invalid_response', message, { upstream, logInfo });
  }
}

/** 503 `ccadmin_not_configured`: upstream mode without CCE_ADMIN_URL, so there is no CCE to administer. */
export class CceAdminNotConfiguredError extends UpstreamError {
  override readonly code = 'ccadmin_not_configured';

  constructor() {
    super(
      503,
      'upstream_unavailable',
      'CCE Administration is not configured: set CCE_ADMIN_URL to administer the Context Service registration',
      {
        upstream: { service: 'ccadmin' },
      },
    );
  }
}

/** 413 `too_large`: connectionData over CCE's 4 KB, refused by the BFF or by CCE itself. */
export class ConnectionDataTooLargeError extends AppError {
  readonly status = 413;
  readonly code = 'too_large';
}
