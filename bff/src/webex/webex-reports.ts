import { z } from 'zod';
import { Task, WEBEX_SPAN_MS } from '../../../shared/api/webex.js';
import type {
  ActivitiesQuery,
  ActivityPage,
  Statistics,
  StatisticsQuery,
  StatisticsRow,
  TaskPage,
  TasksQuery,
} from '../../../shared/api/webex.js';
import type { WebexApi } from './webex-api.js';
import { queryOf, readWebexJson } from './webex-json.js';

const TaskAnswer = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      // Webex's attributes as the BFF answers them; unknown ones are dropped (Webex adds some over time).
      attributes: Task.omit({ id: true }),
    }),
  ),
});

const RowsAnswer = z.object({ data: z.array(z.looseObject({ intervalStartTime: z.number() })) });
const ActivitiesAnswer = z.object({ data: z.array(z.looseObject({ agentId: z.string(), startTime: z.number() })) });

export type StatisticsKind = 'queues' | 'agents';
const STATISTICS: Readonly<
  Record<StatisticsKind, { readonly path: string; readonly ids: string; readonly key: string }>
> = {
  queues: { path: '/v1/queues/statistics', ids: 'queueIds', key: 'queueId' },
  agents: { path: '/v1/agents/statistics', ids: 'agentIds', key: 'agentId' },
};

/**
 * Webex Contact Center's reporting APIs (reference webex-contact-center.md §1.1–1.4) as the BFF's simpler JSON:
 * tasks paged by `from`, statistics over spans Webex does not take at once, agent activities paged.
 */
export class WebexReports {
  constructor(private readonly api: WebexApi) {}

  /**
   * `GET /v1/tasks`. Webex documents no page parameter; its answer is oldest first, so the next page starts after
   * the last task's `createdTime` ("created after from").
   */
  async tasks(query: TasksQuery): Promise<TaskPage> {
    const path = `/v1/tasks${queryOf({ from: query.from, to: query.to, channelTypes: query.channelTypes, pageSize: query.pageSize })}`;
    const answer = await this.api.exchange(
      query.orgId,
      () => ({ operation: 'getTasks', purpose: 'the task search', method: 'GET', path, expectedStatus: [200] }),
      ({ body }) => readWebexJson(TaskAnswer, body),
    );
    const tasks = answer.data.map(({ id, attributes }) => ({ id, ...attributes }));
    const last = tasks.at(-1);
    return { tasks, ...(tasks.length === query.pageSize && last !== undefined ? { next: last.createdTime } : {}) };
  }

  /**
   * `GET /v1/queues/statistics` or `/v1/agents/statistics`. Webex takes under 24 h per call and rounds `from` and
   * `to` down to the quarter hour, so a longer span is asked for in consecutive windows that start on the interval
   * and are one interval short of a day; the rows are merged in time order.
   */
  async statistics(kind: StatisticsKind, query: StatisticsQuery): Promise<Statistics> {
    const { path, ids, key } = STATISTICS[kind];
    const rows: StatisticsRow[] = [];
    for (const window of windowsOf(query.from, query.to, query.interval)) {
      const url = `${path}${queryOf({ from: window.from, to: window.to, interval: query.interval, [ids]: query.ids })}`;
      const answer = await this.api.exchange(
        query.orgId,
        () => ({
          operation: `get${kind === 'queues' ? 'Queue' : 'Agent'}Statistics`,
          purpose: `the ${kind.slice(0, -1)} statistics`,
          method: 'GET',
          path: url,
          expectedStatus: [200],
        }),
        ({ body }) => readWebexJson(RowsAnswer, body),
      );
      rows.push(...answer.data);
    }
    const unique = new Map(
      rows.map((row) => [`${row.intervalStartTime}|${String(row[key])}|${String(row.channelType)}`, row]),
    );
    return { rows: [...unique.values()].sort((a, b) => a.intervalStartTime - b.intervalStartTime) };
  }

  /** `GET /v1/agents/activities`, one page; `nextPage` when this page was full. */
  async activities(query: ActivitiesQuery): Promise<ActivityPage> {
    const { from, to, agentIds, teamIds, channelTypes, page, pageSize } = query;
    const path = `/v1/agents/activities${queryOf({ from, to, agentIds, teamIds, channelTypes, page, pageSize })}`;
    const answer = await this.api.exchange(
      query.orgId,
      () => ({
        operation: 'getAgentActivities',
        purpose: 'the agent activities',
        method: 'GET',
        path,
        expectedStatus: [200],
      }),
      ({ body }) => readWebexJson(ActivitiesAnswer, body),
    );
    return { activities: answer.data, page, ...(answer.data.length === pageSize ? { nextPage: page + 1 } : {}) };
  }
}

/** Consecutive windows under Webex's 24 h, each starting on an interval boundary. */
export function windowsOf(from: number, to: number, intervalMinutes: number): { from: number; to: number }[] {
  const step = intervalMinutes * 60_000;
  const longest = WEBEX_SPAN_MS - step;
  const windows: { from: number; to: number }[] = [];
  for (let start = Math.floor(from / step) * step; start < to; start += longest)
    windows.push({ from: start, to: Math.min(start + longest, to) });
  return windows;
}
