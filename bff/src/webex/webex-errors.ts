import { AppError, UpstreamError, UpstreamRefusedError } from '../errors.js';
import type { UpstreamAnswer, UpstreamCall, UpstreamErrorTable } from '../upstream/types.js';

/**
 * Webex Contact Center's failures as the BFF's errors, with Webex's own reason. Webex answers in three shapes
 * (reference webex-contact-center.md §1.8): the data APIs' `{ trackingId, error: { key, message: [{ description }] } }`,
 * the configuration APIs' `{ status, message, errors: [...], trackingId }`, and the gateway's 429
 * `{ code: 429, message, trackingId }`.
 */

/** Webex answered 401: the token lapsed or was revoked. The client refreshes once and tries again. */
export class WebexUnauthorizedAnswer extends AppError {
  readonly status = 503;
  readonly code = 'webex_not_connected';
}

/** Webex's gateway answered 429: the request was not processed; it may be sent again after `retryAfterSeconds`. */
export class WebexRateLimitedAnswer extends UpstreamError {
  constructor(message: string, retryAfterSeconds: number, details: AppError['details']) {
    super(503, 'upstream_unavailable', message, details, retryAfterSeconds);
  }
}

/** When Webex sends no usable Retry-After with a 429 (the OpenAPI says it "should be present"). */
const DEFAULT_RETRY_AFTER_SECONDS = 60;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Webex's reason from any of its three error bodies, or undefined when the body is none of them. */
export function webexReasonOf(body: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  return webexReasonIn(parsed);
}

/** Webex's reason in an error body already parsed (a bulk item's `apiError`), or undefined when it is none. */
export function webexReasonIn(parsed: unknown): string | undefined {
  if (!isRecord(parsed)) return undefined;
  const { error, errors, message } = parsed;
  if (isRecord(error) && Array.isArray(error.message)) {
    const descriptions = error.message.flatMap((item: unknown) =>
      isRecord(item) && typeof item.description === 'string' ? [item.description] : [],
    );
    if (descriptions.length > 0) return descriptions.join('; ');
  }
  if (Array.isArray(errors)) {
    const texts = errors.filter((item): item is string => typeof item === 'string');
    if (texts.length > 0) return texts.join('; ');
  }
  return typeof message === 'string' ? message : undefined;
}

/** `Retry-After` in seconds (Webex sends seconds); Webex's silence is read as a minute, its budget's window. */
export function retryAfterSecondsOf(answer: UpstreamAnswer): number {
  const header = answer.headers['retry-after'];
  const seconds = Number(Array.isArray(header) ? header[0] : header);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : DEFAULT_RETRY_AFTER_SECONDS;
}

const SHORT_REASON = 300;

export const WEBEX_ERRORS: UpstreamErrorTable<UpstreamCall> = {
  forStatus(answer, call) {
    const reason = webexReasonOf(answer.body)?.slice(0, SHORT_REASON);
    const upstream = {
      service: 'webex' as const,
      status: answer.status,
      ...(reason === undefined ? {} : { message: reason }),
    };
    const because = reason === undefined ? '' : `: ${reason}`;
    const details = { upstream, logInfo: `Webex Contact Center answered ${answer.status} to ${call.operation}` };
    switch (answer.status) {
      case 401:
        return new WebexUnauthorizedAnswer(
          "Webex Contact Center refused the organization's access token; an administrator must connect it again",
          details,
        );
      case 429:
        return new WebexRateLimitedAnswer(
          `Webex Contact Center is rate limiting ${call.purpose}`,
          retryAfterSecondsOf(answer),
          details,
        );
      case 403:
        return new UpstreamRefusedError(
          403,
          'webex_forbidden',
          `Webex Contact Center does not allow ${call.purpose}${because}`,
          details,
        );
      case 404:
        return new UpstreamRefusedError(
          404,
          'webex_not_found',
          `Webex Contact Center does not know ${call.purpose}${because}`,
          details,
        );
      case 409:
      case 412:
        return new UpstreamRefusedError(
          409,
          'webex_conflict',
          `Webex Contact Center refused ${call.purpose}${because}`,
          details,
        );
      default:
        if (answer.status >= 400 && answer.status < 500)
          return new UpstreamRefusedError(
            400,
            'webex_refused',
            `Webex Contact Center refused ${call.purpose}${because}`,
            details,
          );
        return new UpstreamError(
          answer.status === 503 ? 503 : 502,
          'upstream_unavailable',
          `Webex Contact Center failed ${call.purpose}${because}`,
          details,
        );
    }
  },
};
