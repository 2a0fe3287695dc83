import express from 'express';
import type { Router } from 'express';
import { ActivitiesQuery, StatisticsQuery, TasksQuery } from '../../../shared/api/webex.js';
import type { SessionService } from '../services/session-service.js';
import { parseRequest } from '../http/request-validation.js';
import { requireSession, requireSupervisorOrAdministrator } from '../http/session-middleware.js';
import type { WebexReports } from '../webex/webex-reports.js';

export interface WebexRouteOptions {
  readonly sessions: SessionService;
  readonly reports: WebexReports;
}

/**
 * `/api/webex` (issue 11): Webex Contact Center's reports as simple JSON. Supervisors (Finesse's Supervisor role) and
 * administrators read; agents get 403, no session 401. Without a connected org every route answers 503
 * `webex_not_connected`.
 */
export function webexRoutes(options: WebexRouteOptions): Router {
  const { reports } = options;
  const router = express.Router();
  const readers = [requireSession(options.sessions), requireSupervisorOrAdministrator()];

  router.get('/api/webex/tasks', ...readers, async (request, response) => {
    response.set('Cache-Control', 'no-store').json(await reports.tasks(parseRequest(TasksQuery, request.query, 'query')));
  });

  router.get('/api/webex/queues/statistics', ...readers, async (request, response) => {
    response.set('Cache-Control', 'no-store').json(await reports.statistics('queues', parseRequest(StatisticsQuery, request.query, 'query')));
  });

  router.get('/api/webex/agents/statistics', ...readers, async (request, response) => {
    response.set('Cache-Control', 'no-store').json(await reports.statistics('agents', parseRequest(StatisticsQuery, request.query, 'query')));
  });

  router.get('/api/webex/agents/activities', ...readers, async (request, response) => {
    response.set('Cache-Control', 'no-store').json(await reports.activities(parseRequest(ActivitiesQuery, request.query, 'query')));
  });

  return router;
}
