import express from 'express';
import { z } from 'zod';
import type { Router } from 'express';
import { ActivitiesQuery, CapturesRequest, SITE_CSV_MAX_BYTES, SiteInput, StatisticsQuery, TasksQuery } from '../../../shared/api/webex.js';
import type { SessionService } from '../services/session-service.js';
import { parseRequest } from '../http/request-validation.js';
import { requireRole, requireSession, requireSupervisorOrAdministrator } from '../http/session-middleware.js';
import { UnsupportedMediaTypeError } from '../errors.js';
import type { WebexReports } from '../webex/webex-reports.js';
import type { WebexCaptures } from '../webex/webex-captures.js';
import type { WebexSites } from '../webex/webex-sites.js';

export interface WebexRouteOptions {
  readonly sessions: SessionService;
  readonly reports: WebexReports;
  readonly captures: WebexCaptures;
  readonly sites: WebexSites;
}

/** The site id in a path: Webex's ids are UUIDs; anything else cannot name a site. */
const SiteId = z.string().min(1).max(64).regex(/^[A-Za-z0-9-]+$/, 'must be a site id');
const OrgQuery = z.strictObject({ orgId: z.string().max(64).optional() });

/**
 * `/api/webex` (issue 11): Webex Contact Center's reports and recordings as simple JSON. Supervisors (Finesse's Supervisor role) and
 * administrators read; agents get 403, no session 401. Without a connected org every route answers 503
 * `webex_not_connected`.
 */
export function webexRoutes(options: WebexRouteOptions): Router {
  const { reports, captures, sites } = options;
  const router = express.Router();
  const readers = [requireSession(options.sessions), requireSupervisorOrAdministrator()];
  const writers = [requireSession(options.sessions), requireRole('administrator')];

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

  router.get('/api/webex/sites', ...readers, async (request, response) => {
    response.set('Cache-Control', 'no-store').json(await sites.list(parseRequest(OrgQuery, request.query, 'query').orgId));
  });

  router.get('/api/webex/sites/:id', ...readers, async (request, response) => {
    const id = parseRequest(z.object({ id: SiteId }), request.params).id;
    response.set('Cache-Control', 'no-store').json(await sites.get(id, parseRequest(OrgQuery, request.query, 'query').orgId));
  });

  router.post('/api/webex/sites', ...writers, async (request, response) => {
    response.status(201).json(await sites.create(parseRequest(SiteInput, request.body), parseRequest(OrgQuery, request.query, 'query').orgId));
  });

  // Before the JSON :id route would read "bulk" as an id.
  router.post('/api/webex/sites/bulk', ...writers, express.text({ type: 'text/csv', limit: SITE_CSV_MAX_BYTES }), async (request, response) => {
    if (!request.is('text/csv')) throw new UnsupportedMediaTypeError('Send the sites as Content-Type: text/csv');
    response.json(await sites.bulkCreate(String(request.body), parseRequest(OrgQuery, request.query, 'query').orgId));
  });

  router.put('/api/webex/sites/:id', ...writers, async (request, response) => {
    const id = parseRequest(z.object({ id: SiteId }), request.params).id;
    response.json(await sites.update(id, parseRequest(SiteInput, request.body), parseRequest(OrgQuery, request.query, 'query').orgId));
  });

  // No session: an <audio> element cannot send one. The link's random id is the permission, for minutes only.
  router.get('/api/webex/recordings/:linkId', async (request, response) => {
    const recording = await captures.stream(request.params.linkId, request.get('range'));
    response.status(recording.status).set({ ...recording.headers, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
    recording.pipe(response);
  });

  return router;
}
