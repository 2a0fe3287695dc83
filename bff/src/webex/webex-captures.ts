import type { Writable } from 'node:stream';
import { request } from 'undici';
import type { Dispatcher } from 'undici';
import { z } from 'zod';
import type { Captures, CapturesRequest } from '../../../shared/api/webex.js';
import { NotFoundError, UpstreamError } from '../errors.js';
import type { WebexApi } from './webex-api.js';
import { readWebexJson } from './webex-json.js';
import type { RecordingLinks } from './recording-links.js';

const CapturesAnswer = z.object({
  data: z.array(
    z.object({
      taskId: z.string(),
      recording: z.array(
        z.object({
          id: z.string(),
          attributes: z.looseObject({
            fileName: z.string(),
            filePath: z.string(),
            startTime: z.number().optional(),
            stopTime: z.number().optional(),
            callType: z.string().optional(),
          }),
        }),
      ),
    }),
  ),
});

/** The headers of a recording passed on to the browser; nothing else of S3's answer is. */
const PASSED_HEADERS = ['content-type', 'content-length', 'content-range', 'accept-ranges'] as const;

export interface RecordingStream {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  pipe(to: Writable): void;
}

export interface WebexCapturesOptions {
  readonly api: WebexApi;
  readonly links: RecordingLinks;
  readonly now: () => number;
  readonly timeoutMs: number;
  readonly dispatcher?: Dispatcher;
}

/**
 * Webex's captures (reference webex-contact-center.md §1.5, `POST /v1/captures/query`) with the signed download URLs
 * replaced by the BFF's own links, and the download itself streamed through the BFF.
 */
export class WebexCaptures {
  constructor(private readonly options: WebexCapturesOptions) {}

  async query(query: CapturesRequest): Promise<Captures> {
    const { taskIds, urlExpiration, includeSegments } = query;
    const answer = await this.options.api.exchange(
      query.orgId,
      (org) => ({
        operation: 'listCaptures',
        purpose: 'the capture query',
        method: 'POST',
        path: '/v1/captures/query',
        body: JSON.stringify({ query: { orgId: org.orgId, taskIds, urlExpiration, includeSegments } }),
        expectedStatus: [200],
      }),
      ({ body: text }) => readWebexJson(CapturesAnswer, text),
    );
    const expiresAt = this.options.now() + urlExpiration * 60_000;
    return {
      captures: answer.data.map(({ taskId, recording }) => ({
        taskId,
        recordings: recording.map(({ id, attributes: { fileName, filePath, startTime, stopTime, callType } }) => ({
          id,
          fileName,
          ...(startTime === undefined ? {} : { startTime }),
          ...(stopTime === undefined ? {} : { stopTime }),
          ...(callType === undefined ? {} : { callType }),
          link: `/api/webex/recordings/${this.options.links.create(filePath, expiresAt)}`,
          expiresAt: new Date(expiresAt).toISOString(),
        })),
      })),
    };
  }

  /** The recording behind a link, from its signed URL (no Authorization header: it is pre-signed), `Range` passed on. */
  async stream(linkId: string, range: string | undefined): Promise<RecordingStream> {
    const signedUrl = this.options.links.signedUrlOf(linkId);
    let answer: Dispatcher.ResponseData;
    try {
      answer = await request(signedUrl, {
        method: 'GET',
        headers: range === undefined ? {} : { range },
        headersTimeout: this.options.timeoutMs,
        bodyTimeout: this.options.timeoutMs,
        ...(this.options.dispatcher === undefined ? {} : { dispatcher: this.options.dispatcher }),
      });
    } catch (error) {
      throw new UpstreamError(503, 'upstream_unavailable', 'The recording store cannot be reached', {
        upstream: { service: 'webex' },
        cause: error,
        logInfo: error instanceof Error ? error.message : 'unknown',
      });
    }
    if (answer.statusCode !== 200 && answer.statusCode !== 206) {
      answer.body.resume();
      if (answer.statusCode === 403 || answer.statusCode === 404)
        throw new NotFoundError('The recording is no longer available');
      throw new UpstreamError(502, 'upstream_invalid_response', 'The recording store failed the download', {
        upstream: { service: 'webex', status: answer.statusCode },
      });
    }
    const headers: Record<string, string> = {};
    for (const name of PASSED_HEADERS) {
      const value = answer.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    return { status: answer.statusCode, headers, pipe: (to) => answer.body.pipe(to) };
  }
}
