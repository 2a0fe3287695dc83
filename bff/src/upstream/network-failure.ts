import type { NetworkFailure } from './types.js';

/** undici's and the OS's codes for "no answer in time". */
const TIMEOUT_CODES = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT',
]);

/** Codes for an answer that is not HTTP the client can read (llhttp's HPE_…, a body cut short, huge headers). */
const GARBLED_CODES = new Set(['UND_ERR_RES_CONTENT_LENGTH_MISMATCH', 'UND_ERR_HEADERS_OVERFLOW']);

/** The error's code, or its cause's, or the first of an AggregateError's (Node's happy-eyeballs connect). */
function codeOf(error: unknown, depth = 0): string | undefined {
  if (typeof error !== 'object' || error === null || depth > 3) return undefined;
  if ('code' in error && typeof error.code === 'string') return error.code;
  if (error instanceof AggregateError) {
    for (const inner of error.errors) {
      const code = codeOf(inner, depth + 1);
      if (code !== undefined) return code;
    }
  }
  return 'cause' in error ? codeOf(error.cause, depth + 1) : undefined;
}

/**
 * Classifies a failed upstream call, the same way for every upstream client. `timedOut` is true when the client's own
 * deadline fired (undici then rejects with the abort reason, which carries no network code). An error without a
 * network code is a programming error: undefined, so that the caller rethrows it as it is.
 */
export function classifyNetworkFailure(error: unknown, timedOut: boolean): NetworkFailure | undefined {
  const code = codeOf(error);
  if (timedOut || (code !== undefined && TIMEOUT_CODES.has(code))) return { kind: 'timeout', code: code ?? 'deadline' };
  if (code === undefined) return undefined;
  if (code.startsWith('HPE_') || GARBLED_CODES.has(code)) return { kind: 'garbled', code };
  return { kind: 'unreachable', code };
}
