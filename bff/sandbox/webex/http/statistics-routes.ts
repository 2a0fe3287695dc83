import express from 'express';
import type { Request, Response, Router } from 'express';
import type { WebexCloud } from '../webex-cloud.js';
import { agentStatistics } from '../model/agent-statistics.js';
import { intervalStarts } from '../model/intervals.js';
import { queueStatistics } from '../model/queue-statistics.js';
import type { Org } from '../model/types.js';
import { dataReader } from './bearer-auth.js';
import { orgOf } from './org-of.js';
import { checkSpan, idList, intervalMinutes, requiredEpochMs } from './query-params.js';

interface Window {
  readonly org: Org;
  readonly starts: readonly number[];
  readonly minutes: number;
}

/** The parameters both statistics share: `from` and `to` required, under 24 hours apart; `interval` 15, 30 or 60. */
function statisticsWindow(cloud: WebexCloud, request: Request, response: Response): Window {
  const grant = dataReader(request, response);
  const from = requiredEpochMs(request, 'from');
  const to = requiredEpochMs(request, 'to');
  checkSpan(from, to);
  const minutes = intervalMinutes(request);
  return { org: orgOf(cloud, grant), starts: intervalStarts(from, to, minutes), minutes };
}

/**
 * `GET /v1/queues/statistics` and `GET /v1/agents/statistics` (WxCC OpenAPI): one row per interval and queue (or
 * agent), intervals that saw nothing included with zeros, `queueIds` / `agentIds` (≤ 100) narrowing the rows.
 */
export function statisticsRoutes(cloud: WebexCloud): Router {
  const router = express.Router();

  router.get('/v1/queues/statistics', (request, response) => {
    const { org, starts, minutes } = statisticsWindow(cloud, request, response);
    const queueIds = idList(request, 'queueIds');
    const queues = org.queues.filter((queue) => queueIds === undefined || queueIds.includes(queue.id));
    const data = starts.flatMap((start) =>
      queues.map((queue) => queueStatistics(queue, org.tasks, start, start + minutes * 60_000)),
    );
    response.json({ meta: { orgId: org.id }, data });
  });

  router.get('/v1/agents/statistics', (request, response) => {
    const { org, starts, minutes } = statisticsWindow(cloud, request, response);
    const agentIds = idList(request, 'agentIds');
    const agents = org.agents.filter((agent) => agentIds === undefined || agentIds.includes(agent.id));
    const data = starts.flatMap((start) =>
      agents.map((agent) => agentStatistics(agent, org.tasks, start, start + minutes * 60_000)),
    );
    response.json({ meta: { orgId: org.id }, data });
  });

  return router;
}
