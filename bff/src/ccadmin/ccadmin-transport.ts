import { Agent, request } from 'undici';
import type { Dispatcher } from 'undici';
import { readLimitedBody } from '../http/limited-body.js';
import { reportedCall } from '../http/upstream-call-report.js';
import { AppError } from '../errors.js';
import type { CceAdminAnswer } from './ccadmin-error-mapping.js';
import { errorForAnswer, errorForNetworkFailure, outcomeOf, tooLargeAnswer, unreadableAnswer } from './ccadmin-error-mapping.js';
import { CceAdminFormatError } from './ccadmin-errors.js';
import type { CceAdminClientOptions } from './types.js';

/** The registration object is a few hundred bytes; a larger body is not CCE talking, and is not read any further. */
export const MAX_BODY_BYTES = 256 * 1024;

/** One call to CCE Administration's unifiedconfig API. */
export interface CceAdminCall {
  /** For metrics: `getRegistration`, `updateConnectionData`. */
  readonly operation: string;
  /** For messages: what was asked, "the registration change". */
  readonly purpose: string;
  readonly method: 'GET' | 'PUT';
  /** Below `/unifiedconfig/config`, segments and query already encoded. */
  readonly path: string;
  readonly authorization: string;
  readonly body?: string;
  /** A secret inside `body` (connectionData) that must not come back out in a log or a message. */
  readonly secret?: string;
  readonly expectedStatus: readonly number[];
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * HTTP to CCE Administration: undici over a keep-alive Agent (or the dispatcher given), one deadline per call covering
 * connect, headers and body, XML in and out with Basic authentication, and every failure turned into the BFF's error
 * hierarchy. Each call is reported to `onCall` once, whatever its outcome; the report holds no body.
 */
export class CceAdminTransport {
  private readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;

  constructor(
    private readonly apiBase: string,
    private readonly options: Pick<CceAdminClientOptions, 'timeoutMs' | 'dispatcher' | 'onCall'>,
  ) {
    this.ownsDispatcher = options.dispatcher === undefined;
    this.dispatcher = options.dispatcher ?? new Agent({ keepAliveTimeout: 4_000, keepAliveMaxTimeout: 30_000 });
  }

  /** Performs the call and reads an expected answer with `read`; a CceAdminFormatError from `read` becomes a 502. */
  exchange<T>(call: CceAdminCall, read: (answer: CceAdminAnswer) => T): Promise<T> {
    return reportedCall(call.operation, this.options.onCall, outcomeOf, async (answered) => {
      const answer = await this.send(call);
      answered(answer.status);
      if (!call.expectedStatus.includes(answer.status)) throw errorForAnswer(answer, call.purpose, call.secret);
      try {
        return read(answer);
      } catch (error) {
        if (error instanceof CceAdminFormatError) throw unreadableAnswer(answer, call.purpose, error.message);
        throw error;
      }
    });
  }

  /** Closes the keep-alive Agent the transport made itself; a dispatcher passed in belongs to the caller. */
  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.close();
  }

  private async send(call: CceAdminCall): Promise<CceAdminAnswer> {
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    const headers: Record<string, string> = { Accept: 'application/xml', Authorization: call.authorization };
    if (call.body !== undefined) headers['Content-Type'] = 'application/xml; charset=utf-8';
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
