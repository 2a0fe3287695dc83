import type { UpstreamErrorDetail } from '../../../shared/errors.js';
import { UpstreamError } from '../errors.js';
import { headerText } from './exchange.js';
import { logExcerpt } from './log-excerpt.js';
import type { NetworkFailure, UpstreamAnswer, UpstreamCall, UpstreamProfile } from './types.js';

/*
 * How any upstream's failures become the BFF's errors, the same for every upstream; each profile's error table adds
 * its own statuses (see finesse-error-mapping.ts, ccadmin-error-mapping.ts, context-error-mapping.ts):
 *
 * | the upstream                                       | BFF error                                         |
 * |----------------------------------------------------|---------------------------------------------------|
 * | answered a status its table does not know          | UpstreamError 502 upstream_invalid_response       |
 * | answered the expected status with an unreadable body, or a body over the profile's limit | the same 502 |
 * | gave no complete answer within the timeout         | UpstreamError 504 upstream_timeout                |
 * | answered broken HTTP                               | UpstreamError 502 upstream_invalid_response       |
 * | cannot be reached: refused, reset, DNS, TLS         | UpstreamError 503 upstream_unavailable            |
 *
 * Every error names the upstream (`upstream.service`) with its HTTP status when it answered. Messages hold no URL,
 * header or credential; the body goes to `logInfo` only, shortened and stripped of anything like a secret.
 */

/** The start of the upstream's body for the server log, with the status and, when there is one, the problem. */
export function answerLogInfo(
  name: string,
  answer: Pick<UpstreamAnswer, 'status'>,
  body: string,
  problem?: string,
): string {
  return `${name} answered ${answer.status}${problem === undefined ? '' : ` (${problem})`}: ${logExcerpt(body)}`;
}

/** Retry-After in whole seconds, when the upstream sent it as such. */
export function retryAfterSeconds(answer: UpstreamAnswer): number | undefined {
  const value = headerText(answer.headers, 'retry-after')?.trim();
  return value !== undefined && /^[0-9]{1,5}$/.test(value) ? Number(value) : undefined;
}

/** An answer with a status no entry of the upstream's table covers. */
export function unexpectedStatus(
  name: string,
  answer: UpstreamAnswer,
  purpose: string,
  details: { upstream: UpstreamErrorDetail; logInfo: string },
): UpstreamError {
  return new UpstreamError(
    502,
    'upstream_invalid_response',
    `${name} answered ${purpose} with an unexpected status ${answer.status}`,
    details,
  );
}

/** The expected status, with a body that is not the documented object (an UpstreamFormatError's `problem`). */
export function unreadableAnswer<C extends UpstreamCall>(
  profile: UpstreamProfile<C>,
  answer: UpstreamAnswer,
  call: C,
  problem: string,
): UpstreamError {
  const body = profile.errors.loggable?.(answer.body, call) ?? answer.body;
  return new UpstreamError(
    502,
    'upstream_invalid_response',
    `${profile.name}'s answer to ${call.purpose} could not be read`,
    {
      upstream: { service: profile.service, status: answer.status },
      logInfo: answerLogInfo(profile.name, answer, body, problem),
    },
  );
}

export function tooLargeAnswer(
  profile: Pick<UpstreamProfile, 'name' | 'service' | 'maxBodyBytes'>,
  status: number,
  purpose: string,
): UpstreamError {
  return new UpstreamError(
    502,
    'upstream_invalid_response',
    `${profile.name}'s answer to ${purpose} is larger than ${profile.maxBodyBytes} bytes`,
    {
      upstream: { service: profile.service, status },
    },
  );
}

/** No usable answer: the profile's own error when its table has one, the shared one otherwise. */
export function noAnswerError<C extends UpstreamCall>(
  profile: UpstreamProfile<C>,
  failure: NetworkFailure,
  purpose: string,
  timeoutMs: number,
): UpstreamError {
  const own = profile.errors.forNoAnswer?.(failure, purpose, timeoutMs);
  if (own !== undefined) return own;
  // No status: the upstream gave no HTTP answer at all.
  const details = { upstream: { service: profile.service }, logInfo: failure.code };
  switch (failure.kind) {
    case 'timeout':
      return new UpstreamError(
        504,
        'upstream_timeout',
        `${profile.name} did not answer ${purpose} within ${timeoutMs} ms`,
        details,
      );
    case 'garbled':
      return new UpstreamError(
        502,
        'upstream_invalid_response',
        `${profile.name} answered ${purpose} with broken HTTP`,
        details,
      );
    case 'unreachable':
      return new UpstreamError(503, 'upstream_unavailable', `${profile.name} cannot be reached`, details);
  }
}
