import express from 'express';
import type { Router } from 'express';
import type { WebexCloud } from '../webex-cloud.js';
import { agentActivities } from '../model/agent-activities.js';
import { dataReader } from './bearer-auth.js';
import { WebexApiError } from './api-error.js';
import { orgOf } from './org-of.js';
import { channelTypes, checkSpan, epochMs, idList, integer, requiredEpochMs } from './query-params.js';

/** At most this many records can be paged through for one from/to (WxCC OpenAPI, Get Agent Activities). */
const MAX_RECORDS = 10_000;

/**
 * `GET /v1/agents/activities`: state changes that started after `from` and before `to` (now by default; under 24
 * hours), oldest first, narrowed by `agentIds`, `teamIds` (≤ 100 each) and `channelTypes`, paged by `page` (from 0)
 * and `pageSize` (1–1000, 100 by default) within the first 10 000 records.
 */
export function activityRoutes(cloud: WebexCloud): Router {
  const router = express.Router();
  router.get('/v1/agents/activities', (request, response) => {
    const grant = dataReader(request, response);
    const from = requiredEpochMs(request, 'from');
    const to = epochMs(request, 'to') ?? cloud.now();
    checkSpan(from, to);
    const agentIds = idList(request, 'agentIds');
    const teamIds = idList(request, 'teamIds');
    const channels = channelTypes(request);
    const pageSize = integer(request, 'pageSize', 1, 1000, 100);
    const page = integer(request, 'page', 0, MAX_RECORDS, 0);
    if ((page + 1) * pageSize > MAX_RECORDS)
      throw new WebexApiError(
        400,
        `page must be at most ${Math.floor(MAX_RECORDS / pageSize) - 1} for pageSize ${pageSize}: only ${MAX_RECORDS} records can be read`,
      );
    const matching = agentActivities(orgOf(cloud, grant), from, to).filter(
      (activity) =>
        (agentIds === undefined || agentIds.includes(activity.agentId)) &&
        (teamIds === undefined || teamIds.includes(activity.teamId)) &&
        (channels === undefined || (channels as readonly string[]).includes(activity.channelType)),
    );
    response.json({ meta: { orgId: grant.orgId }, data: matching.slice(page * pageSize, (page + 1) * pageSize) });
  });
  return router;
}
