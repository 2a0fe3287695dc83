import { z } from 'zod';

/**
 * The Webex Contact Center API of the BFF (`/api/webex/…`, issue 11): Webex's reporting, recording and configuration
 * APIs as simplified JSON. Supervisors and administrators read; only administrators write. The tokens, the signed
 * recording URLs and the legacy API key stay in the BFF.
 */

/** The longest span the statistics take from Webex in one call (WxCC OpenAPI: `to − from` < 24 h). */
export const WEBEX_SPAN_MS = 86_400_000;
/** The longest span the BFF splits into several statistics calls. */
export const STATISTICS_MAX_SPAN_MS = 7 * WEBEX_SPAN_MS;

export const ChannelType = z.enum(['telephony', 'chat', 'email', 'social'], {
  error: 'must be telephony, chat, email or social',
});
export type ChannelType = z.infer<typeof ChannelType>;

const epochMs = z.coerce
  .number({ error: 'must be epoch time in milliseconds' })
  .int('must be epoch time in milliseconds')
  .min(0, 'must be epoch time in milliseconds')
  .max(8_640_000_000_000_000);

/** `channelTypes=telephony,chat`: comma-separated, from Webex's enum. */
const channelTypes = z
  .string()
  .max(64)
  .transform((text) => text.split(',').map((name) => name.trim()))
  .pipe(z.array(ChannelType));

/** Comma-separated ids, at most 100 (Webex's limit). */
const idList = z
  .string()
  .max(4096)
  .transform((text) =>
    text
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== ''),
  )
  .pipe(z.array(z.string().max(64)).max(100, 'must name at most 100 ids'));

const span = (query: { from: number; to?: number | undefined }) => query.to === undefined || query.from < query.to;
const SPAN_ERROR = { message: 'must be later than from', path: ['to'] };

/** `GET /api/webex/tasks`: tasks created after `from` and up to `to`; `after` is the `next` of the previous page. */
export const TasksQuery = z
  .strictObject({
    from: epochMs,
    to: epochMs.optional(),
    channelTypes: channelTypes.optional(),
    pageSize: z.coerce.number().int().min(1).max(1000).default(100),
    orgId: z.string().max(64).optional(),
  })
  .refine(span, SPAN_ERROR);
export type TasksQuery = z.infer<typeof TasksQuery>;

export const Task = z.object({
  id: z.string(),
  channelType: z.string(),
  status: z.string(),
  createdTime: z.number(),
  lastUpdatedTime: z.number(),
  owner: z.object({ id: z.string(), name: z.string().optional() }).optional(),
  queue: z.object({ id: z.string(), name: z.string().optional() }).optional(),
  origin: z.string().optional(),
  destination: z.string().optional(),
  direction: z.string().optional(),
  captureRequested: z.boolean().nullable().optional(),
});
export type Task = z.infer<typeof Task>;

/** A page of tasks; `next` is the `from` that asks for the following page (absent on the last one). */
export const TaskPage = z.object({ tasks: z.array(Task), next: z.number().optional() });
export type TaskPage = z.infer<typeof TaskPage>;

/** `GET /api/webex/queues/statistics` and `/agents/statistics`: spans over 24 h are split into several Webex calls. */
export const StatisticsQuery = z
  .strictObject({
    from: epochMs,
    to: epochMs,
    interval: z.enum(['15', '30', '60'], { error: 'must be 15, 30 or 60' }).default('15').transform(Number),
    ids: idList.optional(),
    orgId: z.string().max(64).optional(),
  })
  .refine(span, SPAN_ERROR)
  .refine((query) => query.to - query.from <= STATISTICS_MAX_SPAN_MS, {
    message: 'must be at most 7 days after from',
    path: ['to'],
  });
export type StatisticsQuery = z.infer<typeof StatisticsQuery>;

/** One row of Webex's statistics, passed on as Webex gives it (one per interval and queue or agent). */
export const StatisticsRow = z.looseObject({ intervalStartTime: z.number() });
export type StatisticsRow = z.infer<typeof StatisticsRow>;
export const Statistics = z.object({ rows: z.array(StatisticsRow) });
export type Statistics = z.infer<typeof Statistics>;

/** `GET /api/webex/agents/activities`: under 24 h, paged by `page` (from 0) and `pageSize`. */
export const ActivitiesQuery = z
  .strictObject({
    from: epochMs,
    to: epochMs.optional(),
    agentIds: idList.optional(),
    teamIds: idList.optional(),
    channelTypes: channelTypes.optional(),
    page: z.coerce.number().int().min(0).max(9999).default(0),
    pageSize: z.coerce.number().int().min(1).max(1000).default(100),
    orgId: z.string().max(64).optional(),
  })
  .refine(span, SPAN_ERROR)
  .refine((query) => query.to === undefined || query.to - query.from < WEBEX_SPAN_MS, {
    message: 'must be less than 24 hours after from',
    path: ['to'],
  });
export type ActivitiesQuery = z.infer<typeof ActivitiesQuery>;

export const ActivityPage = z.object({
  activities: z.array(z.looseObject({ agentId: z.string(), startTime: z.number() })),
  page: z.number(),
  nextPage: z.number().optional(),
});
export type ActivityPage = z.infer<typeof ActivityPage>;

/** `POST /api/webex/captures`: up to 10 task ids; links valid for `urlExpiration` minutes (1–60). */
export const CapturesRequest = z.strictObject({
  taskIds: z.array(z.string().min(1).max(64)).min(1).max(10, 'must name at most 10 tasks'),
  urlExpiration: z.number().int().min(1).max(60, 'must be at most 60 minutes').default(10),
  includeSegments: z.boolean().default(false),
  orgId: z.string().max(64).optional(),
});
export type CapturesRequest = z.infer<typeof CapturesRequest>;

/** A recording: `link` is the BFF's own short-lived address, never Webex's signed URL. */
export const Recording = z.object({
  id: z.string(),
  fileName: z.string(),
  startTime: z.number().optional(),
  stopTime: z.number().optional(),
  callType: z.string().optional(),
  link: z.string(),
  expiresAt: z.string(),
});
export type Recording = z.infer<typeof Recording>;
export const Captures = z.object({
  captures: z.array(z.object({ taskId: z.string(), recordings: z.array(Recording) })),
});
export type Captures = z.infer<typeof Captures>;

/** A site as an administrator writes it (Webex's SiteDTO without what Webex owns). */
export const SiteInput = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters'),
  active: z.boolean(),
  multimediaProfileId: z.string().trim().min(1, 'must not be empty').max(64),
  description: z.string().max(255, 'must be at most 255 characters').optional(),
});
export type SiteInput = z.infer<typeof SiteInput>;

export const Site = z.object({
  id: z.string(),
  name: z.string(),
  active: z.boolean(),
  multimediaProfileId: z.string(),
  description: z.string().optional(),
  version: z.number().optional(),
});
export type Site = z.infer<typeof Site>;
export const SiteList = z.object({ sites: z.array(Site) });
export type SiteList = z.infer<typeof SiteList>;

/** The largest CSV upload, and its most rows (besides the header). */
export const SITE_CSV_MAX_BYTES = 1024 * 1024;
export const SITE_CSV_MAX_ROWS = 1000;

/**
 * `POST /api/webex/sites/bulk` (`Content-Type: text/csv`, header `name,active,multimediaProfileId,description`):
 * what was created, what existed already (a second upload creates nothing again), and what was refused and why.
 */
export const SiteBulkReport = z.object({
  created: z.array(z.object({ row: z.number(), name: z.string(), id: z.string() })),
  existing: z.array(z.object({ row: z.number(), name: z.string() })),
  refused: z.array(z.object({ row: z.number(), name: z.string().optional(), reason: z.string() })),
});
export type SiteBulkReport = z.infer<typeof SiteBulkReport>;

/** A legacy record field name: Analyzer's `sid`, `cstts`, `ani__s`, `agentName__s`… */
const LegacyField = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'must be field names such as sid,cstts,ani__s');

/**
 * `GET /api/webex/legacy/csrs` and `/cars`: the legacy v1 records (Analyzer) of a span, the `fields` asked for.
 * Answered as JSON, or as CSV with `Accept: text/csv`.
 */
export const LegacyQuery = z
  .strictObject({
    from: epochMs,
    to: epochMs,
    fields: z
      .string()
      .max(2048)
      .transform((text) => text.split(',').map((field) => field.trim()))
      .pipe(z.array(LegacyField).min(1).max(50)),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  })
  .refine(span, SPAN_ERROR);
export type LegacyQuery = z.infer<typeof LegacyQuery>;

export const LegacyRecords = z.object({ records: z.array(z.record(z.string(), z.string().nullable())) });
export type LegacyRecords = z.infer<typeof LegacyRecords>;

/** A CAR's id: the chain `{session}-{timestamp}-{event}` (the session is the CSR's `sid`). */
export const CarId = z
  .string()
  .regex(/^[0-9A-Za-z-]{1,64}-\d{1,15}-[a-z][a-z-]{0,31}$/, 'must be a CAR id {session}-{timestamp}-{event}');
