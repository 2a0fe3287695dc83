import type { UpstreamErrorDetail } from '../../../shared/errors.js';
import type { AppError } from '../errors.js';
import { ConflictError, UnauthorizedError, UpstreamRefusedError } from '../errors.js';
import { answerLogInfo, retryAfterSeconds, unexpectedStatus } from '../upstream/failure-errors.js';
import type { UpstreamAnswer, UpstreamErrorTable } from '../upstream/types.js';
import {
  CceAdminBusyError,
  CceAdminFailedError,
  ConnectionDataTooLargeError,
  DEFAULT_BUSY_RETRY_SECONDS,
} from './ccadmin-errors.js';
import { readApiErrors } from './registration-xml.js';
import { agentRefusal } from './agent-error-mapping.js';
import type { CceAdminCall, CceApiError } from './types.js';

/*
 * How CCE Administration's answers become the BFF's errors (Developer Reference, Context Service Registration API, and
 * the unifiedconfig conventions it shares); the rows below the line are the shared mapping of every upstream
 * (upstream/failure-errors.ts):
 *
 * | CCE answers                                                   | BFF error                                        |
 * |---------------------------------------------------------------|--------------------------------------------------|
 * | 400 apiError about the size of connectionData (4 KB)          | ConnectionDataTooLargeError 413 too_large        |
 * | 400 apiError "deregister before reregistering"                | ConflictError 409 deregister_first               |
 * | 400 any other apiError                                        | UpstreamRefusedError 400 invalid_request         |
 * | an agent call's apiErrors and 404 (agent-error-mapping.ts)    | 400 with field, 409 stale_agent, 404 not_found   |
 * | 401                                                           | UnauthorizedError 401 invalid_credentials        |
 * | 403                                                           | UpstreamRefusedError 403 forbidden               |
 * | 503 "busy: data synchronization to a device is in progress"   | CceAdminBusyError 503 ccadmin_busy + Retry-After |
 * | 500 "the configuration updates to AW DB is failed", other 5xx | CceAdminFailedError 502 ccadmin_failed           |
 * |---------------------------------------------------------------|--------------------------------------------------|
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
  return {
    service: 'ccadmin',
    ...(status === undefined ? {} : { status }),
    ...(error ? { type: error.type, message: error.message } : {}),
  };
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

/** CCE's body as it may reach the server log: without the connectionData sent, or any other. */
function loggable(body: string, call: Pick<CceAdminCall, 'secret'>): string {
  return withoutSent(body, call.secret).replace(/(<connectionData>|<password>)[^<]*/gi, '$1[redacted]');
}

/** How long to wait when CCE is busy: its Retry-After, or a few seconds when it sends none. */
function busySeconds(answer: UpstreamAnswer): number {
  const seconds = retryAfterSeconds(answer);
  return seconds === undefined || seconds < 1 ? DEFAULT_BUSY_RETRY_SECONDS : seconds;
}

function refusal(status: number, error: CceApiError, purpose: string, log: string): AppError {
  const details = { upstream: upstreamDetail(status, error), logInfo: log };
  const text = `${error.type} ${error.message} ${error.data ?? ''}`;
  if (REREGISTER_REFUSAL.test(text)) {
    return new ConflictError(
      'deregister_first',
      'Context Service is registered with other connection data: deregister first, then register again',
      details,
    );
  }
  if (SIZE_REFUSAL.test(text))
    return new ConnectionDataTooLargeError('connectionData is larger than CCE Administration accepts (4 KB)', details);
  return new UpstreamRefusedError(
    400,
    'invalid_request',
    `CCE Administration refused ${purpose}: ${error.message === '' ? error.type : error.message}`,
    details,
  );
}

/** CCE answered, but not with a status the call expects. `purpose` says what was asked ("the registration change"). */
function errorForStatus(answer: UpstreamAnswer, call: CceAdminCall): AppError {
  const { status } = answer;
  const { purpose } = call;
  const error = scrubbed(firstApiError(answer.body), call.secret);
  const log = answerLogInfo('CCE Administration', answer, loggable(answer.body, call));
  const details = { upstream: upstreamDetail(status, error), logInfo: log };
  if (call.item?.kind === 'agent') {
    const agentError = agentRefusal(answer, error, call, details);
    if (agentError) return agentError;
  }
  if (status === 400 && error) return refusal(status, error, purpose, log);
  if (status === 401)
    return new UnauthorizedError(
      'invalid_credentials',
      'CCE Administration refused the user name or password',
      details,
    );
  if (status === 403)
    return new UpstreamRefusedError(
      403,
      'forbidden',
      'CCE Administration does not let this user administer Context Service',
      details,
    );
  if (status === 503) return new CceAdminBusyError(details.upstream, busySeconds(answer), log);
  if (status >= 500 && status <= 599) {
    const reason = error?.message ?? '';
    return new CceAdminFailedError(
      `CCE Administration failed ${purpose}${reason === '' ? '' : `: ${reason}`}`,
      details.upstream,
      log,
    );
  }
  return unexpectedStatus('CCE Administration', answer, purpose, details);
}

/** CCE's own entries; no usable answer and unreadable bodies are mapped as for every upstream, its body kept out of the log. */
export const cceAdminErrors: UpstreamErrorTable<CceAdminCall> = { forStatus: errorForStatus, loggable };
