import { Agent, request } from 'undici';
import type { Dispatcher } from 'undici';
import { readLimitedBody } from '../http/limited-body.js';
import { reportedCall } from '../http/upstream-call-report.js';
import { AppError } from '../errors.js';
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


function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * HTTP to Finesse: undici over a keep-alive Agent (or the dispatcher given, e.g. an EnvHttpProxyAgent), one deadline
 * per call covering connect, headers and body, XML headers, and every failure turned into the BFF's error
 * hierarchy. Each call is reported to `onCall` once, whatever its outcome.
 */
export class FinesseTransport {
  private readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;

  constructor(
    private readonly apiBase: string,
    private readonly options: Pick<FinesseClientOptions, 'timeoutMs' | 'dispatcher' | 'onCall'>,
  ) {
    this.ownsDispatcher = options.dispatcher === undefined;
    // Idle sockets close after 4 s, well before Tomcat's own keep-alive timeout, so none is reused as it closes.
    this.dispatcher = options.dispatcher ?? new Agent({ keepAliveTimeout: 4_000, keepAliveMaxTimeout: 30_000 });
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
  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.close();
  }

  private async send(call: FinesseRequest): Promise<FinesseAnswer> {
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    const headers: Record<string, string> = { Accept: 'application/xml' };
    if (call.authorization !== undefined) headers.Authorization = call.authorization;
    if (call.body !== undefined) headers['Content-Type'] = 'application/xml';
    if (call.requestId !== undefined) headers.requestId = call.requestId;
    try {
      const response = await request(`${this.apiBase}${call.path}`, {
        method: call.method,
        headers,
        ...(call.body === undefined ? {} : { body: call.body }),
        dispatcher: this.dispatcher,
        signal,
      });
      const body = await readLimitedBody(response, MAX_BODY_BYTES, () => tooLargeAnswer(response.statusCode, call.purpose, MAX_BODY_BYTES));
      return { status: response.statusCode, body, retryAfter: headerText(response.headers['retry-after']) };
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw errorForNetworkFailure(error, signal.aborted, call.purpose, this.options.timeoutMs) ?? error;
    }
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
