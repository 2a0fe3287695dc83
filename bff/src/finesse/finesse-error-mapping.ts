import type { UpstreamErrorDetail } from '../../../shared/errors.js';
import type { AppError } from '../errors.js';
import { UnauthorizedError, UpstreamError, UpstreamRefusedError } from '../errors.js';
import { answerLogInfo, retryAfterSeconds, unexpectedStatus } from '../upstream/failure-errors.js';
import type { UpstreamAnswer, UpstreamCall, UpstreamErrorTable } from '../upstream/types.js';
import type { FinesseErrorDetail } from './types.js';
import { readApiErrors } from './api-errors-mapper.js';

/*
 * How Finesse's answers become the BFF's errors (finesse.md §1–§2; Developer Guide 12.5(1) "API Errors"); the rows
 * below the line are the shared mapping of every upstream (upstream/failure-errors.ts):
 *
 * | Finesse answers                                             | BFF error                                        |
 * |-------------------------------------------------------------|--------------------------------------------------|
 * | 400 ApiError Invalid State                                  | UpstreamRefusedError 409 invalid_state           |
 * | 400 ApiError Invalid Input, Parameter Missing, Invalid      | UpstreamRefusedError 400 invalid_input,          |
 * |     Destination, Bad Request (others: upstream_refused)     |     parameter_missing, invalid_destination, …    |
 * | 401 Invalid Authorization User Specified (not your object)  | UpstreamRefusedError 403 forbidden               |
 * | 401 any other                                               | UnauthorizedError invalid_credentials            |
 * | 403                                                         | UpstreamRefusedError 403 forbidden               |
 * | 404 ApiError (Not Found, User Not Found)                    | UpstreamRefusedError 404 not_found               |
 * | 503 (out of service)                                        | UpstreamError 503 upstream_unavailable           |
 * |-------------------------------------------------------------|--------------------------------------------------|
 * | other 5xx; 400/404 without ApiErrors (not Finesse talking); | UpstreamError 502 upstream_invalid_response      |
 * |     any other status; malformed or unexpected XML; > 2 MiB  |                                                  |
 * | no complete answer within timeoutMs                         | UpstreamError 504 upstream_timeout               |
 * | connection refused or reset, DNS, TLS                       | UpstreamError 503 upstream_unavailable           |
 *
 * Every error names the upstream (`service: 'finesse'`); `status` is Finesse's HTTP status, 0 when it gave none.
 * `upstream` carries Finesse's status, ErrorType and ErrorMessage, which are safe to show; the body goes to `logInfo`
 * only, shortened and stripped of anything like a password. No message holds credentials.
 */

const REFUSALS: Readonly<Record<string, { readonly status: 400 | 409; readonly code: string }>> = {
  'Invalid State': { status: 409, code: 'invalid_state' },
  'Invalid Input': { status: 400, code: 'invalid_input' },
  'Parameter Missing': { status: 400, code: 'parameter_missing' },
  'Invalid Destination': { status: 400, code: 'invalid_destination' },
  'Bad Request': { status: 400, code: 'bad_request' },
};
const OTHER_REFUSAL = { status: 400, code: 'upstream_refused' } as const;

/** Finesse's first ApiError in the body, or undefined when the body is not an ApiErrors document. */
function firstApiError(answer: UpstreamAnswer): FinesseErrorDetail | undefined {
  try {
    return readApiErrors(answer.body, answer.status)[0];
  } catch {
    return undefined;
  }
}

function upstreamDetail(status: number, error: FinesseErrorDetail | undefined): UpstreamErrorDetail {
  return error
    ? { service: 'finesse', status, type: error.type, message: error.message }
    : { service: 'finesse', status };
}

/** Finesse answered, but not with the status the call expects. `purpose` says what was asked ("the state change"). */
function errorForStatus(answer: UpstreamAnswer, { purpose }: UpstreamCall): AppError {
  const { status } = answer;
  const error = firstApiError(answer);
  const details = { upstream: upstreamDetail(status, error), logInfo: answerLogInfo('Finesse', answer, answer.body) };
  const refused = `Finesse refused ${purpose}: ${error?.type ?? String(status)}`;
  if (status === 400 && error) {
    const refusal = REFUSALS[error.type] ?? OTHER_REFUSAL;
    return new UpstreamRefusedError(refusal.status, refusal.code, refused, details);
  }
  // Finesse answers 401 also when an agent acts on someone else's object: a refusal, not bad credentials (§2).
  if (status === 401 && error?.type === 'Invalid Authorization User Specified')
    return new UpstreamRefusedError(403, 'forbidden', refused, details);
  if (status === 401) return new UnauthorizedError('invalid_credentials', 'Finesse refused the credentials', details);
  if (status === 403) return new UpstreamRefusedError(403, 'forbidden', refused, details);
  if (status === 404 && error) return new UpstreamRefusedError(404, 'not_found', refused, details);
  if (status === 503)
    return new UpstreamError(
      503,
      'upstream_unavailable',
      'Finesse is out of service',
      details,
      retryAfterSeconds(answer),
    );
  return unexpectedStatus('Finesse', answer, purpose, details);
}

/** Finesse's own entries; no usable answer and unreadable bodies are mapped as for every upstream. */
export const finesseErrors: UpstreamErrorTable<UpstreamCall> = { forStatus: errorForStatus };
