import { reportedCall } from '../http/upstream-call-report.js';
import { UpstreamConnections, headerText, sendUpstream } from '../http/upstream-request.js';
import type { ContextAnswer } from './context-error-mapping.js';
import { errorForAnswer, outcomeOf, tooLargeAnswer, unreadableAnswer } from './context-error-mapping.js';
import { ContextFormatError } from './context-errors.js';
import { errorForNetworkFailure } from './network-failure.js';
import type { ContextServiceOptions } from './types.js';

/** A search page holds at most 200 small objects; a larger body is not the store talking, and is not read further. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** One call to the Context Service REST API. */
export interface ContextCall {
  /** For metrics: `getCustomer`, `searchActivities`… */
  readonly operation: string;
  /** For messages: what was asked, "the customer". */
  readonly purpose: string;
  readonly method: 'GET' | 'POST' | 'PUT';
  /** Below `/context/v1`, segments and query already encoded. */
  readonly path: string;
  /** Sent as JSON. */
  readonly body?: unknown;
  /** False only for ping, which the store serves without a token. */
  readonly authorized: boolean;
  readonly expectedStatus: readonly number[];
  /** The ConflictError code a 409 becomes (`stale_customer`…). */
  readonly conflictCode?: string;
}

/** An expected answer: its JSON (undefined when the body was empty) and the search total, when sent. */
export interface ContextReply {
  readonly status: number;
  readonly json: unknown;
  readonly totalHits: number | undefined;
}

function parseReply(answer: ContextAnswer & { totalHits: string | undefined }, purpose: string): ContextReply {
  let json: unknown;
  try {
    json = answer.body.trim() === '' ? undefined : JSON.parse(answer.body);
  } catch {
    throw unreadableAnswer(answer, purpose, 'not JSON');
  }
  const total = answer.totalHits !== undefined && /^[0-9]{1,9}$/.test(answer.totalHits) ? Number(answer.totalHits) : undefined;
  return { status: answer.status, json, totalHits: total };
}

/**
 * HTTP to the Context Service: undici over a keep-alive Agent (or the dispatcher given), one deadline per call covering
 * connect, headers and body, the bearer token and lab-mode header, and every failure turned into the BFF's error
 * hierarchy. Each call is reported to `onCall` once, whatever its outcome.
 */
export class ContextTransport {
  private readonly connections: UpstreamConnections;

  constructor(
    private readonly apiBase: string,
    private readonly options: Pick<ContextServiceOptions, 'token' | 'labMode' | 'timeoutMs' | 'dispatcher' | 'onCall'>,
  ) {
    this.connections = new UpstreamConnections(options.dispatcher);
  }

  /** Performs the call and reads the answer with `read`; a ContextFormatError from `read` becomes a 502. */
  exchange<T>(call: ContextCall, read: (reply: ContextReply) => T): Promise<T> {
    return reportedCall(call.operation, this.options.onCall, outcomeOf, async (answered) => {
      const answer = await this.send(call);
      answered(answer.status);
      if (!call.expectedStatus.includes(answer.status)) throw errorForAnswer(answer, call.purpose, call.conflictCode ?? 'context_conflict');
      return readReply(answer, parseReply(answer, call.purpose), call.purpose, read);
    });
  }

  /** Closes the keep-alive Agent the transport made itself; a dispatcher passed in belongs to the caller. */
  close(): Promise<void> {
    return this.connections.close();
  }

  private async send(call: ContextCall): Promise<ContextAnswer & { totalHits: string | undefined }> {
    const headers: Record<string, string> = { Accept: 'application/json', 'cisco-context-labmode': String(this.options.labMode) };
    if (call.authorized) headers.Authorization = `Bearer ${this.options.token}`;
    if (call.body !== undefined) headers['Content-Type'] = 'application/json';
    const answer = await sendUpstream({
      url: `${this.apiBase}${call.path}`,
      method: call.method,
      headers,
      ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
      timeoutMs: this.options.timeoutMs,
      maxBodyBytes: MAX_BODY_BYTES,
      dispatcher: this.connections.dispatcher,
      tooLarge: (status) => tooLargeAnswer(status, call.purpose, MAX_BODY_BYTES),
      networkFailure: (error, timedOut) => errorForNetworkFailure(error, timedOut, call.purpose, this.options.timeoutMs),
    });
    return { status: answer.status, body: answer.body, retryAfter: headerText(answer.headers, 'retry-after'), totalHits: headerText(answer.headers, 'x-total-hits') };
  }
}

function readReply<T>(answer: ContextAnswer, reply: ContextReply, purpose: string, read: (reply: ContextReply) => T): T {
  try {
    return read(reply);
  } catch (error) {
    if (error instanceof ContextFormatError) throw unreadableAnswer(answer, purpose, error.message);
    throw error;
  }
}
