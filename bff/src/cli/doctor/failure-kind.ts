import { AppError } from '../../errors.js';
import { classifyNetworkFailure } from '../../upstream/network-failure.js';
import { DeadlineError } from './doctor-check.js';

/** Node's and OpenSSL's codes for a certificate this host does not trust. */
const CERTIFICATE_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** A network code such as ECONNREFUSED: the only part of an error's server-side detail that is safe to print. */
const NETWORK_CODE = /^[A-Z][A-Z0-9_]{2,}$/;

export interface FailureDescription {
  /** Which advice applies: the certificate, the network (or the deadline), or the answer itself. */
  readonly kind: 'certificate' | 'unreachable' | 'timeout' | 'answered';
  /** One line for the FAILED message, with the network code when there is one. */
  readonly reason: string;
  /** The upstream's HTTP status, when it answered. */
  readonly status?: number;
}

/**
 * Reads a failed check's error the same way for every upstream: the BFF's own errors (whose messages never hold a URL,
 * header or secret) and raw network errors from the WebSocket probe.
 */
export function describeFailure(error: unknown): FailureDescription {
  if (error instanceof DeadlineError)
    return { kind: 'timeout', reason: `${error.message} (the doctor's deadline for one check)` };
  if (error instanceof AppError) {
    const logInfo = error.details.logInfo;
    const code = logInfo !== undefined && NETWORK_CODE.test(logInfo) ? logInfo : undefined;
    const status = error.details.upstream?.status;
    const reason = `${error.message}${code === undefined ? '' : ` (${code})`}${status === undefined ? '' : ` (HTTP ${String(status)})`}`;
    if (code !== undefined && CERTIFICATE_CODES.has(code)) return { kind: 'certificate', reason };
    if (status !== undefined) return { kind: 'answered', reason, status };
    if (error.status === 504) return { kind: 'timeout', reason };
    return { kind: error.status === 503 ? 'unreachable' : 'answered', reason };
  }
  const network = classifyNetworkFailure(error, false);
  const message = error instanceof Error ? error.message : 'unknown error';
  if (network === undefined) return { kind: 'answered', reason: message };
  if (CERTIFICATE_CODES.has(network.code)) return { kind: 'certificate', reason: `${message} (${network.code})` };
  const reason = message.includes(network.code) ? message : `${message} (${network.code})`;
  return {
    kind: network.kind === 'timeout' ? 'timeout' : network.kind === 'garbled' ? 'answered' : 'unreachable',
    reason,
  };
}
