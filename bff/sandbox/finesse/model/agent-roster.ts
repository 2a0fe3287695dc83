import type { AgentState, AgentStatus, DirectoryUser, ReasonCode, UserView } from './types.js';
import type { FinesseDirectory } from './demo-directory.js';
import type { UserChange } from './directory-users.js';
import type { NotificationSink } from './notifications.js';
import type { Scheduler } from './scheduler.js';
import type { StateDecision, StateRequest, StateRules } from './agent-state-machine.js';
import { decideOwnStateChange, decideSupervisorStateChange } from './agent-state-machine.js';
import { invalidAuthorizationUser, userNotFound } from './errors.js';

const NO_REASON = '-1';
const SUPERVISOR_NOT_READY = '999';
const OUTBOUND_CALL_NOT_READY = '50006';

/**
 * Every agent's live state: sign-in, READY/NOT_READY, the call-driven states and wrap-up. Requests are judged by the
 * state machine; call events arrive from the CallSwitch. Each change is published on the user's node (and the team's).
 */
export class AgentRoster {
  private readonly statuses = new Map<string, AgentStatus>();
  private readonly wrapUpTimers = new Map<string, () => void>();
  /** Told when an agent leaves wrap-up, so the switch can remove the dialogs kept for it. */
  private wrapUpEndedListener: (loginId: string, requestId: string) => void = () => undefined;
  private readyListener: (loginId: string) => void = () => undefined;

  constructor(
    private readonly directory: FinesseDirectory,
    private readonly notify: NotificationSink,
    private readonly scheduler: Scheduler,
  ) {
    directory.onUsersChanged((change) => this.userChanged(change));
  }

  /** A user by loginId or loginName (Finesse accepts both in the URL and as the Basic Auth user). */
  find(idOrName: string): DirectoryUser | undefined {
    const name = idOrName.toLowerCase();
    return this.directory.users.find((user) => user.loginId === idOrName || user.loginName.toLowerCase() === name);
  }

  get(idOrName: string): DirectoryUser {
    const user = this.find(idOrName);
    if (!user) throw userNotFound(idOrName);
    return user;
  }

  /** A user's live state; a user never seen before (new in the directory) is logged out. */
  status(loginId: string): AgentStatus {
    const known = this.statuses.get(loginId);
    if (known) return known;
    if (!this.directory.users.some((user) => user.loginId === loginId)) throw userNotFound(loginId);
    const status = this.loggedOut();
    this.statuses.set(loginId, status);
    return status;
  }

  /** The signed-in agent at an extension. */
  atExtension(extension: string): DirectoryUser | undefined {
    return this.directory.users.find((user) => this.statuses.get(user.loginId)?.extension === extension);
  }

  /** The team's members; only those signed in unless `includeLoggedOut` (Team's `includeLoggedOutAgents`). */
  teamMembers(teamId: string, includeLoggedOut: boolean): DirectoryUser[] {
    return this.directory.users.filter(
      (user) => user.teamId === teamId && (includeLoggedOut || this.status(user.loginId).state !== 'LOGOUT'),
    );
  }

  supervises(supervisor: DirectoryUser, member: DirectoryUser): boolean {
    return supervisor.roles.includes('Supervisor') && supervisor.supervisedTeamIds.includes(member.teamId);
  }

  view(loginId: string): UserView {
    return this.viewOf(this.get(loginId), this.status(loginId));
  }

  private viewOf(user: DirectoryUser, status: AgentStatus): UserView {
    return {
      user,
      status: { ...status },
      reasonCode: this.reasonCode(status.reasonCodeId),
      teamName: this.directory.teams.find((team) => team.id === user.teamId)?.name ?? '',
      supervisedTeams: this.directory.teams.filter((team) => user.supervisedTeamIds.includes(team.id)),
    };
  }

  reasonCode(id: string): ReasonCode | undefined {
    if (id === NO_REASON) return undefined;
    return [...this.directory.reasonCodes, ...this.directory.systemReasonCodes].find((code) => code.id === id);
  }

  onWrapUpEnded(listener: (loginId: string, requestId: string) => void): void {
    this.wrapUpEndedListener = listener;
  }

  /** Told when an agent becomes READY (the ACD offers them a waiting call). */
  onReady(listener: (loginId: string) => void): void {
    this.readyListener = listener;
  }

  /**
   * `PUT /finesse/api/User/{id}` by `actor` on `target`. Throws a FinesseApiError for what Finesse refuses at once;
   * everything else is decided by the CTI rules and reported as a notification.
   */
  requestState(actor: DirectoryUser, target: DirectoryUser, request: StateRequest, requestId: string): void {
    const current = this.status(target.loginId);
    let decision: StateDecision;
    if (actor.loginId === target.loginId) {
      decision = decideOwnStateChange(current, request, this.rules());
    } else if (this.supervises(actor, target)) {
      decision = decideSupervisorStateChange(current, request, this.rules(), target.loginId);
    } else {
      throw invalidAuthorizationUser(actor.loginId);
    }
    this.apply(target.loginId, decision, requestId);
  }

  /** A call reached the agent while READY: CCE reserves them. */
  reserve(loginId: string, requestId: string): void {
    const status = this.status(loginId);
    if (status.state === 'READY') this.change(loginId, { state: 'RESERVED' }, requestId);
  }

  /** The agent is connected on a call (answered, or dialling out). */
  talking(loginId: string, requestId: string): void {
    const status = this.status(loginId);
    if (status.state === 'READY' || status.state === 'NOT_READY' || status.state === 'RESERVED') {
      status.stateBeforeCall = status.state === 'NOT_READY' ? 'NOT_READY' : 'READY';
      status.reasonBeforeCall = status.reasonCodeId;
    }
    if (status.state !== 'TALKING') this.change(loginId, { state: 'TALKING' }, requestId);
  }

  /** Making a call from READY moves a CCE 12.5 agent to Not Ready (system reason 50006) before the call. */
  notReadyForOutboundCall(loginId: string, requestId: string): void {
    const status = this.status(loginId);
    if (status.state !== 'READY') return;
    this.change(loginId, { state: 'NOT_READY', reasonCodeId: OUTBOUND_CALL_NOT_READY }, requestId);
  }

  held(loginId: string, requestId: string): void {
    if (this.status(loginId).state !== 'HOLD') this.change(loginId, { state: 'HOLD' }, requestId);
  }

  /** Whether the agent is in a state that only a call explains (so its end must move them on). */
  inCallState(loginId: string): boolean {
    return ['RESERVED', 'TALKING', 'HOLD'].includes(this.status(loginId).state);
  }

  /** The agent's last call ended: back to the state they were in or asked for, through wrap-up if configured. */
  callEnded(loginId: string, wrapUp: boolean, requestId: string): void {
    const status = this.status(loginId);
    if (status.state === 'LOGOUT') return;
    const target = status.pendingState !== '' ? status.pendingState : status.stateBeforeCall;
    const reasonCodeId =
      status.pendingState === 'NOT_READY'
        ? status.pendingReasonCodeId
        : target === 'NOT_READY'
          ? status.reasonBeforeCall
          : NO_REASON;
    status.pendingState = '';
    status.pendingReasonCodeId = NO_REASON;
    if (!wrapUp) {
      this.change(loginId, { state: target, reasonCodeId }, requestId);
      return;
    }
    // WORK means "wrap up, then Not Ready"; WORK_READY "wrap up, then Ready".
    this.change(loginId, { state: target === 'NOT_READY' ? 'WORK' : 'WORK_READY', reasonCodeId }, requestId);
    const user = this.get(loginId);
    this.wrapUpTimers.set(
      loginId,
      this.scheduler.after(user.wrapUpTimer * 1000, () => {
        const now = this.status(loginId);
        if (now.state === 'WORK')
          this.apply(loginId, { kind: 'apply', state: 'NOT_READY', reasonCodeId: now.reasonCodeId }, '');
        else if (now.state === 'WORK_READY')
          this.apply(loginId, { kind: 'apply', state: 'READY', reasonCodeId: NO_REASON }, '');
      }),
    );
  }

  supervisorReasonCodeId(): string {
    return SUPERVISOR_NOT_READY;
  }

  /** Forget every agent's state and timer (sandbox reset). */
  reset(): void {
    for (const cancel of this.wrapUpTimers.values()) cancel();
    this.wrapUpTimers.clear();
    // Everyone signed in is signed out, and told so as for any state change.
    for (const user of this.directory.users) {
      const signedIn = this.status(user.loginId).state !== 'LOGOUT';
      this.statuses.set(user.loginId, this.loggedOut());
      if (signedIn) this.publish(user.loginId, '');
    }
  }

  /**
   * The directory changed (CCE Administration): the team's Users node hears the member arrive (POST), change (PUT) or
   * leave (DELETE), and a moved agent leaves one team's node for the other's. A removed user is forgotten: a
   * later sign-in is refused as for any unknown user.
   */
  private userChanged(change: UserChange): void {
    switch (change.kind) {
      case 'added':
        this.notify({
          kind: 'team-member',
          event: 'POST',
          teamId: change.user.teamId,
          view: this.view(change.user.loginId),
        });
        return;
      case 'removed': {
        const view = this.viewOf(change.user, this.statuses.get(change.user.loginId) ?? this.loggedOut());
        this.wrapUpTimers.get(change.user.loginId)?.();
        this.wrapUpTimers.delete(change.user.loginId);
        this.statuses.delete(change.user.loginId);
        this.notify({ kind: 'team-member', event: 'DELETE', teamId: change.user.teamId, view });
        return;
      }
      case 'changed': {
        // A new peripheral number is a new loginId: the old one's state goes with it.
        if (change.before.loginId !== change.user.loginId) this.statuses.delete(change.before.loginId);
        const view = this.view(change.user.loginId);
        if (change.before.teamId === change.user.teamId) {
          this.notify({ kind: 'team-member', event: 'PUT', teamId: change.user.teamId, view });
          return;
        }
        this.notify({ kind: 'team-member', event: 'DELETE', teamId: change.before.teamId, view });
        this.notify({ kind: 'team-member', event: 'POST', teamId: change.user.teamId, view });
        return;
      }
    }
  }

  private rules(): StateRules {
    return {
      reasonCodes: this.directory.reasonCodes,
      isKnownDevice: (extension) =>
        this.directory.devices.includes(extension) && this.atExtension(extension) === undefined,
      supervisorReasonCodeId: SUPERVISOR_NOT_READY,
    };
  }

  private apply(loginId: string, decision: StateDecision, requestId: string): void {
    const status = this.status(loginId);
    switch (decision.kind) {
      case 'refuse':
        this.notify({ kind: 'user-error', loginId, failure: decision.failure, requestId });
        return;
      case 'pend':
        status.pendingState = decision.pendingState;
        status.pendingReasonCodeId = decision.reasonCodeId;
        this.publish(loginId, requestId);
        return;
      case 'apply': {
        const leavingWrapUp =
          (status.state === 'WORK' || status.state === 'WORK_READY') && decision.state !== status.state;
        if (decision.extension !== undefined && status.state === 'LOGOUT') status.extension = decision.extension;
        this.change(loginId, { state: decision.state, reasonCodeId: decision.reasonCodeId }, requestId);
        if (decision.state === 'LOGOUT') {
          status.extension = '';
          status.pendingState = '';
        }
        if (leavingWrapUp) {
          this.wrapUpTimers.get(loginId)?.();
          this.wrapUpTimers.delete(loginId);
          this.wrapUpEndedListener(loginId, requestId);
        }
        return;
      }
    }
  }

  private change(loginId: string, next: { state: AgentState; reasonCodeId?: string }, requestId: string): void {
    const status = this.status(loginId);
    const becameReady = next.state === 'READY' && status.state !== 'READY';
    if (next.state !== status.state) status.stateChangeTime = this.scheduler.now();
    status.state = next.state;
    if (next.reasonCodeId !== undefined) status.reasonCodeId = next.reasonCodeId;
    else if (next.state !== 'NOT_READY' && next.state !== 'LOGOUT' && next.state !== 'WORK')
      status.reasonCodeId = NO_REASON;
    if (next.state === 'READY' || next.state === 'NOT_READY') status.stateBeforeCall = next.state;
    this.publish(loginId, requestId);
    // After the READY is published, so a waiting call that rings at once follows it.
    if (becameReady) this.readyListener(loginId);
  }

  private publish(loginId: string, requestId: string): void {
    const view = this.view(loginId);
    this.notify({ kind: 'user', view, requestId });
    this.notify({ kind: 'team-member', event: 'PUT', teamId: view.user.teamId, view });
  }

  private loggedOut(): AgentStatus {
    return {
      state: 'LOGOUT',
      stateChangeTime: this.scheduler.now(),
      pendingState: '',
      pendingReasonCodeId: NO_REASON,
      reasonCodeId: NO_REASON,
      extension: '',
      stateBeforeCall: 'NOT_READY',
      reasonBeforeCall: NO_REASON,
    };
  }
}
