import { reportedCall } from '../http/upstream-call-report.js';
import { UpstreamConnections, headerText, sendUpstream } from '../http/upstream-request.js';
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

/**
 * HTTP to CCE Administration: undici over a keep-alive Agent (or the dispatcher given), one deadline per call covering
 * connect, headers and body, XML in and out with Basic authentication, and every failure turned into the BFF's error
 * hierarchy. Each call is reported to `onCall` once, whatever its outcome; the report holds no body.
 */
export class CceAdminTransport {
  private readonly connections: UpstreamConnections;

  constructor(
    private readonly apiBase: string,
    private readonly options: Pick<CceAdminClientOptions, 'timeoutMs' | 'dispatcher' | 'onCall'>,
  ) {
    this.connections = new UpstreamConnections(options.dispatcher);
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
  close(): Promise<void> {
    return this.connections.close();
  }

  private async send(call: CceAdminCall): Promise<CceAdminAnswer> {
    const headers: Record<string, string> = { Accept: 'application/xml', Authorization: call.authorization };
    if (call.body !== undefined) headers['Content-Type'] = 'application/xml; charset=utf-8';
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
