import { demoDirectory } from '../../finesse/model/demo-directory.js';
import { stableId } from './stable-id.js';
import type { Agent, ChannelType, Org, Task } from './types.js';

/** One item of `GET /v1/agents/activities` (WxCC OpenAPI); every field is required, so blanks are "". */
export interface AgentActivity {
  readonly active: boolean;
  readonly agentId: string;
  readonly agentDn: string;
  readonly agentLogin: string;
  readonly agentSessionId: string;
  readonly agentName: string;
  readonly currentState: string;
  readonly siteId: string;
  readonly siteName: string;
  readonly teamId: string;
  readonly teamName: string;
  /** 1 on the sign-in event. */
  readonly isLogin: number;
  readonly taskId: string;
  readonly channelId: string;
  readonly channelType: string;
  readonly subChannelType: string;
  readonly idleCodeName: string;
  readonly idleCode: string;
  readonly queueId: string;
  readonly queueName: string;
  readonly wrapupCodeName: string;
  readonly reason: string;
  readonly startTime: number;
  /** -1 while the activity goes on. */
  readonly endTime: number;
  readonly mmProfileType: string;
}

const DAY_MS = 86_400_000;
const SHIFT_START_MS = 15 * 3_600_000;
const SUB_CHANNEL: Readonly<Record<ChannelType, string>> = {
  telephony: 'telephony',
  chat: 'web',
  email: 'email',
  social: 'facebook',
};

/**
 * The agents' state changes that started after `from` and before `to` (the OpenAPI's "created after … before"): each day a sign-in at the start of the shift and a break four
 * hours in (the Finesse demo's "Break" code), and for each contact an agent took, connected then wrap-up.
 */
export function agentActivities(org: Org, from: number, to: number): AgentActivity[] {
  const activities: AgentActivity[] = [];
  const firstDay = Math.floor(from / DAY_MS) * DAY_MS;
  const [firstTask] = org.tasks;
  for (let day = firstDay; day < to; day += DAY_MS) {
    if (!firstTask || day + DAY_MS <= firstTask.createdTime) continue;
    for (const agent of org.agents) activities.push(...dayActivities(agent, day));
  }
  for (const task of org.tasks)
    if (task.owner)
      activities.push(...taskActivities(task, task.owner, Math.floor(task.createdTime / DAY_MS) * DAY_MS));
  return activities
    .filter((activity) => activity.startTime > from && activity.startTime < to)
    .sort((left, right) => left.startTime - right.startTime);
}

function base(agent: Agent, day: number): Omit<AgentActivity, 'currentState' | 'startTime' | 'endTime'> {
  return {
    active: false,
    agentId: agent.id,
    agentDn: agent.dn,
    agentLogin: agent.login,
    agentSessionId: stableId(agent.id, 'session', String(day)),
    agentName: agent.name,
    siteId: agent.site.id,
    siteName: agent.site.name,
    teamId: agent.team.id,
    teamName: agent.team.name,
    isLogin: 0,
    taskId: '',
    channelId: '',
    channelType: '',
    subChannelType: '',
    idleCodeName: '',
    idleCode: '',
    queueId: '',
    queueName: '',
    wrapupCodeName: '',
    reason: '',
    mmProfileType: 'blended',
  };
}

function dayActivities(agent: Agent, day: number): AgentActivity[] {
  const shiftStart = day + SHIFT_START_MS;
  const breakCode = demoDirectory().reasonCodes.find((code) => code.label === 'Break');
  return [
    {
      ...base(agent, day),
      currentState: 'available',
      isLogin: 1,
      startTime: shiftStart,
      endTime: shiftStart + 4 * 3_600_000,
    },
    {
      ...base(agent, day),
      currentState: 'idle',
      idleCodeName: breakCode?.label ?? 'Break',
      idleCode: breakCode?.code ?? '',
      reason: breakCode?.label ?? 'Break',
      startTime: shiftStart + 4 * 3_600_000,
      endTime: shiftStart + 4 * 3_600_000 + 15 * 60_000,
    },
  ];
}

function taskActivities(task: Task, agent: Agent, day: number): AgentActivity[] {
  const accepted = task.createdTime + task.ivrMs + task.queuedMs;
  const connectedEnd = accepted + task.talkMs + task.holdMs;
  const onTask = {
    ...base(agent, day),
    taskId: task.id,
    channelId: stableId(agent.id, 'channel', task.channelType),
    channelType: task.channelType,
    subChannelType: SUB_CHANNEL[task.channelType],
    queueId: task.queue.id,
    queueName: task.queue.name,
  };
  if (task.active) return [{ ...onTask, active: true, currentState: 'connected', startTime: accepted, endTime: -1 }];
  return [
    { ...onTask, currentState: 'connected', startTime: accepted, endTime: connectedEnd },
    {
      ...onTask,
      currentState: 'wrapup',
      wrapupCodeName: task.reasonCode ?? '',
      startTime: connectedEnd,
      endTime: connectedEnd + task.wrapUpMs,
    },
  ];
}
