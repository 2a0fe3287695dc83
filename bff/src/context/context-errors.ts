import type { UpstreamErrorDetail } from '../../../shared/errors.js';
import { ConflictError, UpstreamError } from '../errors.js';

/** What the gadget shows whenever the store cannot serve it, whatever the cause (the detail tells them apart). */
export const CONTEXT_UNAVAILABLE_MESSAGE = "Experiencing issues with accessing customer's context information";

/** Why the store could not serve, as `upstream.type`: the one code stays `context_unavailable`. */
export type ContextUnavailability = 'timeout' | 'unreachable' | 'unauthorized' | 'server_error' | 'busy';

/**
 * 503 `context_unavailable`: the store is down, busy, slow, unreachable or refuses the BFF's credentials. It extends
 * UpstreamError (not AppError directly) so that the error middleware sends its Retry-After and code that retries on
 * upstream unavailability (the note outbox) treats it as such.
 */
export class ContextUnavailableError extends UpstreamError {
  override readonly code = 'context_unavailable';

  constructor(
    readonly reason: ContextUnavailability,
    message: string,
    details: {
      readonly status?: number;
      readonly storeMessage?: string;
      readonly logInfo?: string;
      readonly cause?: unknown;
    } = {},
    retryAfterSeconds?: number,
  ) {
    const upstream: UpstreamErrorDetail = {
      service: 'context',
      ...(details.status === undefined ? {} : { status: details.status }),
      type: reason,
      ...(details.storeMessage === undefined ? {} : { message: details.storeMessage }),
    };
    super(
      503,
      'upstream_unavailable',
      `${CONTEXT_UNAVAILABLE_MESSAGE}: ${message}`,
      { upstream, logInfo: details.logInfo, cause: details.cause },
      retryAfterSeconds,
    );
  }
}

/** The store gave no complete answer within the deadline: still 503 `context_unavailable`, `upstream.type` 'timeout'. */
export class ContextTimeoutError extends ContextUnavailableError {
  constructor(purpose: string, timeoutMs: number, logInfo: string) {
    super('timeout', `Context Service did not answer ${purpose} within ${timeoutMs} ms`, { logInfo });
  }
}

/**
 * 409 `stale_<object>`: the object changed since the client read it. Carries both lastUpdated values so that a
 * caller can tell the agent (or reload) without parsing the message.
 */
export class StaleObjectError extends ConflictError {
  constructor(
    object: 'customer' | 'activity',
    readonly seen: string,
    readonly current: string | undefined,
    upstream?: UpstreamErrorDetail,
  ) {
    const now = current === undefined ? 'a newer one' : `lastUpdated ${current}`;
    super(
      `stale_${object}`,
      `The ${object} changed since it was read (you have lastUpdated ${seen}; Context Service has ${now})`,
      upstream ? { upstream } : {},
    );
  }
}
