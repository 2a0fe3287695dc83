import type { UpstreamErrorDetail } from '../../../shared/errors.js';
import type { AppError, UpstreamError } from '../errors.js';
import { ConflictError, NotFoundError, UpstreamRefusedError } from '../errors.js';
import { answerLogInfo, retryAfterSeconds, unexpectedStatus } from '../upstream/failure-errors.js';
import type { NetworkFailure, UpstreamAnswer, UpstreamErrorTable } from '../upstream/types.js';
import { ContextTimeoutError, ContextUnavailableError } from './context-errors.js';
import type { ContextCall } from './types.js';

/*
 * How the store's answers become the BFF's errors (the store answers `{ "error": { "key": "<status>", "message" } }`);
 * the rows below the line are the shared mapping of every upstream (upstream/failure-errors.ts):
 *
 * | Context Service answers              | BFF error                                                          |
 * |--------------------------------------|--------------------------------------------------------------------|
 * | 404                                  | NotFoundError 404 not_found                                        |
 * | 409 (stale lastUpdated)              | ConflictError 409 (the caller's code, e.g. stale_customer)         |
 * | 400, 422                             | UpstreamRefusedError 400 upstream_refused                          |
 * | 401, 403 (token expired or revoked)  | ContextUnavailableError 503 context_unavailable, type unauthorized |
 * | 429, 503 (with Retry-After)          | ContextUnavailableError 503 context_unavailable, type busy         |
 * | other 5xx                            | ContextUnavailableError 503 context_unavailable, type server_error |
 * | no complete answer within timeoutMs  | ContextTimeoutError 503 context_unavailable, type timeout          |
 * | connection refused, reset, DNS, TLS  | ContextUnavailableError 503 context_unavailable, type unreachable  |
 * |--------------------------------------|--------------------------------------------------------------------|
 * | any other status; malformed JSON;    | UpstreamError 502 upstream_invalid_response                        |
 * |     broken HTTP; > 4 MiB             |                                                                    |
 *
 * 401/403 are the BFF's machine credentials, not the agent's: for the agent the store is simply unavailable.
 * Every error names the service ('context'); the store's message is passed on, its raw body goes to logInfo only.
 */

/** The store's own error message, when the body is its documented error object. */
function storeMessage(body: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null || !('error' in parsed)) return undefined;
    const { error } = parsed;
    if (typeof error !== 'object' || error === null || !('message' in error) || typeof error.message !== 'string')
      return undefined;
    return error.message.slice(0, 200);
  } catch {
    return undefined;
  }
}

/** The store answered with a status the call does not expect. `purpose` says what was asked ("the customer"). */
function errorForStatus(answer: UpstreamAnswer, { purpose, conflictCode = 'context_conflict' }: ContextCall): AppError {
  const { status } = answer;
  const message = storeMessage(answer.body);
  const upstream: UpstreamErrorDetail =
    message === undefined ? { service: 'context', status } : { service: 'context', status, message };
  const details = { upstream, logInfo: answerLogInfo('Context Service', answer, answer.body) };
  if (status === 404) return new NotFoundError(`Context Service did not find ${purpose}`, details);
  if (status === 409)
    return new ConflictError(conflictCode, `Context Service refused ${purpose}: it changed since it was read`, details);
  if (status === 400 || status === 422)
    return new UpstreamRefusedError(
      400,
      'upstream_refused',
      `Context Service refused ${purpose}${message === undefined ? '' : `: ${message}`}`,
      details,
    );
  const unavailable = { status, ...(message === undefined ? {} : { storeMessage: message }), logInfo: details.logInfo };
  if (status === 401 || status === 403)
    return new ContextUnavailableError('unauthorized', 'Context Service refused the BFF credentials', unavailable);
  if (status === 429 || status === 503)
    return new ContextUnavailableError('busy', 'Context Service is busy', unavailable, retryAfterSeconds(answer));
  if (status >= 500)
    return new ContextUnavailableError('server_error', `Context Service failed with ${status}`, unavailable);
  return unexpectedStatus('Context Service', answer, purpose, details);
}

/**
 * Slow or unreachable, the store is unavailable like any other way (503 context_unavailable, the gadget's one message);
 * broken HTTP is mapped as for every upstream. Messages hold no URL, header or token.
 */
function errorForNoAnswer(failure: NetworkFailure, purpose: string, timeoutMs: number): UpstreamError | undefined {
  if (failure.kind === 'timeout') return new ContextTimeoutError(purpose, timeoutMs, failure.code);
  if (failure.kind === 'unreachable')
    return new ContextUnavailableError('unreachable', 'Context Service cannot be reached', { logInfo: failure.code });
  return undefined;
}

/** The store's own entries; unreadable bodies are mapped as for every upstream. */
export const contextErrors: UpstreamErrorTable<ContextCall> = {
  forStatus: errorForStatus,
  forNoAnswer: errorForNoAnswer,
};
