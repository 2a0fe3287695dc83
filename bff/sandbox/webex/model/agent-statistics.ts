import { average } from './intervals.js';
import { CHANNEL_TYPES } from './types.js';
import type { Agent, ChannelType, Task } from './types.js';

/** One `channels[]` item of `GET /v1/agents/statistics` (WxCC OpenAPI). Durations in milliseconds. */
export interface AgentChannelStatistics {
  readonly channelType: ChannelType;
  readonly totalAssignedTasks: number;
  readonly totalOfferedTasks: number;
  readonly totalAcceptedTasks: number;
  readonly totalRejectedTasks: number;
  readonly totalTransferredTasks: number;
  readonly totalEngagedDuration: number;
  readonly totalHoldDuration: number;
  readonly totalWrapUpDuration: number;
  readonly totalAvailableTime: number;
  readonly totalUnAvailableTime: number;
  readonly averageHandledTime: number;
}

export interface AgentStatistics {
  readonly intervalStartTime: number;
  readonly agentId: string;
  readonly agentName: string;
  readonly teamId: string;
  readonly teamName: string;
  readonly channels: readonly AgentChannelStatistics[];
}

/** The demo agents work 15:00–24:00 UTC; outside it they are signed out (neither available nor unavailable). */
const SHIFT_START_HOUR = 15;

/**
 * An agent's statistics over one interval, per channel, for contacts that started in it. Available time is the part
 * of the shift not spent on contacts; the demo agents take no breaks mid-interval, so unavailable time is 0.
 */
export function agentStatistics(agent: Agent, tasks: readonly Task[], start: number, end: number): AgentStatistics {
  const mine = tasks.filter(
    (task) => task.owner?.id === agent.id && task.createdTime >= start && task.createdTime < end,
  );
  const busy = mine.reduce((sum, task) => sum + task.talkMs + task.holdMs + task.wrapUpMs, 0);
  const onShift = new Date(start).getUTCHours() >= SHIFT_START_HOUR;
  const available = onShift ? Math.max(0, end - start - busy) : 0;
  const channels = CHANNEL_TYPES.map((channelType): AgentChannelStatistics => {
    const handled = mine.filter((task) => task.channelType === channelType);
    const rejected = handled.reduce((sum, task) => sum + task.rejections, 0);
    const total = (pick: (task: Task) => number): number => handled.reduce((sum, task) => sum + pick(task), 0);
    return {
      channelType,
      totalAssignedTasks: handled.length,
      totalOfferedTasks: handled.length + rejected,
      totalAcceptedTasks: handled.length,
      totalRejectedTasks: rejected,
      totalTransferredTasks: 0,
      totalEngagedDuration: total((task) => task.talkMs),
      totalHoldDuration: total((task) => task.holdMs),
      totalWrapUpDuration: total((task) => task.wrapUpMs),
      totalAvailableTime: available,
      totalUnAvailableTime: 0,
      averageHandledTime: average(handled.map((task) => task.talkMs + task.holdMs + task.wrapUpMs)),
    };
  });
  return {
    intervalStartTime: start,
    agentId: agent.id,
    agentName: agent.name,
    teamId: agent.team.id,
    teamName: agent.team.name,
    channels,
  };
}
