import { UpstreamError } from '../errors.js';
import { classifyNetworkFailure } from '../http/network-failure.js';
import { ContextTimeoutError, ContextUnavailableError } from './context-errors.js';

/**
 * A Context Service call that got no usable answer, as the BFF's error (undefined for a programming error, which the
 * caller rethrows). Messages hold no URL, header or token.
 */
export function errorForNetworkFailure(error: unknown, timedOut: boolean, purpose: string, timeoutMs: number): UpstreamError | undefined {
  const failure = classifyNetworkFailure(error, timedOut);
  switch (failure?.kind) {
    case undefined:
      return undefined;
    case 'timeout':
      return new ContextTimeoutError(purpose, timeoutMs, failure.code);
    case 'garbled':
      return new UpstreamError(502, 'upstream_invalid_response', `Context Service answered ${purpose} with broken HTTP`, { upstream: { service: 'context' }, logInfo: failure.code });
    case 'unreachable':
      return new ContextUnavailableError('unreachable', 'Context Service cannot be reached', { logInfo: failure.code });
  }
}
