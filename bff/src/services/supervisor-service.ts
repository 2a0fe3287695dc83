import type { Session } from '../auth/session.js';
import type { QueueStatistics, Team, TeamMember, TeamMemberStateRequest } from '../../../shared/api/team.js';
import type { Agent } from '../../../shared/api/agent.js';
import type { NotificationHub } from '../events/notification-hub.js';
import type { Supervision } from '../events/supervision-snapshot.js';
import { readSupervision } from '../events/supervisor-reads.js';
import type { SupervisorReads } from '../events/supervisor-reads.js';
import type { NewAuditEvent } from '../store/index.js';
import type { AuditTrail } from './audit-trail.js';
import { confirmedWrite, notApplied } from './confirmed-write.js';
import { ConflictError, NotFoundError } from '../errors.js';
import type { Dialog } from '../../../shared/api/dialog.js';
import type { AgentStateChange, CallCenterUpdate, Credentials } from '../domain/types.js';

/** The Finesse calls the supervisor service makes (FinesseClient provides them). */
export interface SupervisorFinesse extends SupervisorReads {
  getUser(credentials: Credentials, id: string): Promise<Agent>;
  setState(credentials: Credentials, loginId: string, change: AgentStateChange, requestId: string): Promise<void>;
}

/** Where a supervisor's calls are made (DialogService). */
export interface SupervisorCalls {
  silentMonitor(session: Session, extension: string): Promise<Dialog>;
}

type TeamMemberUpdate = Extract<CallCenterUpdate, { kind: 'team_member' }>;

/**
 * A supervisor's view of and actions on the teams Finesse says they supervise. An agent outside those teams is
 * answered as not found, as other agents' objects are everywhere in this API (API.md, Supervisor).
 */
export class SupervisorService {
  constructor(
    private readonly finesse: SupervisorFinesse,
    private readonly calls: SupervisorCalls,
    private readonly hub: NotificationHub,
    private readonly audit: AuditTrail<NewAuditEvent>,
    private readonly actionWaitMs: number,
    private readonly now: () => Date,
  ) {}

  async teams(session: Session): Promise<Team[]> {
    return [...(await this.supervision(session)).teams];
  }

  async queues(session: Session): Promise<QueueStatistics[]> {
    return [...(await this.supervision(session)).queues];
  }

  /**
   * READY, NOT_READY or LOGOUT for a member, without a reason code (Finesse applies its own to NOT_READY), answered
   * once the team's notifications show it; Finesse's supervisor rules decide, and a refusal is a 409.
   */
  async setMemberState(session: Session, memberId: string, request: TeamMemberStateRequest): Promise<TeamMember> {
    const { teamId, member: before } = await this.memberOf(session, memberId);
    const what = `the change of agent ${memberId} to ${request.state}`;
    // A change Finesse made since: a member already in the state, whose refusal the supervisor does not hear, must
    // not pass for one who was just moved to it.
    const reached = (member: TeamMember) =>
      (member.state === request.state && member.stateChangedAt !== before.stateChangedAt) ||
      (member.pendingState === request.state && before.pendingState !== request.state);
    const notifications = await this.hub.acquireFor(session);
    try {
      const member = await confirmedWrite({
        what,
        notifications,
        waitMs: this.actionWaitMs,
        send: (requestId) => this.finesse.setState(session.credentials, memberId, { state: request.state }, requestId),
        effectIn: (update) => (isMemberUpdate(update, memberId) && reached(update.member) ? update.member : undefined),
        settlesSilence: true,
        settle: async () => {
          const member = (await this.finesse.team(session.credentials, teamId)).members.find(
            (candidate) => candidate.id === memberId,
          );
          if (member && reached(member)) return member;
          throw notApplied(
            what,
            member ? `the agent is ${member.state}` : 'the agent is no longer in the team',
            notifications.transport,
          );
        },
      });
      await this.record(session, `${memberId} ${request.state}`, 'ok');
      return member;
    } catch (error) {
      await this.record(
        session,
        `${memberId} ${request.state}`,
        'refused',
        error instanceof Error ? error.message : undefined,
      );
      throw error;
    }
  }

  /**
   * Silent monitor the member's call; answers the monitor call. Barge-in, dropping a participant and ending the
   * monitor are actions on that call (POST /api/dialogs/:id/actions).
   */
  async monitor(session: Session, memberId: string): Promise<Dialog> {
    const { member } = await this.memberOf(session, memberId);
    if (member.extension === '')
      throw new ConflictError('not_signed_in', `Agent ${memberId} is not signed in to an extension`);
    // Audited with the supervisor's calls (dialog.action SILENT_MONITOR).
    return this.calls.silentMonitor(session, member.extension);
  }

  /** The member with this id in one of the supervisor's teams, or 404. */
  async memberOf(session: Session, memberId: string): Promise<{ teamId: string; member: TeamMember }> {
    for (const team of (await this.supervision(session)).teams) {
      const member = team.members.find((candidate) => candidate.id === memberId);
      if (member) return { teamId: team.id, member };
    }
    throw new NotFoundError(`Agent ${memberId} is not in a team you supervise`);
  }

  /** From the live picture while notifications flow over XMPP; otherwise read from Finesse. */
  private async supervision(session: Session): Promise<Supervision> {
    const live = this.hub.liveSupervision(session.loginId);
    if (live) return live;
    const agent = await this.finesse.getUser(session.credentials, session.loginId);
    return (await readSupervision(this.finesse, session.credentials, agent)) ?? { teams: [], queues: [] };
  }

  private async record(session: Session, subject: string, outcome: 'ok' | 'refused', detail?: string): Promise<void> {
    await this.audit.record({
      at: this.now(),
      actor: session.loginId,
      action: 'team.member_state_change',
      subject,
      outcome,
      detail: detail?.slice(0, 200) ?? null,
    });
  }
}

function isMemberUpdate(update: CallCenterUpdate, memberId: string): update is TeamMemberUpdate {
  return update.kind === 'team_member' && update.member.id === memberId && update.change !== 'removed';
}
