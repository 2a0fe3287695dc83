import { ended } from '../demo/task-writer.js';
import { average } from './intervals.js';
import type { ChannelType, Queue, Task } from './types.js';

/** One row of `GET /v1/queues/statistics` (WxCC OpenAPI). */
export interface QueueStatistics {
  readonly intervalStartTime: number;
  readonly queueId: string;
  readonly queueName: string;
  readonly channelType: ChannelType;
  readonly totalOfferedTasks: number;
  readonly totalEnqueuedTasks: number;
  /** Deprecated by Cisco: always 0. */
  readonly totalAssignedTasks: 0;
  readonly totalAcceptedTasks: number;
  readonly totalRejectedTasks: number;
  readonly totalAbandonedTasks: number;
  readonly averageEnqueuedTime: number;
  readonly averageHandledTime: number;
  readonly serviceLevelThresholdPercentage: number;
}

/** How fast a contact must be accepted to count within service level, by channel (a typical configuration). */
const SERVICE_LEVEL_MS: Readonly<Record<ChannelType, number>> = {
  telephony: 30_000,
  chat: 60_000,
  email: 3_600_000,
  social: 600_000,
};

/**
 * A queue's statistics over one interval. Start-time counts (offered, enqueued, accepted, …) count contacts that
 * started in the interval; the handled-time average counts contacts that ended in it, as the OpenAPI describes.
 */
export function queueStatistics(queue: Queue, tasks: readonly Task[], start: number, end: number): QueueStatistics {
  const mine = tasks.filter((task) => task.queue.id === queue.id);
  const started = mine.filter((task) => task.createdTime >= start && task.createdTime < end);
  const enqueued = started.filter((task) => task.direction === 'inbound');
  const accepted = started.filter((task) => task.owner !== undefined);
  const rejected = started.reduce((sum, task) => sum + task.rejections, 0);
  const handledHere = mine.filter(
    (task) => task.owner !== undefined && !task.active && ended(task) >= start && ended(task) < end,
  );
  const withinLevel = enqueued.filter(
    (task) => task.owner !== undefined && task.queuedMs <= SERVICE_LEVEL_MS[queue.channelType],
  );
  return {
    intervalStartTime: start,
    queueId: queue.id,
    queueName: queue.name,
    channelType: queue.channelType,
    totalOfferedTasks: accepted.length + rejected,
    totalEnqueuedTasks: enqueued.length,
    totalAssignedTasks: 0,
    totalAcceptedTasks: accepted.length,
    totalRejectedTasks: rejected,
    totalAbandonedTasks: started.filter((task) => task.status === 'abandoned').length,
    averageEnqueuedTime: average(enqueued.map((task) => task.queuedMs)),
    averageHandledTime: average(handledHere.map((task) => task.talkMs + task.holdMs)),
    serviceLevelThresholdPercentage: enqueued.length === 0 ? 0 : (withinLevel.length / enqueued.length) * 100,
  };
}
