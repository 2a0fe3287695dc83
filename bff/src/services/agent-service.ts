import type { Agent, AgentStateRequest, ReasonCategory, ReasonCode, WrapUpReason } from '../../../shared/api/agent.js';
import type { Session } from '../auth/session.js';
import type { NotificationHub } from '../events/notification-hub.js';
import type { NewAuditEvent } from '../store/index.js';
import type { AuditTrail } from './audit-trail.js';
import { confirmedWrite, notApplied } from './confirmed-write.js';
import type { AgentStateChange, CallCenterUpdate, Credentials } from '../domain/types.js';

/** The Finesse calls the agent service makes (FinesseClient provides them). */
export interface AgentFinesse {
  getUser(credentials: Credentials, id: string): Promise<Agent>;
  setState(credentials: Credentials, loginId: string, change: AgentStateChange, requestId: string): Promise<void>;
  reasonCodes(credentials: Credentials, loginId: string, category: ReasonCategory): Promise<ReasonCode[]>;
  wrapUpReasons(credentials: Credentials, loginId: string): Promise<WrapUpReason[]>;
}

type AgentUpdate = Extract<CallCenterUpdate, { kind: 'agent' }>;
const isAgentUpdate = (update: CallCenterUpdate): update is AgentUpdate => update.kind === 'agent';

/** The signed-in agent: who they are, their state and its codes. Acts only on the session's own User. */
export class AgentService {
  constructor(
    private readonly finesse: AgentFinesse,
    private readonly hub: NotificationHub,
    private readonly audit: AuditTrail<NewAuditEvent>,
    private readonly actionWaitMs: number,
    private readonly now: () => Date,
  ) {}

  /**
   * The agent as Finesse last reported them. While the XMPP session is up, every change arrives as a notification, so
   * the live picture is current and Finesse is not asked again (as finesse.js keeps its User object); otherwise the
   * agent is read from Finesse.
   */
  async current(session: Session): Promise<Agent> {
    return (
      this.hub.livePicture(session.loginId)?.agent ?? (await this.finesse.getUser(session.credentials, session.loginId))
    );
  }

  /** LOGIN with an extension; answers once Finesse confirms (NOT_READY on Unified CCE). */
  signIn(session: Session, extension: string): Promise<Agent> {
    return this.change(
      session,
      { state: 'LOGIN', extension },
      'the sign-in',
      (agent) => agent.extension === extension && agent.state !== 'LOGOUT',
    );
  }

  setState(session: Session, request: AgentStateRequest): Promise<Agent> {
    const change: AgentStateChange =
      request.reasonCodeId === undefined
        ? { state: request.state }
        : { state: request.state, reasonCodeId: request.reasonCodeId };
    return this.change(
      session,
      change,
      `the change to ${request.state}`,
      (agent) => agent.state === request.state || agent.pendingState === request.state,
    );
  }

  reasonCodes(session: Session, category: ReasonCategory): Promise<ReasonCode[]> {
    return this.finesse.reasonCodes(session.credentials, session.loginId, category);
  }

  wrapUpReasons(session: Session): Promise<WrapUpReason[]> {
    return this.finesse.wrapUpReasons(session.credentials, session.loginId);
  }

  private async change(
    session: Session,
    change: AgentStateChange,
    what: string,
    reached: (agent: Agent) => boolean,
  ): Promise<Agent> {
    const notifications = await this.hub.acquireFor(session);
    try {
      const agent = await confirmedWrite({
        what,
        notifications,
        waitMs: this.actionWaitMs,
        send: (requestId) => this.finesse.setState(session.credentials, session.loginId, change, requestId),
        effectIn: (update) => (isAgentUpdate(update) && reached(update.agent) ? update.agent : undefined),
        // Finesse answers a state change with one User update (or an error): an echoed User without the change means
        // Finesse kept the agent as they were (a LOGIN while signed in keeps the extension already in use).
        answeredBy: isAgentUpdate,
        settle: async () => {
          const agent = await this.finesse.getUser(session.credentials, session.loginId);
          if (reached(agent)) return agent;
          const where = agent.extension === '' ? '' : ` on extension ${agent.extension}`;
          throw notApplied(what, `the agent is ${agent.state}${where}`, notifications.transport);
        },
      });
      await this.record(session, change, 'ok');
      return agent;
    } catch (error) {
      await this.record(session, change, 'refused', error instanceof Error ? error.message : undefined);
      throw error;
    }
  }

  private async record(
    session: Session,
    change: AgentStateChange,
    outcome: 'ok' | 'refused',
    detail?: string,
  ): Promise<void> {
    await this.audit.record({
      at: this.now(),
      actor: session.loginId,
      action: 'agent.state_change',
      subject: change.state + (change.reasonCodeId === undefined ? '' : `/${change.reasonCodeId}`),
      outcome,
      detail: detail?.slice(0, 200) ?? null,
    });
  }
}
