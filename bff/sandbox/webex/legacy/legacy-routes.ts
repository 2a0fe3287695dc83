import express from 'express';
import type { NextFunction, Request, Response, Router } from 'express';
import type { Org } from '../model/types.js';
import { readAnalyzerQuery } from './analyzer-query.js';
import { hmacAuthentication, tenantOf } from './hmac-auth.js';
import { LegacyApiError, sendLegacyError } from './legacy-errors.js';
import type { LegacyRecord } from './legacy-records.js';
import { carsOf, csrOf } from './legacy-records.js';
import { sendQueryRows, sendRecord } from './record-answer.js';

/** The record types served, with the time field a query's dates compare. */
const RECORD_TYPES: Readonly<
  Record<string, { readonly all: (org: Org) => LegacyRecord[]; readonly time: string; readonly key: string }>
> = {
  csrs: { all: (org: Org) => org.tasks.map((task) => csrOf(task, org)), time: 'cstts', key: 'sid' },
  cars: { all: (org: Org) => org.tasks.flatMap((task) => carsOf(task, org)), time: 'timestamp', key: 'id' },
};

/**
 * The legacy v1 API (`https://rest.wxcc-<region>.cisco.com/aws/api`, Cisco Live lab TECCCT-3001): CSRs and CARs by
 * id (`/csrs/{sid}`, `/cars/{sid}-{timestamp}-{event}`) or by Analyzer query (`?q=<URL-encoded JSON>`), as JSON or,
 * with `Accept: text/csv`, CSV.
 */
export function legacyRoutes(orgs: readonly Org[]): Router {
  const router = express.Router();
  router.use('/aws/api', hmacAuthentication(orgs));

  for (const [type, { all, time, key }] of Object.entries(RECORD_TYPES)) {
    router.get(`/aws/api/${type}`, (request, response) => {
      const q = request.query.q;
      if (typeof q !== 'string' || q === '')
        throw new LegacyApiError(400, 'q (a URL-encoded Analyzer query) is required');
      const query = readAnalyzerQuery(q);
      const matching = all(tenantOf(response)).filter((record) => {
        const at = record[time];
        return typeof at === 'number' && at >= query.dateBegin && at < query.dateEnd && query.matches(record);
      });
      sendQueryRows(request, response, query.columns, matching.slice(0, query.numberOfRecords));
    });

    router.get(`/aws/api/${type}/:id`, (request, response) => {
      const record = all(tenantOf(response)).find((candidate) => candidate[key] === request.params.id);
      if (!record) throw new LegacyApiError(404, `No ${type.slice(0, -1).toUpperCase()} ${request.params.id}`);
      sendRecord(request, response, record);
    });
  }

  router.use('/aws/api', (_request, response) => sendLegacyError(response, 404, 'No such resource'));
  router.use('/aws/api', (error: unknown, _request: Request, response: Response, next: NextFunction) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    if (error instanceof LegacyApiError) sendLegacyError(response, error.status, error.message);
    else sendLegacyError(response, 500, 'Internal error');
  });
  return router;
}
