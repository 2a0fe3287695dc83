import express from 'express';
import type { Router } from 'express';
import type { WebexCloud } from '../webex-cloud.js';
import { dataReader } from './bearer-auth.js';
import { channelTypes, checkOrder, epochMs, integer, requiredEpochMs } from './query-params.js';
import { orgOf } from './org-of.js';
import { taskJson } from './task-json.js';

/**
 * `GET /v1/tasks` (WxCC OpenAPI, Get Tasks): tasks created after `from` and up to `to` (now by default), on the
 * `channelTypes` asked for, oldest first, at most `pageSize` (1–1000, 100 by default). The operation has no page
 * parameter although its text speaks of offset paging, so the next page is asked for with `from` = the last task's
 * `createdTime` (no two demo tasks share one).
 */
export function taskRoutes(cloud: WebexCloud): Router {
  const router = express.Router();
  router.get('/v1/tasks', (request, response) => {
    const grant = dataReader(request, response);
    const from = requiredEpochMs(request, 'from');
    const to = epochMs(request, 'to') ?? cloud.now();
    checkOrder(from, to);
    const channels = channelTypes(request);
    const pageSize = integer(request, 'pageSize', 1, 1000, 100);
    const tasks = orgOf(cloud, grant)
      .tasks.filter(
        (task) =>
          task.createdTime > from &&
          task.createdTime <= to &&
          (channels === undefined || channels.includes(task.channelType)),
      )
      .slice(0, pageSize);
    response.json({ meta: { orgId: grant.orgId }, data: tasks.map(taskJson) });
  });
  return router;
}
