import type { AgentStatus, Dialog, DirectoryUser, Queue } from './types.js';

/** The figures of a Queue object ("Queue API Parameters", Developer Guide 12.5(1)), in the documented order. */
export interface QueueFigures {
  readonly callsInQueue: number;
  /** Empty when no call waits. */
  readonly startTimeOfLongestCallInQueue: Date | undefined;
  readonly agentsReady: number;
  readonly agentsNotReady: number;
  readonly agentsBusyOther: number;
  readonly agentsLoggedOn: number;
  readonly agentsTalkingInbound: number;
  readonly agentsTalkingOutbound: number;
  readonly agentsTalkingInternal: number;
  readonly agentsWrapUpNotReady: number;
  readonly agentsWrapUpReady: number;
}

/** A queue with its figures, as `GET /Queue/{id}`, `GET /User/{id}/Queues` and Queue notifications carry it. */
export interface QueueView {
  readonly queue: Queue;
  readonly figures: QueueFigures;
}

export interface QueueFacts {
  readonly queueId: string;
  /** The users assigned to the queue. */
  readonly members: readonly DirectoryUser[];
  readonly status: (loginId: string) => AgentStatus;
  /** The call an agent is connected on (ACTIVE or HELD), if any. */
  readonly connectedCall: (loginId: string) => Dialog | undefined;
  /** When each waiting caller began waiting. */
  readonly waitingSince: readonly Date[];
}

/**
 * Counts the queue's agents by state. Talking (TALKING or HOLD) is inbound on a call that came in (ACD, direct,
 * transferred or conferenced), outbound on a call the agent placed to an outside number, internal on a call between
 * agents (and a supervisor's monitoring); an agent reserved for a call, or talking on an ACD call of another queue,
 * is busy on other work. A queue nobody is assigned to answers -1 for every count, as Finesse does.
 */
export function queueFigures(facts: QueueFacts): QueueFigures {
  const oldest = [...facts.waitingSince].sort((a, b) => a.getTime() - b.getTime())[0];
  if (facts.members.length === 0) {
    return {
      ...Object.fromEntries(COUNTS.map((name) => [name, -1])),
      callsInQueue: -1,
      startTimeOfLongestCallInQueue: undefined,
    } as QueueFigures;
  }
  const counts: Record<(typeof COUNTS)[number], number> = Object.fromEntries(COUNTS.map((name) => [name, 0])) as Record<
    (typeof COUNTS)[number],
    number
  >;
  for (const member of facts.members) {
    const kind = countedAs(member.loginId, facts);
    if (kind !== undefined) counts[kind] += 1;
    if (facts.status(member.loginId).state !== 'LOGOUT') counts.agentsLoggedOn += 1;
  }
  return { callsInQueue: facts.waitingSince.length, startTimeOfLongestCallInQueue: oldest, ...counts };
}

const COUNTS = [
  'agentsReady',
  'agentsNotReady',
  'agentsBusyOther',
  'agentsLoggedOn',
  'agentsTalkingInbound',
  'agentsTalkingOutbound',
  'agentsTalkingInternal',
  'agentsWrapUpNotReady',
  'agentsWrapUpReady',
] as const;

type StateCount = Exclude<(typeof COUNTS)[number], 'agentsLoggedOn'>;

function countedAs(loginId: string, facts: QueueFacts): StateCount | undefined {
  switch (facts.status(loginId).state) {
    case 'READY':
      return 'agentsReady';
    case 'NOT_READY':
      return 'agentsNotReady';
    case 'WORK':
      return 'agentsWrapUpNotReady';
    case 'WORK_READY':
      return 'agentsWrapUpReady';
    case 'RESERVED':
    case 'RESERVED_OUTBOUND':
    case 'RESERVED_OUTBOUND_PREVIEW':
      return 'agentsBusyOther';
    case 'TALKING':
    case 'HOLD':
      return talkingAs(loginId, facts);
    default:
      return undefined;
  }
}

function talkingAs(loginId: string, facts: QueueFacts): StateCount {
  const call = facts.connectedCall(loginId);
  if (!call) return 'agentsBusyOther';
  switch (call.callType) {
    case 'ACD_IN':
      return call.queueNumber === facts.queueId ? 'agentsTalkingInbound' : 'agentsBusyOther';
    case 'OTHER_IN':
    case 'TRANSFER':
    case 'CONFERENCE':
      return call.initiatorLoginId === loginId ? 'agentsTalkingOutbound' : 'agentsTalkingInbound';
    case 'OUT':
    case 'AGENT_OUT':
      return call.initiatorLoginId === loginId ? 'agentsTalkingOutbound' : 'agentsTalkingInbound';
    case 'AGENT_INSIDE':
    case 'CONSULT':
    case 'SUPERVISOR_MONITOR':
      return 'agentsTalkingInternal';
  }
}
