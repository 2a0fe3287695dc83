import { UpstreamError } from '../errors.js';
import { answerLogInfo, unexpectedStatus } from '../upstream/failure-errors.js';
import { readUpstreamJson } from '../upstream/json-reader.js';
import type { UpstreamAnswer, UpstreamCall, UpstreamProfile } from '../upstream/types.js';
import { WebexGrantRefusedError } from './webex-oauth-errors.js';

/*
 * How Webex's OAuth host (webexapis.com) answers become the BFF's errors (reference webex-contact-center.md §2; the
 * error body is RFC 6749 §5.2's, as Webex does not document its own):
 *
 * | Webex answers                                   | BFF error                                          |
 * |-------------------------------------------------|----------------------------------------------------|
 * | 400 `invalid_grant`                             | WebexGrantRefusedError 400 webex_grant_refused     |
 * | 401 `invalid_client`                            | UpstreamError 502: the integration's id or secret  |
 * | 5xx                                             | UpstreamError 503 upstream_unavailable             |
 * | anything else; no answer                        | the shared mapping (502, 504, 503)                 |
 */

function oauthErrorOf(body: string): { error?: string; description?: string } {
  try {
    const parsed = readUpstreamJson('webex', body);
    if (typeof parsed !== 'object' || parsed === null) return {};
    const { error, error_description: description } = parsed as Record<string, unknown>;
    return {
      ...(typeof error === 'string' ? { error } : {}),
      ...(typeof description === 'string' ? { description } : {}),
    };
  } catch {
    return {};
  }
}

function forStatus(answer: UpstreamAnswer, call: UpstreamCall): UpstreamError | WebexGrantRefusedError {
  const { error, description } = oauthErrorOf(answer.body);
  const upstream = {
    service: 'webex' as const,
    status: answer.status,
    ...(error === undefined ? {} : { type: error }),
  };
  const logInfo = answerLogInfo('Webex', answer, answer.body);
  if (answer.status === 400 && error === 'invalid_grant') {
    return new WebexGrantRefusedError(
      `Webex refused ${call.purpose}${description === undefined ? '' : `: ${description}`}`,
      { upstream, logInfo },
    );
  }
  if (answer.status === 401) {
    return new UpstreamError(
      502,
      'upstream_invalid_response',
      'Webex refused the integration: check WEBEX_CLIENT_ID and WEBEX_CLIENT_SECRET',
      { upstream, logInfo },
    );
  }
  if (answer.status >= 500)
    return new UpstreamError(503, 'upstream_unavailable', `Webex could not answer ${call.purpose} (${answer.status})`, {
      upstream,
      logInfo,
    });
  return unexpectedStatus('Webex', answer, call.purpose, { upstream, logInfo });
}

/** Webex's OAuth host as an upstream: form posts in, JSON out; a token answer is a few hundred bytes. */
export const WEBEX_OAUTH: UpstreamProfile = {
  service: 'webex',
  name: 'Webex',
  apiPath: '',
  errorCode: 'ERR_WEBEX_OAUTH',
  maxBodyBytes: 64 * 1024,
  mediaType: 'application/json',
  errors: { forStatus },
};
