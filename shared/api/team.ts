import { z } from 'zod';
import { Agent } from './agent.js';

/** One agent of a team a supervisor supervises, as Finesse's Team lists them (signed in or not). */
export const TeamMember = Agent.pick({
  id: true,
  firstName: true,
  lastName: true,
  extension: true,
  state: true,
  reasonCode: true,
  pendingState: true,
  stateChangedAt: true,
}).extend({
  /** Talking or holding a call. */
  onCall: z.boolean(),
});
export type TeamMember = z.infer<typeof TeamMember>;

export const Team = z.object({ id: z.string(), name: z.string(), members: z.array(TeamMember) });
export type Team = z.infer<typeof Team>;

/** `PUT /api/team/members/:id/state`: Finesse lets a supervisor set only these, and never with a reason code. */
export const TeamMemberStateRequest = z.strictObject({ state: z.enum(['READY', 'NOT_READY', 'LOGOUT']) });
export type TeamMemberStateRequest = z.infer<typeof TeamMemberStateRequest>;

/** A queue's live figures (Finesse Queue statistics); -1 where Finesse reports a queue nobody is assigned to. */
export const QueueStatistics = z.object({
  id: z.string(),
  name: z.string(),
  callsInQueue: z.number().int(),
  /** When the call waiting longest started waiting; absent when none waits. */
  longestWaitingSince: z.string().optional(),
  agentsLoggedOn: z.number().int(),
  agentsReady: z.number().int(),
  agentsNotReady: z.number().int(),
  /** Talking on inbound, outbound and internal calls together. */
  agentsTalking: z.number().int(),
  /** In wrap-up (WORK and WORK_READY). */
  agentsWrapUp: z.number().int(),
  agentsBusyOther: z.number().int(),
});
export type QueueStatistics = z.infer<typeof QueueStatistics>;

/** SSE `team_member`: a member of one of the supervisor's teams joined, changed or left. */
export interface TeamMemberEvent {
  readonly teamId: string;
  readonly change: 'added' | 'changed' | 'removed';
  readonly member: TeamMember;
}

/** SSE `queue`: one of the supervisor's queues has new figures. */
export interface QueueEvent {
  readonly queue: QueueStatistics;
}
