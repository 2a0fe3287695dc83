import { reportedCall } from '../http/upstream-call-report.js';
import { UpstreamConnections, headerText, sendUpstream } from '../http/upstream-request.js';
import type { FinesseClientOptions } from './types.js';
import type { FinesseAnswer } from './finesse-error-mapping.js';
import { errorForAnswer, outcomeOf, tooLargeAnswer, unreadableAnswer } from './finesse-error-mapping.js';
import { errorForNetworkFailure } from './network-failure-mapping.js';
import { FinesseFormatError } from './finesse-format-error.js';

/** Finesse objects are small; a larger body is not Finesse talking, and is not read any further. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** One call to the Finesse REST API. */
export interface FinesseRequest {
  /** For metrics: `getUser`, `setState`… */
  readonly operation: string;
  /** For messages: what was asked, "the state change". */
  readonly purpose: string;
  readonly method: 'GET' | 'PUT' | 'POST';
  /** Below `/finesse/api`, its segments already encoded. */
  readonly path: string;
  /** Absent only for SystemInfo, which Finesse serves without authentication. */
  readonly authorization?: string;
  readonly body?: string;
  /** Echoed by Finesse on the response and (per the lab example) in the resulting notification (finesse.md §1). */
  readonly requestId?: string;
  /** GET answers 200; PUT and POST answer 202 with an empty body, the outcome following as a notification. */
  readonly expectedStatus: 200 | 202;
}


/**
 * HTTP to Finesse: undici over a keep-alive Agent (or the dispatcher given, e.g. an EnvHttpProxyAgent), one deadline
 * per call covering connect, headers and body, XML headers, and every failure turned into the BFF's error
 * hierarchy. Each call is reported to `onCall` once, whatever its outcome.
 */
export class FinesseTransport {
  private readonly connections: UpstreamConnections;

  constructor(
    private readonly apiBase: string,
    private readonly options: Pick<FinesseClientOptions, 'timeoutMs' | 'dispatcher' | 'onCall'>,
  ) {
    this.connections = new UpstreamConnections(options.dispatcher);
  }

  /** Performs the call and reads the expected answer with `read`; a FinesseFormatError from `read` becomes a 502. */
  exchange<T>(call: FinesseRequest, read: (body: string) => T): Promise<T> {
    return reportedCall(call.operation, this.options.onCall, outcomeOf, async (answered) => {
      const answer = await this.send(call);
      answered(answer.status);
      if (answer.status !== call.expectedStatus) throw errorForAnswer(answer, call.purpose);
      return readAnswer(answer, call.purpose, read);
    });
  }

  /** Closes the keep-alive Agent the transport made itself; a dispatcher passed in belongs to the caller. */
  close(): Promise<void> {
    return this.connections.close();
  }

  private async send(call: FinesseRequest): Promise<FinesseAnswer> {
    const headers: Record<string, string> = { Accept: 'application/xml' };
    if (call.authorization !== undefined) headers.Authorization = call.authorization;
    if (call.body !== undefined) headers['Content-Type'] = 'application/xml';
    if (call.requestId !== undefined) headers.requestId = call.requestId;
    const answer = await sendUpstream({
      url: `${this.apiBase}${call.path}`,
      method: call.method,
      headers,
      ...(call.body === undefined ? {} : { body: call.body }),
      timeoutMs: this.options.timeoutMs,
      maxBodyBytes: MAX_BODY_BYTES,
      dispatcher: this.connections.dispatcher,
      tooLarge: (status) => tooLargeAnswer(status, call.purpose, MAX_BODY_BYTES),
      networkFailure: (error, timedOut) => errorForNetworkFailure(error, timedOut, call.purpose, this.options.timeoutMs),
    });
    return { status: answer.status, body: answer.body, retryAfter: headerText(answer.headers, 'retry-after') };
  }
}

function readAnswer<T>(answer: FinesseAnswer, purpose: string, read: (body: string) => T): T {
  try {
    return read(answer.body);
  } catch (error) {
    if (error instanceof FinesseFormatError) throw unreadableAnswer(answer, purpose, error.message);
    throw error;
  }
}
