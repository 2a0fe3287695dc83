import type { UpstreamErrorDetail } from '../../../shared/errors.js';
import type { AppError } from '../errors.js';
import { ConflictError, NotFoundError, UpstreamError, UpstreamRefusedError } from '../errors.js';
import { logExcerpt } from '../finesse/log-excerpt.js';
import { ContextUnavailableError } from './context-errors.js';
import type { ContextCallReport } from './types.js';

/** An HTTP answer from the store, its body read. */
export interface ContextAnswer {
  readonly status: number;
  readonly body: string;
  readonly retryAfter: string | undefined;
}

/*
 * How the store's answers become the BFF's errors (the store answers `{ "error": { "key": "<status>", "message" } }`):
 *
 * | Context Service answers              | BFF error                                                          |
 * |--------------------------------------|--------------------------------------------------------------------|
 * | 404                                  | NotFoundError 404 not_found                                        |
 * | 409 (stale lastUpdated)              | ConflictError 409 (the caller's code, e.g. stale_customer)         |
 * | 400, 422                             | UpstreamRefusedError 400 upstream_refused                          |
 * | 401, 403 (token expired or revoked)  | ContextUnavailableError 503 context_unavailable, type unauthorized |
 * | 429, 503 (with Retry-After)          | ContextUnavailableError 503 context_unavailable, type busy         |
 * | other 5xx                            | ContextUnavailableError 503 context_unavailable, type server_error |
 * | any other status; malformed JSON     | UpstreamError 502 upstream_invalid_response                        |
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
    if (typeof error !== 'object' || error === null || !('message' in error) || typeof error.message !== 'string') return undefined;
    return error.message.slice(0, 200);
  } catch {
    return undefined;
  }
}

function logInfo(answer: ContextAnswer, problem?: string): string {
  return `Context Service answered ${answer.status}${problem === undefined ? '' : ` (${problem})`}: ${logExcerpt(answer.body)}`;
}

function retryAfterSeconds(value: string | undefined): number | undefined {
  return value !== undefined && /^[0-9]{1,5}$/.test(value) ? Number(value) : undefined;
}

/** The store answered with a status the call does not expect. `purpose` says what was asked ("the customer"). */
export function errorForAnswer(answer: ContextAnswer, purpose: string, conflictCode: string): AppError {
  const { status } = answer;
  const message = storeMessage(answer.body);
  const upstream: UpstreamErrorDetail = message === undefined ? { service: 'context', status } : { service: 'context', status, message };
  const details = { upstream, logInfo: logInfo(answer) };
  if (status === 404) return new NotFoundError(`Context Service did not find ${purpose}`, details);
  if (status === 409) return new ConflictError(conflictCode, `Context Service refused ${purpose}: it changed since it was read`, details);
  if (status === 400 || status === 422) return new UpstreamRefusedError(400, 'upstream_refused', `Context Service refused ${purpose}${message === undefined ? '' : `: ${message}`}`, details);
  const unavailable = { status, ...(message === undefined ? {} : { storeMessage: message }), logInfo: details.logInfo };
  if (status === 401 || status === 403) return new ContextUnavailableError('unauthorized', 'Context Service refused the BFF credentials', unavailable);
  if (status === 429 || status === 503) return new ContextUnavailableError('busy', 'Context Service is busy', unavailable, retryAfterSeconds(answer.retryAfter));
  if (status >= 500) return new ContextUnavailableError('server_error', `Context Service failed with ${status}`, unavailable);
  return new UpstreamError(502, 'upstream_invalid_response', `Context Service answered ${purpose} with an unexpected status ${status}`, details);
}

/** The store answered the expected status with a body that is not the documented JSON. */
export function unreadableAnswer(answer: ContextAnswer, purpose: string, problem: string): UpstreamError {
  return new UpstreamError(502, 'upstream_invalid_response', `Context Service's answer to ${purpose} could not be read`, {
    upstream: { service: 'context', status: answer.status },
    logInfo: logInfo(answer, problem),
  });
}

export function tooLargeAnswer(status: number, purpose: string, limit: number): UpstreamError {
  return new UpstreamError(502, 'upstream_invalid_response', `Context Service's answer to ${purpose} is larger than ${limit} bytes`, {
    upstream: { service: 'context', status },
  });
}

export function outcomeOf(error: unknown): ContextCallReport['outcome'] {
  if (error instanceof NotFoundError || error instanceof ConflictError || error instanceof UpstreamRefusedError) return 'refused';
  if (error instanceof ContextUnavailableError && error.reason === 'timeout') return 'timeout';
  return 'error';
}
