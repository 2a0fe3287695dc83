import { createHash } from 'node:crypto';
import express from 'express';
import type { Router } from 'express';
import type { WebexCloud } from '../webex-cloud.js';
import { recordingsOf } from '../model/recordings.js';
import { wavTone } from '../model/wav-tone.js';
import { grantOf, requireScope } from './bearer-auth.js';
import { WebexApiError } from './api-error.js';
import { orgOf } from './org-of.js';

/** A capture query as `POST /v1/captures/query` takes it, once checked. */
interface CaptureQuery {
  readonly taskIds: readonly string[];
  readonly urlExpiration: number;
  readonly includeSegments: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Download URLs live at most an hour (`urlExpiration` ≤ 60 minutes). */
const MAX_URL_EXPIRATION = 60;
/** RecordingQuery states no default for urlExpiration; its example, 30 minutes, is used. */
const DEFAULT_URL_EXPIRATION = 30;

function readCaptureQuery(body: unknown, orgId: string): CaptureQuery {
  const query = typeof body === 'object' && body !== null && 'query' in body ? body.query : undefined;
  if (typeof query !== 'object' || query === null) throw new WebexApiError(400, 'query is required');
  const fields = query as Record<string, unknown>;
  if (fields.orgId !== undefined && fields.orgId !== orgId)
    throw new WebexApiError(403, 'The access token does not give access to this organization');
  const { taskIds, urlExpiration, includeSegments, includeVARecordings } = fields;
  if (!Array.isArray(taskIds) || taskIds.length === 0 || !taskIds.every((id) => typeof id === 'string' && id !== ''))
    throw new WebexApiError(400, 'taskIds must be a non-empty list of task ids');
  if (taskIds.length > 10) throw new WebexApiError(400, 'taskIds accepts at most 10 task ids');
  // RecordingQuery.taskIds: `uniqueItems`, items of format uuid.
  if (new Set(taskIds).size !== taskIds.length) throw new WebexApiError(400, 'taskIds must not repeat a task id');
  if (!taskIds.every((id) => typeof id === 'string' && UUID.test(id)))
    throw new WebexApiError(400, 'taskIds must be task ids (UUIDs)');
  if (urlExpiration !== undefined && (typeof urlExpiration !== 'number' || !Number.isInteger(urlExpiration)))
    throw new WebexApiError(400, 'urlExpiration must be an integer number of minutes');
  if (typeof urlExpiration === 'number' && urlExpiration <= 0)
    throw new WebexApiError(400, 'urlExpiration should be greater than 0');
  if (typeof urlExpiration === 'number' && urlExpiration > MAX_URL_EXPIRATION)
    throw new WebexApiError(400, `urlExpiration should be at most ${MAX_URL_EXPIRATION}`);
  for (const [name, value] of Object.entries({ includeSegments, includeVARecordings })) {
    if (value !== undefined && typeof value !== 'boolean') throw new WebexApiError(400, `${name} must be a boolean`);
  }
  return {
    taskIds: taskIds as string[],
    urlExpiration: typeof urlExpiration === 'number' ? urlExpiration : DEFAULT_URL_EXPIRATION,
    includeSegments: includeSegments === true,
  };
}

/** Where a recording's file is served; the signed query goes after it. */
function filePath(orgId: string, taskId: string, fileName: string): string {
  return `/recordings/${orgId}/${taskId}/${fileName}`;
}

/**
 * `POST /v1/captures/query` (WxCC OpenAPI, List Captures) for up to 10 tasks: each voice task's recordings with a
 * download URL signed for `urlExpiration` minutes; an unknown task answers with empty lists, not an error (partial
 * results are intended). The download itself (`GET /recordings/…`) takes no credentials, as a pre-signed S3 URL does,
 * and answers S3's 403 XML once expired or tampered with.
 */
export function captureRoutes(cloud: WebexCloud): { readonly api: Router; readonly files: Router } {
  const api = express.Router();
  api.post('/v1/captures/query', (request, response) => {
    const grant = grantOf(response);
    requireScope(grant, 'cjp:config', 'cjp:config_read');
    const query = readCaptureQuery(request.body, grant.orgId);
    const org = orgOf(cloud, grant);
    const signedAt = cloud.now();
    const data = query.taskIds.map((taskId) => {
      const task = org.tasks.find((candidate) => candidate.id === taskId);
      const recording = (task ? recordingsOf(task, query.includeSegments) : []).map(
        ({ id, segment, fileName, ...attributes }) => ({
          id,
          segment,
          attributes: {
            fileName,
            filePath: cloud.captureUrls.sign(
              cloud.baseUrl,
              filePath(org.id, taskId, fileName),
              signedAt,
              query.urlExpiration * 60,
            ),
            ...attributes,
            channel1: 'Caller',
            channel2: 'Agent',
            callType: 'main',
            sensitive: false,
          },
        }),
      );
      return { taskId, recording, transcription: [] };
    });
    response.json({ meta: { orgId: org.id, urlExpiration: query.urlExpiration }, data });
  });

  const files = express.Router();
  files.get('/recordings/:orgId/:taskId/:fileName', (request, response) => {
    const refusal = cloud.captureUrls.check(
      request.path,
      new URL(request.originalUrl, 'http://emulator').searchParams,
      cloud.now(),
    );
    const { orgId, taskId, fileName } = request.params;
    const task = cloud.org(orgId)?.tasks.find((candidate) => candidate.id === taskId);
    const known =
      task !== undefined &&
      [true, false].some((segments) =>
        recordingsOf(task, segments).some((recording) => recording.fileName === fileName),
      );
    if (refusal !== undefined || !known) {
      const [code, message] =
        refusal === 'AccessDenied'
          ? ['AccessDenied', 'Request has expired']
          : refusal === undefined
            ? ['NoSuchKey', 'The specified key does not exist.']
            : [
                'SignatureDoesNotMatch',
                'The request signature we calculated does not match the signature you provided.',
              ];
      response
        .status(refusal === undefined ? 404 : 403)
        .type('application/xml')
        .send(
          `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`,
        );
      return;
    }
    const seed = createHash('sha1').update(fileName).digest().readUInt32BE(0);
    response.type('audio/wav').send(wavTone(seed));
  });
  return { api, files };
}
