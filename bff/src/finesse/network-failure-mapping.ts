import type { UpstreamErrorDetail } from '../../../shared/errors.js';
import { UpstreamError } from '../errors.js';
import { classifyNetworkFailure } from '../http/network-failure.js';

/** Which upstream failed, for the gadget to name it; no status, because Finesse gave no HTTP answer at all. */
const NO_ANSWER: UpstreamErrorDetail = { service: 'finesse' };

/**
 * A Finesse call that got no usable answer, as the BFF's error (undefined for a programming error, which the caller
 * rethrows). Messages hold no URL, header or credential.
 */
export function errorForNetworkFailure(error: unknown, timedOut: boolean, purpose: string, timeoutMs: number): UpstreamError | undefined {
  const failure = classifyNetworkFailure(error, timedOut);
  switch (failure?.kind) {
    case undefined:
      return undefined;
    case 'timeout':
      return new UpstreamError(504, 'upstream_timeout', `Finesse did not answer ${purpose} within ${timeoutMs} ms`, { upstream: NO_ANSWER, logInfo: failure.code });
    case 'garbled':
      return new UpstreamError(502, 'upstream_invalid_response', `Finesse answered ${purpose} with broken HTTP`, { upstream: NO_ANSWER, logInfo: failure.code });
    case 'unreachable':
      return new UpstreamError(503, 'upstream_unavailable', 'Finesse cannot be reached', { upstream: NO_ANSWER, logInfo: failure.code });
  }
}
