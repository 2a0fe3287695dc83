import express from 'express';
import type { Router } from 'express';
import { ActivitiesQuery, CapturesRequest, StatisticsQuery, TasksQuery } from '../../../shared/api/webex.js';
import type { SessionService } from '../services/session-service.js';
import { parseRequest } from '../http/request-validation.js';
import { requireSession, requireSupervisorOrAdministrator } from '../http/session-middleware.js';
import type { WebexReports } from '../webex/webex-reports.js';
import type { WebexCaptures } from '../webex/webex-captures.js';

export interface WebexRouteOptions {
  readonly sessions: SessionService;
  readonly reports: WebexReports;
  readonly captures: WebexCaptures;
}

/**
 * `/api/webex` (issue 11): Webex Contact Center's reports and recordings as simple JSON. Supervisors (Finesse's Supervisor role) and
 * administrators read; agents get 403, no session 401. Without a connected org every route answers 503
 * `webex_not_connected`.
 */
export function webexRoutes(options: WebexRouteOptions): Router {
  const { reports, captures } = options;
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

  router.post('/api/webex/captures', ...readers, async (request, response) => {
    response.set('Cache-Control', 'no-store').json(await captures.query(parseRequest(CapturesRequest, request.body)));
  });

  // No session: an <audio> element cannot send one. The link's random id is the permission, for minutes only.
  router.get('/api/webex/recordings/:linkId', async (request, response) => {
    const recording = await captures.stream(request.params.linkId, request.get('range'));
    response.status(recording.status).set({ ...recording.headers, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
    recording.pipe(response);
  });

  return router;
}
