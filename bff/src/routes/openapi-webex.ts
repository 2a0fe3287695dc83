import type { z } from 'zod';
import {
  ActivitiesQuery,
  ActivityPage,
  Captures,
  CapturesRequest,
  LegacyQuery,
  LegacyRecords,
  Site,
  SiteBulkReport,
  SiteInput,
  SiteList,
  Statistics,
  StatisticsQuery,
  TaskPage,
  TasksQuery,
} from '../../../shared/api/webex.js';
import { ErrorBody, UPSTREAM, json, operation } from './openapi-operation.js';

/** Query parameters from a request schema: each key, required unless optional or defaulted. */
function queryParameters(schema: z.ZodObject): { parameters: Record<string, unknown>[] } {
  return {
    parameters: Object.entries(schema.shape).map(([name, field]) => ({
      name,
      in: 'query',
      required: !(field as z.ZodType).safeParse(undefined).success,
      schema: { type: 'string' },
    })),
  };
}

const pathId = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});

/** Reads of reports and recordings: supervisors and administrators; 503 webex_not_connected without onboarding. */
const READ_ERRORS = [400, 401, 403, 404, ...UPSTREAM];
const WRITE_ERRORS = [400, 401, 403, 404, 409, ...UPSTREAM];

/** `/api/webex/…` in the OpenAPI document (issue 11). */
export function webexPaths(): Record<string, unknown> {
  const read = (summary: string, query: z.ZodObject, schema: z.ZodType) => ({
    ...operation({ summary, response: { status: 200, schema, description: 'OK' }, errors: READ_ERRORS }),
    ...queryParameters(query),
  });
  return {
    '/api/webex/tasks': {
      get: read(
        'Webex tasks created after from (epoch ms) up to to, on the channelTypes asked for; next is the from of the following page (supervisors, administrators)',
        TasksQuery,
        TaskPage,
      ),
    },
    '/api/webex/queues/statistics': {
      get: read(
        'Queue statistics per interval (15, 30 or 60 min); spans over 24 h (up to 7 days) are asked of Webex in several calls and merged',
        StatisticsQuery,
        Statistics,
      ),
    },
    '/api/webex/agents/statistics': {
      get: read(
        'Agent statistics per interval (15, 30 or 60 min); spans over 24 h (up to 7 days) are asked of Webex in several calls and merged',
        StatisticsQuery,
        Statistics,
      ),
    },
    '/api/webex/agents/activities': {
      get: read('Agent activities of a span under 24 h, paged by page and pageSize', ActivitiesQuery, ActivityPage),
    },
    '/api/webex/captures': {
      post: operation({
        summary: "Recordings of up to 10 tasks, each with the BFF's own link, good for urlExpiration minutes (≤ 60)",
        request: CapturesRequest,
        response: { status: 200, schema: Captures, description: 'The captures' },
        errors: READ_ERRORS,
      }),
    },
    '/api/webex/recordings/{linkId}': {
      get: {
        summary:
          'The recording behind a link from /api/webex/captures (audio/wav, Range honoured); the link is the permission, so no session is needed',
        security: [],
        parameters: [pathId('linkId', 'the id from the link')],
        responses: {
          '200': { description: 'audio/wav' },
          '206': { description: 'a range of it' },
          '404': { description: 'Error', content: json(ErrorBody) },
          '410': { description: 'Error', content: json(ErrorBody) },
        },
      },
    },
    '/api/webex/sites': {
      get: operation({
        summary: "The org's sites (supervisors, administrators)",
        response: { status: 200, schema: SiteList, description: 'The sites' },
        errors: READ_ERRORS,
      }),
      post: operation({
        summary: 'Create a site (administrators)',
        request: SiteInput,
        response: { status: 201, schema: Site, description: 'Created' },
        errors: WRITE_ERRORS,
      }),
    },
    '/api/webex/sites/{id}': {
      get: {
        ...operation({
          summary: 'One site (supervisors, administrators)',
          response: { status: 200, schema: Site, description: 'The site' },
          errors: READ_ERRORS,
        }),
        parameters: [pathId('id', 'the site id')],
      },
      put: {
        ...operation({
          summary: 'Change a site (administrators)',
          request: SiteInput,
          response: { status: 200, schema: Site, description: 'The site' },
          errors: WRITE_ERRORS,
        }),
        parameters: [pathId('id', 'the site id')],
      },
    },
    '/api/webex/sites/bulk': {
      post: {
        ...operation({
          summary:
            'Create sites from a CSV (header name,active,multimediaProfileId,description; ≤ 1 MB, ≤ 1000 rows) through the bulk endpoint; existing names are not created again (administrators)',
          response: {
            status: 200,
            schema: SiteBulkReport,
            description: 'What was created, existed, was refused and why',
          },
          errors: [...WRITE_ERRORS, 413, 415],
        }),
        requestBody: { required: true, content: { 'text/csv': { schema: { type: 'string' } } } },
      },
    },
    '/api/webex/legacy/csrs': {
      get: read(
        'Legacy v1 Customer Session Records of a span, the fields asked for; JSON, or CSV with Accept: text/csv',
        LegacyQuery,
        LegacyRecords,
      ),
    },
    '/api/webex/legacy/cars': {
      get: read(
        'Legacy v1 Customer Activity Records of a span, the fields asked for; JSON, or CSV with Accept: text/csv',
        LegacyQuery,
        LegacyRecords,
      ),
    },
    '/api/webex/legacy/csrs/{id}': {
      get: {
        ...operation({
          summary: 'One legacy CSR by its session id',
          response: { status: 200, schema: LegacyRecords, description: 'The record' },
          errors: READ_ERRORS,
        }),
        parameters: [pathId('id', 'the session id (sid)')],
      },
    },
    '/api/webex/legacy/cars/{id}': {
      get: {
        ...operation({
          summary: 'One legacy CAR by its id {session}-{timestamp}-{event}',
          response: { status: 200, schema: LegacyRecords, description: 'The record' },
          errors: READ_ERRORS,
        }),
        parameters: [pathId('id', 'the CAR id')],
      },
    },
  };
}
