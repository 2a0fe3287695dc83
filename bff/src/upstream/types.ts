import type { IncomingHttpHeaders } from 'node:http';
import type { Dispatcher } from 'undici';
import type { UpstreamErrorDetail } from '../../../shared/errors.js';
import type { AppError, UpstreamError } from '../errors.js';

/** Which upstream, as errors and metrics name it. */
export type UpstreamService = UpstreamErrorDetail['service'];

/** What came back from an upstream: status, the body as text (bounded), and the headers the caller reads. */
export interface UpstreamAnswer {
  readonly status: number;
  readonly body: string;
  readonly headers: IncomingHttpHeaders;
}

/** One call to an upstream's API. A profile may add what its error table needs (the secret sent, a conflict code). */
export interface UpstreamCall {
  /** For metrics: `getUser`, `getRegistration`, `searchActivities`… */
  readonly operation: string;
  /** For messages: what was asked, "the state change". */
  readonly purpose: string;
  readonly method: 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';
  /** Below the API root, segments and query already encoded. */
  readonly path: string;
  /** This call's own headers (Authorization, requestId…), on top of the profile's. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent with the profile's content type. */
  readonly body?: string;
  /** Any other status is a failure, mapped by the profile's error table. */
  readonly expectedStatus: readonly number[];
}

/** Why an upstream call got no usable answer, with the network code for the log. */
export interface NetworkFailure {
  readonly kind: 'timeout' | 'garbled' | 'unreachable';
  /** The network code, or `deadline` when the client's own deadline fired. */
  readonly code: string;
}

/** The part of an upstream's failures that is its own; everything else is mapped alike for every upstream. */
export interface UpstreamErrorTable<C extends UpstreamCall> {
  /** The upstream answered with a status the call does not expect. */
  forStatus(answer: UpstreamAnswer, call: C): AppError;
  /** No usable answer; undefined (or no such entry) for the shared 504/502/503. */
  forNoAnswer?(failure: NetworkFailure, purpose: string, timeoutMs: number): UpstreamError | undefined;
  /** The body as it may reach the server log, without what the call must not leak (whole when absent). */
  loggable?(body: string, call: C): string;
}

/**
 * Everything that makes one upstream client different from another: its name, where its API lives, what it speaks
 * and its own error table. The exchange itself (deadline, bounded body, pool, failure mapping) is shared.
 */
export interface UpstreamProfile<C extends UpstreamCall = UpstreamCall> {
  readonly service: UpstreamService;
  /** For messages: `Finesse`, `CCE Administration`. */
  readonly name: string;
  /** Below the base URL: `/finesse/api`. */
  readonly apiPath: string;
  /** Prefix of the searchable codes of option errors: `ERR_FINESSE` gives `ERR_FINESSE_BASE_URL`. */
  readonly errorCode: string;
  /** A larger body is not the upstream talking, and is not read any further. */
  readonly maxBodyBytes: number;
  /** The media type asked for (Accept) and, with `charset`, sent (Content-Type). */
  readonly mediaType: 'application/xml' | 'application/json';
  readonly charset?: 'utf-8';
  readonly errors: UpstreamErrorTable<C>;
}

/** One upstream call as metrics see it. */
export interface UpstreamCallReport {
  readonly operation: string;
  /** `refused`: the upstream answered that the request was wrong; `error`: it failed; `timeout`: no answer in time. */
  readonly outcome: 'ok' | 'refused' | 'error' | 'timeout';
  /** The upstream's HTTP status, when it answered at all. */
  readonly status?: number;
  readonly durationMs: number;
}

/** What every upstream client is built with. */
export interface UpstreamClientOptions {
  /** Where the upstream listens, e.g. `https://finesse.example.com:8445`; the API is below it at the profile's path. */
  readonly baseUrl: string;
  /** The most one call may take, connecting and reading the body included. */
  readonly timeoutMs: number;
  /** How to reach the upstream (its own pool, proxy and CA); a keep-alive Agent owned by the client when absent. */
  readonly dispatcher?: Dispatcher;
  readonly onCall?: (call: UpstreamCallReport) => void;
}

/** How the BFF reaches one upstream: the proxy it goes through and whom it trusts. */
export interface UpstreamRoute {
  /** PEM of the CA that signed the upstream's certificate; undefined trusts Node's default roots. */
  readonly ca: string | undefined;
  readonly proxy: {
    readonly httpsProxy: string | undefined;
    readonly httpProxy: string | undefined;
    readonly noProxy: string | undefined;
  };
}
