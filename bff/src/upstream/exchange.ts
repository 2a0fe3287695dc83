import { request } from 'undici';
import type { Dispatcher } from 'undici';
import type { IncomingHttpHeaders } from 'node:http';
import { AppError } from '../errors.js';
import { readLimitedBody } from './limited-body.js';
import type { UpstreamAnswer, UpstreamCall } from './types.js';

export interface UpstreamRequest {
  readonly url: string;
  readonly method: UpstreamCall['method'];
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  /** One deadline for connect, headers and body. */
  readonly timeoutMs: number;
  /** A larger body is not the upstream talking, and is not read any further. */
  readonly maxBodyBytes: number;
  readonly dispatcher: Dispatcher;
  /** The error for an answer larger than maxBodyBytes. */
  tooLarge(status: number): AppError;
  /** The error for no usable answer (timeout, refused, reset, broken HTTP); undefined rethrows the original. */
  networkFailure(error: unknown, timedOut: boolean): AppError | undefined;
}

/**
 * One HTTP exchange with an upstream (Finesse, CCE Administration, Context Service), the same way for each: undici
 * with one deadline for the whole exchange, a bounded body, and every failure before an answer turned into the
 * upstream's own error by the caller's mapping.
 */
export async function sendUpstream(call: UpstreamRequest): Promise<UpstreamAnswer> {
  const signal = AbortSignal.timeout(call.timeoutMs);
  try {
    const response = await request(call.url, {
      method: call.method,
      headers: call.headers,
      ...(call.body === undefined ? {} : { body: call.body }),
      dispatcher: call.dispatcher,
      signal,
    });
    const body = await readLimitedBody(response, call.maxBodyBytes, () => call.tooLarge(response.statusCode));
    return { status: response.statusCode, body, headers: response.headers };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw call.networkFailure(error, signal.aborted) ?? error;
  }
}

/** A header's first value. */
export function headerText(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}
