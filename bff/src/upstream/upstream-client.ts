import { AppError } from '../errors.js';
import { reportedCall } from './call-report.js';
import type { UpstreamCallReport } from './types.js';
import { apiRootOf } from './client-settings.js';
import { sendUpstream } from './exchange.js';
import { noAnswerError, tooLargeAnswer, unreadableAnswer } from './failure-errors.js';
import { UpstreamFormatError } from './format-error.js';
import { classifyNetworkFailure } from './network-failure.js';
import type { UpstreamAnswer, UpstreamCall, UpstreamClientOptions, UpstreamProfile } from './types.js';
import { UpstreamConnections } from './upstream-dispatcher.js';

/**
 * HTTP to one upstream, the same for every upstream: undici over its own keep-alive pool (or the dispatcher given,
 * which carries the upstream's proxy and CA), one deadline per call covering connect, headers and body, a bounded
 * body, and every failure turned into the BFF's error hierarchy: the profile's error table for statuses, the shared
 * mapping for the rest (failure-errors.ts). Each call is reported to `onCall` once, whatever its outcome.
 */
export class UpstreamClient<C extends UpstreamCall> {
  readonly #apiRoot: string;
  readonly #connections: UpstreamConnections;

  constructor(
    private readonly profile: UpstreamProfile<C>,
    private readonly options: UpstreamClientOptions,
  ) {
    this.#apiRoot = apiRootOf(profile, options);
    this.#connections = new UpstreamConnections(options.dispatcher);
  }

  /** Performs the call and reads an expected answer with `read`; an UpstreamFormatError from `read` becomes a 502. */
  exchange<T>(call: C, read: (answer: UpstreamAnswer) => T): Promise<T> {
    let timedOut = false;
    const outcomeOf = (error: unknown): UpstreamCallReport['outcome'] => {
      if (timedOut) return 'timeout';
      return error instanceof AppError && error.status >= 400 && error.status < 500 ? 'refused' : 'error';
    };
    return reportedCall(call.operation, this.options.onCall, outcomeOf, async (answered) => {
      const answer = await this.send(call, () => {
        timedOut = true;
      });
      answered(answer.status);
      if (!call.expectedStatus.includes(answer.status)) throw this.profile.errors.forStatus(answer, call);
      try {
        return read(answer);
      } catch (error) {
        if (error instanceof UpstreamFormatError) throw unreadableAnswer(this.profile, answer, call, error.message);
        throw error;
      }
    });
  }

  /** Closes the keep-alive Agent the client made itself; a dispatcher passed in belongs to the caller. */
  close(): Promise<void> {
    return this.#connections.close();
  }

  private send(call: C, onTimeout: () => void): Promise<UpstreamAnswer> {
    const { profile, options } = this;
    const contentType =
      profile.charset === undefined ? profile.mediaType : `${profile.mediaType}; charset=${profile.charset}`;
    return sendUpstream({
      url: `${this.#apiRoot}${call.path}`,
      method: call.method,
      headers: {
        Accept: profile.mediaType,
        ...(call.body === undefined ? {} : { 'Content-Type': contentType }),
        ...call.headers,
      },
      ...(call.body === undefined ? {} : { body: call.body }),
      timeoutMs: options.timeoutMs,
      maxBodyBytes: profile.maxBodyBytes,
      dispatcher: this.#connections.dispatcher,
      tooLarge: (status) => tooLargeAnswer(profile, status, call.purpose),
      networkFailure: (error, deadline) => {
        const failure = classifyNetworkFailure(error, deadline);
        if (failure === undefined) return undefined;
        if (failure.kind === 'timeout') onTimeout();
        return noAnswerError(profile, failure, call.purpose, options.timeoutMs);
      },
    });
  }
}
