import type { UpstreamErrorDetail } from '../../../shared/errors.js';
import type { AppError } from '../errors.js';
import { ConflictError, UnauthorizedError, UpstreamError, UpstreamRefusedError } from '../errors.js';
import { classifyNetworkFailure } from '../http/network-failure.js';
import type { UpstreamCallReport } from '../http/upstream-call-report.js';
import { logExcerpt } from '../finesse/log-excerpt.js';
import { CceAdminBusyError, CceAdminFailedError, ConnectionDataTooLargeError, DEFAULT_BUSY_RETRY_SECONDS } from './ccadmin-errors.js';
import { readApiErrors } from './registration-xml.js';
import type { CceApiError } from './types.js';

/** An HTTP answer from CCE Administration, its body read (bounded). */
export interface CceAdminAnswer {
  readonly status: number;
  readonly body: string;
  readonly retryAfter: string | undefined;
}

/*
 * How CCE Administration's answers become the BFF's errors (Developer Reference, Context Service Registration API, and
 * the unifiedconfig conventions it shares):
 *
 * | CCE answers                                                   | BFF error                                        |
 * |---------------------------------------------------------------|--------------------------------------------------|
 * | 400 apiError about the size of connectionData (4 KB)          | ConnectionDataTooLargeError 413 too_large        |
 * | 400 apiError "deregister before reregistering"                | ConflictError 409 deregister_first               |
 * | 400 any other apiError                                        | UpstreamRefusedError 400 invalid_request         |
 * | 401                                                           | UnauthorizedError 401 invalid_credentials        |
 * | 403                                                           | UpstreamRefusedError 403 forbidden               |
 * | 503 "busy: data synchronization to a device is in progress"   | CceAdminBusyError 503 ccadmin_busy + Retry-After |
 * | 500 "the configuration updates to AW DB is failed", other 5xx | CceAdminFailedError 502 ccadmin_failed           |
 * | 400 without apiErrors, 404, any other status; malformed XML   | UpstreamError 502 upstream_invalid_response      |
 * | no complete answer within CCE_ADMIN_TIMEOUT_MS                | UpstreamError 504 upstream_timeout               |
 * | connection refused or reset, DNS, TLS                         | UpstreamError 503 upstream_unavailable           |
 *
 * (200 and, for a PUT, 201 PARTIAL_SUCCESS are answers, not errors: see cce-admin-client.ts.) Every error names the
 * upstream as `ccadmin` with CCE's status and, when it sent one, its errorType and errorMessage. The body goes to
 * `logInfo` only, shortened, password-like values and connectionData removed.
 */

const SIZE_REFUSAL = /max(imum)?[ _.-]?(length|size)|length[ _.-]?exceeded|too[ _.-]?(long|large|big)|4 ?KB|4096/i;
const REREGISTER_REFUSAL = /deregist|re-?regist/i;

/** CCE's first apiError in the body, or undefined when the body is not an apiErrors document. */
export function firstApiError(body: string): CceApiError | undefined {
  try {
    return readApiErrors(body)[0];
  } catch {
    return undefined;
  }
}

export function upstreamDetail(status: number | undefined, error?: CceApiError): UpstreamErrorDetail {
  return { service: 'ccadmin', ...(status === undefined ? {} : { status }), ...(error ? { type: error.type, message: error.message } : {}) };
}

/**
 * Text from CCE without the connectionData the BFF sent, should CCE echo it back (in an error message, say): it must
 * reach neither a log nor a browser. Short values are left alone so that ordinary words are not blanked.
 */
function withoutSent(text: string, sent: string | undefined): string {
  return sent !== undefined && sent.length >= 8 ? text.split(sent).join('[redacted]') : text;
}

function scrubbed(error: CceApiError | undefined, sent: string | undefined): CceApiError | undefined {
  if (error === undefined || sent === undefined) return error;
  return {
    type: withoutSent(error.type, sent),
    message: withoutSent(error.message, sent),
    ...(error.data === undefined ? {} : { data: withoutSent(error.data, sent) }),
    ...(error.detail === undefined ? {} : { detail: withoutSent(error.detail, sent) }),
  };
}

/** The start of CCE's body for the server log, without anything like a password or the connectionData sent. */
export function logInfo(answer: CceAdminAnswer, sent?: string): string {
  const body = withoutSent(answer.body, sent).replace(/(<connectionData>)[^<]*/gi, '$1[redacted]');
  return `CCE Administration answered ${answer.status}: ${logExcerpt(body)}`;
}

function retryAfterSeconds(retryAfter: string | undefined): number {
  const seconds = /^[0-9]{1,5}$/.test(retryAfter?.trim() ?? '') ? Number(retryAfter) : undefined;
  return seconds === undefined || seconds < 1 ? DEFAULT_BUSY_RETRY_SECONDS : seconds;
}

function refusal(status: number, error: CceApiError, purpose: string, log: string): AppError {
  const details = { upstream: upstreamDetail(status, error), logInfo: log };
  const text = `${error.type} ${error.message} ${error.data ?? ''}`;
  if (REREGISTER_REFUSAL.test(text)) {
    return new ConflictError('deregister_first', 'Context Service is registered with other connection data: deregister first, then register again', details);
  }
  if (SIZE_REFUSAL.test(text)) return new ConnectionDataTooLargeError('connectionData is larger than CCE Administration accepts (4 KB)', details);
  return new UpstreamRefusedError(400, 'invalid_request', `CCE Administration refused ${purpose}: ${error.message === '' ? error.type : error.message}`, details);
}

/** CCE answered, but not with a status the call expects. `purpose` says what was asked ("the registration change"). */
export function errorForAnswer(answer: CceAdminAnswer, purpose: string, sent?: string): AppError {
  const { status } = answer;
  const error = scrubbed(firstApiError(answer.body), sent);
  const log = logInfo(answer, sent);
  const details = { upstream: upstreamDetail(status, error), logInfo: log };
  if (status === 400 && error) return refusal(status, error, purpose, log);
  if (status === 401) return new UnauthorizedError('invalid_credentials', 'CCE Administration refused the user name or password', details);
  if (status === 403) return new UpstreamRefusedError(403, 'forbidden', 'CCE Administration does not let this user administer Context Service', details);
  if (status === 503) return new CceAdminBusyError(details.upstream, retryAfterSeconds(answer.retryAfter), log);
  if (status >= 500 && status <= 599) {
    const reason = error?.message ?? '';
    return new CceAdminFailedError(`CCE Administration failed ${purpose}${reason === '' ? '' : `: ${reason}`}`, details.upstream, log);
  }
  return new UpstreamError(502, 'upstream_invalid_response', `CCE Administration answered ${purpose} with an unexpected status ${status}`, details);
}

/** CCE answered the expected status with XML that is not the documented object. */
export function unreadableAnswer(answer: CceAdminAnswer, purpose: string, problem: string): UpstreamError {
  return new UpstreamError(502, 'upstream_invalid_response', `CCE Administration's answer to ${purpose} could not be read`, {
    upstream: upstreamDetail(answer.status),
    logInfo: `${problem}; ${logInfo(answer)}`,
  });
}

export function tooLargeAnswer(status: number, purpose: string, limit: number): UpstreamError {
  return new UpstreamError(502, 'upstream_invalid_response', `CCE Administration's answer to ${purpose} is larger than ${limit} bytes`, { upstream: upstreamDetail(status) });
}

/** A call that got no usable answer (undefined for a programming error, which the caller rethrows). No URL or header. */
export function errorForNetworkFailure(error: unknown, timedOut: boolean, purpose: string, timeoutMs: number): UpstreamError | undefined {
  const failure = classifyNetworkFailure(error, timedOut);
  const upstream = upstreamDetail(undefined);
  switch (failure?.kind) {
    case undefined:
      return undefined;
    case 'timeout':
      return new UpstreamError(504, 'upstream_timeout', `CCE Administration did not answer ${purpose} within ${timeoutMs} ms`, { upstream, logInfo: failure.code });
    case 'garbled':
      return new UpstreamError(502, 'upstream_invalid_response', `CCE Administration answered ${purpose} with broken HTTP`, { upstream, logInfo: failure.code });
    case 'unreachable':
      return new UpstreamError(503, 'upstream_unavailable', 'CCE Administration cannot be reached', { upstream, logInfo: failure.code });
  }
}

export function outcomeOf(error: unknown): UpstreamCallReport['outcome'] {
  if (error instanceof UpstreamRefusedError || error instanceof UnauthorizedError || error instanceof ConflictError || error instanceof ConnectionDataTooLargeError) return 'refused';
  return error instanceof UpstreamError && error.status === 504 ? 'timeout' : 'error';
}
