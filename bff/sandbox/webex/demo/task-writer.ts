import { demoDirectory } from '../../finesse/model/demo-directory.js';
import type { SeededRandom } from '../../context-service/demo/seeded-random.js';
import { CHANNEL_TYPES } from '../model/types.js';
import type { Agent, ChannelType, Queue, Task, TaskDirection } from '../model/types.js';
import type { Caller } from './demo-customers.js';
import type { Roster } from './demo-roster.js';
import { DEMO_ENTRY_POINTS } from './demo-facts.js';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** The contact center's day, in UTC: 07:00–16:00 Pacific. */
const OPENS_UTC_HOUR = 15;
const OPEN_HOURS = 9;

/** Contacts per weekday by channel (weekends get a third). */
const DAILY_VOLUME: Readonly<Record<ChannelType, readonly [number, number]>> = {
  telephony: [10, 16],
  chat: [4, 8],
  email: [3, 6],
  social: [1, 3],
};

/** Handling time by channel, in minutes [min, max]. */
const TALK_MINUTES: Readonly<Record<ChannelType, readonly [number, number]>> = {
  telephony: [2, 14],
  chat: [4, 20],
  email: [3, 12],
  social: [2, 8],
};

/** The featured customers (the first callers) ring more often than the crowd, so their history is rich. */
const FEATURED_CALLERS = 4;

/**
 * Writes an organisation's history: `days` days of contacts on every channel up to `anchorMs`, plus a call and a chat
 * still being handled at the anchor. The same random sequence gives the same tasks.
 */
export function writeTasks(
  random: SeededRandom,
  roster: Roster,
  callers: readonly Caller[],
  anchorMs: number,
  days: number,
): Task[] {
  const tasks: Task[] = [];
  const firstDay = Math.floor(anchorMs / DAY_MS) * DAY_MS - (days - 1) * DAY_MS;
  for (let day = firstDay; day <= anchorMs; day += DAY_MS) {
    const weekend = [0, 6].includes(new Date(day).getUTCDay());
    for (const channelType of CHANNEL_TYPES) {
      const [low, high] = DAILY_VOLUME[channelType];
      const count = Math.round(random.int(low, high) / (weekend ? 3 : 1));
      for (let index = 0; index < count; index += 1) {
        const createdTime = day + OPENS_UTC_HOUR * 3_600_000 + random.int(0, OPEN_HOURS * 60 * MINUTE_MS);
        const task = writeTask(random, roster, callers, channelType, createdTime, false);
        if (ended(task) <= anchorMs) tasks.push(task);
      }
    }
  }
  for (const channelType of ['telephony', 'chat'] as const) {
    tasks.push(writeTask(random, roster, callers, channelType, anchorMs - random.int(2, 9) * MINUTE_MS, true));
  }
  return distinctTimes(tasks.sort((left, right) => left.createdTime - right.createdTime));
}

/** When the task's last activity (wrap-up) ended. */
export function ended(task: Task): number {
  return task.createdTime + task.ivrMs + task.queuedMs + task.talkMs + task.holdMs + task.wrapUpMs;
}

function writeTask(
  random: SeededRandom,
  roster: Roster,
  callers: readonly Caller[],
  channelType: ChannelType,
  createdTime: number,
  active: boolean,
): Task {
  const caller = random.chance(0.25) ? random.pick(callers.slice(0, FEATURED_CALLERS)) : random.pick(callers);
  const queue = queueFor(roster.queues, channelType);
  const abandoned = !active && random.chance(channelType === 'telephony' ? 0.08 : 0.04);
  const outbound = !active && (channelType === 'telephony' || channelType === 'email') && random.chance(0.12);
  const direction: TaskDirection = outbound ? (channelType === 'telephony' ? 'outdial' : 'outbound') : 'inbound';
  const customerAddress =
    channelType === 'telephony' ? caller.phone : channelType === 'social' ? `facebook:${caller.name}` : caller.email;
  const [talkLow, talkHigh] = TALK_MINUTES[channelType];
  const owner: Agent = random.pick(roster.agents);
  const talkMs = abandoned ? 0 : random.int(talkLow * 60, talkHigh * 60) * 1000;
  const task: Task = {
    id: random.uuid(),
    channelType,
    status: active ? 'assigned' : abandoned ? 'abandoned' : 'completed',
    direction,
    origin: outbound ? DEMO_ENTRY_POINTS[channelType] : customerAddress,
    destination: outbound ? customerAddress : DEMO_ENTRY_POINTS[channelType],
    customerName: caller.name,
    queue,
    createdTime,
    ivrMs: channelType === 'telephony' && !outbound ? random.int(8, 40) * 1000 : 0,
    queuedMs: outbound ? 0 : random.int(channelType === 'email' ? 60 : 3, channelType === 'email' ? 3_600 : 240) * 1000,
    rejections: abandoned || outbound ? 0 : random.chance(0.06) ? 1 : 0,
    talkMs,
    holdMs: channelType === 'telephony' && !abandoned && random.chance(0.3) ? random.int(15, 180) * 1000 : 0,
    wrapUpMs: abandoned || active ? 0 : random.int(10, 90) * 1000,
    captureRequested: channelType === 'telephony' && !abandoned,
    active,
  };
  if (abandoned) return task;
  return { ...task, owner, ...(active ? {} : { reasonCode: random.pick(demoDirectory().wrapUpReasons).label }) };
}

function queueFor(queues: readonly Queue[], channelType: ChannelType): Queue {
  const queue = queues.find((candidate) => candidate.channelType === channelType);
  if (!queue) throw new Error(`The demo roster has no ${channelType} queue`);
  return queue;
}

/** No two tasks share a createdTime, so "created after the last one seen" pages without gaps or repeats. */
function distinctTimes(sorted: readonly Task[]): Task[] {
  let previous = Number.NEGATIVE_INFINITY;
  return sorted.map((task) => {
    const createdTime = Math.max(task.createdTime, previous + 1);
    previous = createdTime;
    return createdTime === task.createdTime ? task : { ...task, createdTime };
  });
}
