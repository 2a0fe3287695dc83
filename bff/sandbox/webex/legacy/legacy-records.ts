import { ended } from '../demo/task-writer.js';
import type { Org, Task } from '../model/types.js';

/** A v1 record: Analyzer field names (suffix `__s` string, `__l` long; system fields unsuffixed) to values. */
export type LegacyRecord = Readonly<Record<string, string | number | null>>;

/**
 * A task as a Customer Session Record (CSR), with the WxCC 1.0 field names (AnalyzerService): `sid`, `cstts`/`cetts`
 * (contact start and end, epoch ms), `ani__s`, `dnis__s`, … A session still going on has no end yet.
 */
export function csrOf(task: Task, org: Org): LegacyRecord {
  const customer = task.direction === 'inbound' ? task.origin : task.destination;
  return {
    sid: task.id,
    tid: org.tenantId,
    cstts: task.createdTime,
    cetts: task.active ? null : ended(task),
    ani__s: task.origin,
    dnis__s: task.destination,
    agentName__s: task.owner?.name ?? null,
    agentId__s: task.owner?.id ?? null,
    entrypointName__s: `EP_${task.queue.name}`,
    queueName__s: task.queue.name,
    channelType__s: task.channelType,
    terminationType__s: task.active ? null : task.status === 'abandoned' ? 'abandoned' : 'normal',
    talkDuration__l: task.talkMs,
    customerName__s: task.customerName,
    customerPhoneNumber__s: task.channelType === 'telephony' ? customer : null,
    callDirection__s: task.direction,
    currentState__s: task.active ? 'connected' : 'ended',
  };
}

/** One step of a session: the state it entered and when. */
interface Step {
  readonly event: string;
  readonly at: number;
}

function stepsOf(task: Task): Step[] {
  const parked = task.createdTime + task.ivrMs;
  const connected = parked + task.queuedMs;
  const steps: Step[] = [{ event: 'new', at: task.createdTime }];
  if (task.ivrMs > 0) steps.push({ event: 'ivr-connected', at: task.createdTime + 1 });
  if (task.direction === 'inbound') steps.push({ event: 'parked', at: parked });
  if (task.owner) steps.push({ event: 'connected', at: connected });
  if (task.active) return steps;
  if (task.owner) steps.push({ event: 'wrapup', at: connected + task.talkMs + task.holdMs });
  steps.push({ event: 'ended', at: ended(task) });
  return steps;
}

/**
 * A session's Customer Activity Records (CARs), in order: new, ivr-connected, parked, connected, wrapup, ended (the
 * lab's chain). Each id is `{session}-{timestamp}-{event}` and `session` leads back to the CSR.
 */
export function carsOf(task: Task, org: Org): LegacyRecord[] {
  const steps = stepsOf(task);
  return steps.map((step, index) => {
    const next = steps[index + 1];
    return {
      id: `${task.id}-${step.at}-${step.event}`,
      session: task.id,
      tid: org.tenantId,
      timestamp: step.at,
      eventName__s: step.event,
      previousState__s: steps[index - 1]?.event ?? null,
      nextState__s: next?.event ?? null,
      duration__l: next ? next.at - step.at : 0,
      agentId__s: step.event === 'connected' || step.event === 'wrapup' ? (task.owner?.id ?? null) : null,
      queueName__s: task.queue.name,
      channelType__s: task.channelType,
    };
  });
}
