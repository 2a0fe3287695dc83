import express from 'express';
import { z } from 'zod';
import type { Router } from 'express';
import {
  ActivitiesQuery,
  CapturesRequest,
  CarId,
  LegacyQuery,
  SITE_CSV_MAX_BYTES,
  SiteInput,
  StatisticsQuery,
  TasksQuery,
} from '../../../shared/api/webex.js';
import type { SessionService } from '../services/session-service.js';
import { parseRequest } from '../http/request-validation.js';
import { requireRole, requireSession, requireSupervisorOrAdministrator } from '../http/session-middleware.js';
import { UnsupportedMediaTypeError } from '../errors.js';
import type { WebexReports } from '../webex/webex-reports.js';
import type { WebexCaptures } from '../webex/webex-captures.js';
import type { WebexSites } from '../webex/webex-sites.js';
import type { LegacyRecordsClient } from '../webex/legacy-records.js';
import { writeCsv } from '../webex/csv-writer.js';
import type { LegacyRecords } from '../../../shared/api/webex.js';
import type { Request, Response } from 'express';

export interface WebexRouteOptions {
  readonly sessions: SessionService;
  readonly reports: WebexReports;
  readonly captures: WebexCaptures;
  readonly sites: WebexSites;
  readonly legacy: LegacyRecordsClient;
}

/** JSON, or CSV (a header of the field names) when the caller prefers `text/csv`. */
function sendRecords(request: Request, response: Response, answer: LegacyRecords, fields?: readonly string[]): void {
  response.set('Cache-Control', 'no-store');
  if (request.accepts(['application/json', 'text/csv']) !== 'text/csv') {
    response.json(answer);
    return;
  }
  response.type('text/csv').send(writeCsv(fields ?? Object.keys(answer.records[0] ?? {}), answer.records));
}

const SessionId = z.object({ id: z.string().regex(/^[0-9A-Za-z-]{1,64}$/, 'must be a session id') });

/** The site id in a path: Webex's ids are UUIDs; anything else cannot name a site. */
const SiteId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9-]+$/, 'must be a site id');
const OrgQuery = z.strictObject({ orgId: z.string().max(64).optional() });

/**
 * `/api/webex` (issue 11): Webex Contact Center's reports and recordings as simple JSON. Supervisors (Finesse's Supervisor role) and
 * administrators read; agents get 403, no session 401. Without a connected org every route answers 503
 * `webex_not_connected`.
 */
export function webexRoutes(options: WebexRouteOptions): Router {
  const { reports, captures, sites, legacy } = options;
  const router = express.Router();
  const readers = [requireSession(options.sessions), requireSupervisorOrAdministrator()];
  const writers = [requireSession(options.sessions), requireRole('administrator')];

  router.get('/api/webex/tasks', ...readers, async (request, response) => {
    response
      .set('Cache-Control', 'no-store')
      .json(await reports.tasks(parseRequest(TasksQuery, request.query, 'query')));
  });

  router.get('/api/webex/queues/statistics', ...readers, async (request, response) => {
    response
      .set('Cache-Control', 'no-store')
      .json(await reports.statistics('queues', parseRequest(StatisticsQuery, request.query, 'query')));
  });

  router.get('/api/webex/agents/statistics', ...readers, async (request, response) => {
    response
      .set('Cache-Control', 'no-store')
      .json(await reports.statistics('agents', parseRequest(StatisticsQuery, request.query, 'query')));
  });

  router.get('/api/webex/agents/activities', ...readers, async (request, response) => {
    response
      .set('Cache-Control', 'no-store')
      .json(await reports.activities(parseRequest(ActivitiesQuery, request.query, 'query')));
  });

  router.post('/api/webex/captures', ...readers, async (request, response) => {
    response.set('Cache-Control', 'no-store').json(await captures.query(parseRequest(CapturesRequest, request.body)));
  });

  router.get('/api/webex/sites', ...readers, async (request, response) => {
    response
      .set('Cache-Control', 'no-store')
      .json(await sites.list(parseRequest(OrgQuery, request.query, 'query').orgId));
  });

  router.get('/api/webex/sites/:id', ...readers, async (request, response) => {
    const id = parseRequest(z.object({ id: SiteId }), request.params).id;
    response
      .set('Cache-Control', 'no-store')
      .json(await sites.get(id, parseRequest(OrgQuery, request.query, 'query').orgId));
  });

  router.post('/api/webex/sites', ...writers, async (request, response) => {
    response
      .status(201)
      .json(
        await sites.create(parseRequest(SiteInput, request.body), parseRequest(OrgQuery, request.query, 'query').orgId),
      );
  });

  // Before the JSON :id route would read "bulk" as an id.
  router.post(
    '/api/webex/sites/bulk',
    ...writers,
    express.text({ type: 'text/csv', limit: SITE_CSV_MAX_BYTES }),
    async (request, response) => {
      if (!request.is('text/csv')) throw new UnsupportedMediaTypeError('Send the sites as Content-Type: text/csv');
      response.json(await sites.bulkCreate(String(request.body), parseRequest(OrgQuery, request.query, 'query').orgId));
    },
  );

  router.put('/api/webex/sites/:id', ...writers, async (request, response) => {
    const id = parseRequest(z.object({ id: SiteId }), request.params).id;
    response.json(
      await sites.update(
        id,
        parseRequest(SiteInput, request.body),
        parseRequest(OrgQuery, request.query, 'query').orgId,
      ),
    );
  });

  for (const type of ['csrs', 'cars'] as const) {
    router.get(`/api/webex/legacy/${type}`, ...readers, async (request, response) => {
      const query = parseRequest(LegacyQuery, request.query, 'query');
      sendRecords(request, response, await legacy.query(type, query), query.fields);
    });
  }

  router.get('/api/webex/legacy/csrs/:id', ...readers, async (request, response) => {
    sendRecords(request, response, await legacy.record('csrs', parseRequest(SessionId, request.params).id));
  });

  router.get('/api/webex/legacy/cars/:id', ...readers, async (request, response) => {
    sendRecords(
      request,
      response,
      await legacy.record('cars', parseRequest(z.object({ id: CarId }), request.params).id),
    );
  });

  // No session: an <audio> element cannot send one. The link's random id is the permission, for minutes only.
  router.get('/api/webex/recordings/:linkId', async (request, response) => {
    const recording = await captures.stream(request.params.linkId, request.get('range'));
    response
      .status(recording.status)
      .set({ ...recording.headers, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
    recording.pipe(response);
  });

  return router;
}
