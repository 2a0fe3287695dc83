import type { AgentState, DirectoryUser } from './types.js';
import type { AgentRoster } from './agent-roster.js';
import type { NotificationSink } from './notifications.js';
import type { Scheduler } from './scheduler.js';
import type { MediaFailure, MediaRoutingDomain, MediaSession, MediaView, Task, TaskView } from './media-types.js';
import { ARM_ALREADY_LOGGED_IN, ARM_NOT_LOGGED_IN } from './media-types.js';
import type { MediaChange, MediaStateRequest, TaskActionRequest } from './media-request-rules.js';
import { checkMediaRequest, checkTaskAction } from './media-request-rules.js';
import { NEXT_STATE, mediaState, shownTaskState, taskActions } from './task-rules.js';
import { TaskRouter } from './task-router.js';
import type { TaskOffer } from './task-router.js';
import { invalidAuthorizationUser, invalidInput, notFound } from './errors.js';

/** Voice states in which a call holds the agent: interruptible MRDs that accept interrupts stop meanwhile. */
const ON_A_CALL: readonly AgentState[] = [
  'RESERVED',
  'RESERVED_OUTBOUND',
  'RESERVED_OUTBOUND_PREVIEW',
  'TALKING',
  'HOLD',
];

/**
 * The non-voice side of Finesse for Unified CCE: each user's sign-in and state per Media Routing Domain, and the
 * chats, emails and tasks offered to them, with the notifications Finesse publishes for each change
 * ("Media", "Dialog APIs for Nonvoice Tasks", "Media Notification", "Dialogs/Media Notification", Developer Guide 12.5(1)).
 */
export class MediaDesk {
  private readonly sessions = new Map<string, MediaSession>();
  private readonly onCall = new Set<string>();
  private readonly router: TaskRouter;

  constructor(
    readonly domains: readonly MediaRoutingDomain[],
    private readonly roster: AgentRoster,
    private readonly notify: NotificationSink,
    private readonly scheduler: Scheduler,
  ) {
    const agents = {
      signedIn: (mrdId: string) =>
        [...this.sessions.entries()]
          .filter(([, session]) => session.mrdId === mrdId)
          .map(([sessionKey]) => loginIdOf(sessionKey)),
      capacity: (loginId: string, mrdId: string) => this.capacity(loginId, mrdId),
    };
    this.router = new TaskRouter(scheduler, agents, (task) => this.offered(task));
  }

  /** A non-voice MRD; the voice MRD and unknown ids are not Media objects (404). */
  domain(mrdId: string): MediaRoutingDomain {
    const domain = this.domains.find((candidate) => candidate.id === mrdId && !candidate.voice);
    if (!domain) throw notFound(mrdId, 'Invalid mrdId specified');
    return domain;
  }

  mediaOf(actor: DirectoryUser, target: DirectoryUser): MediaView[] {
    if (actor.loginId !== target.loginId) throw invalidAuthorizationUser(actor.loginId);
    return this.domains.filter((domain) => !domain.voice).map((domain) => this.view(target.loginId, domain));
  }

  media(actor: DirectoryUser, target: DirectoryUser, mrdId: string): MediaView {
    if (actor.loginId !== target.loginId) throw invalidAuthorizationUser(actor.loginId);
    return this.view(target.loginId, this.domain(mrdId));
  }

  /** `PUT /User/{id}/Media/{mrdId}`: input faults throw; refusals of the agent's standing come back as a notification. */
  requestState(
    actor: DirectoryUser,
    target: DirectoryUser,
    mrdId: string,
    request: MediaStateRequest,
    requestId: string,
  ): void {
    if (actor.loginId !== target.loginId) throw invalidAuthorizationUser(actor.loginId);
    const domain = this.domain(mrdId);
    const change = checkMediaRequest(request);
    if (
      change.kind === 'state' &&
      change.reasonCodeId !== '-1' &&
      this.roster.reasonCode(change.reasonCodeId)?.category !== 'NOT_READY'
    ) {
      throw invalidInput('reasonCodeId', `Invalid reasonCodeId specified: ${change.reasonCodeId}`);
    }
    const session = this.sessions.get(key(target.loginId, mrdId));
    const refusal = refusalOf(change, session);
    if (refusal) {
      this.notify({ kind: 'media-error', loginId: target.loginId, mrdId, failure: refusal, requestId });
      return;
    }
    this.apply(target.loginId, domain, change, requestId);
    this.router.route();
  }

  /** The user's offered and open non-voice dialogs, in one MRD or all. */
  tasksOf(loginId: string, mrdId?: string): TaskView[] {
    return this.router.tasksOf(loginId, mrdId).map((task) => this.taskView(task));
  }

  readTask(actor: DirectoryUser, dialogId: string): TaskView {
    return this.taskView(this.taskFor(actor, dialogId));
  }

  /** A non-voice `PUT /Dialog/{id}` by the agent it is offered to. */
  act(actor: DirectoryUser, dialogId: string, request: TaskActionRequest, requestId: string): void {
    const task = this.taskFor(actor, dialogId);
    if (task.loginId !== actor.loginId) throw invalidAuthorizationUser(actor.loginId);
    const domain = this.domain(task.mrdId);
    const session = this.sessions.get(key(task.loginId, task.mrdId));
    const action = checkTaskAction(request, task, domain, session, shownTaskState(task, session));
    this.moveTask(task, NEXT_STATE[action], requestId);
    this.router.route();
  }

  /** The sandbox control API's offer: the task is offered at once where an agent has room, or waits as routing would. */
  offer(offer: Omit<TaskOffer, 'mrdId'> & { readonly mrd: string }): Task {
    const domain = this.domains.find(
      (candidate) => (candidate.id === offer.mrd || candidate.name === offer.mrd) && !candidate.voice,
    );
    if (!domain) throw new UnknownMediaRoutingDomain(offer.mrd);
    return this.router.enqueue({ ...offer, mrdId: domain.id });
  }

  /** Offers that wait for the first agent with room (the sandbox's demo chats and emails). */
  seed(offers: readonly TaskOffer[]): void {
    for (const offer of offers) this.router.enqueue(offer);
  }

  /** The agent's voice state changed: a call interrupts their interruptible MRDs that accept interrupts, and its end resumes them. */
  voiceStateChanged(loginId: string, state: AgentState): void {
    const busy = ON_A_CALL.includes(state);
    if (busy === this.onCall.has(loginId)) return;
    if (busy) this.onCall.add(loginId);
    else this.onCall.delete(loginId);
    for (const domain of this.domains) {
      const session = this.sessions.get(key(loginId, domain.id));
      if (!session || !domain.interruptible || session.interruptAction !== 'ACCEPT') continue;
      session.interrupted = busy;
      // "Finesse sends only a Media state change when an agent is interrupted in that MRD."
      this.publishMediaIfChanged(loginId, domain, '');
    }
    if (!busy) this.router.route();
  }

  /** Back to no sign-ins and no tasks, each signed-in user's tasks closed and their Media LOGOUT announced, as Finesse announces any change. */
  reset(): void {
    for (const [sessionKey, session] of [...this.sessions])
      this.signOut(loginIdOf(sessionKey), this.domain(session.mrdId), 'CLOSE', '');
    this.onCall.clear();
    this.router.reset();
  }

  private apply(loginId: string, domain: MediaRoutingDomain, change: MediaChange, requestId: string): void {
    const now = this.scheduler.now();
    if (change.kind === 'login') {
      // "The user is … automatically placed in NOT_READY state and made routable for that MRD."
      const session: MediaSession = {
        mrdId: domain.id,
        maxDialogLimit: change.maxDialogLimit,
        interruptAction: change.interruptAction,
        dialogLogoutAction: change.dialogLogoutAction,
        requested: 'NOT_READY',
        reasonCodeId: '-1',
        interrupted: domain.interruptible && change.interruptAction === 'ACCEPT' && this.onCall.has(loginId),
        stateChangeTime: now,
        publishedState: 'LOGOUT',
      };
      this.sessions.set(key(loginId, domain.id), session);
      this.publishMedia(loginId, domain, requestId);
      return;
    }
    const session = this.sessions.get(key(loginId, domain.id));
    if (!session) return;
    if (change.kind === 'state') {
      session.requested = change.state;
      session.reasonCodeId = change.reasonCodeId;
      this.publishMedia(loginId, domain, requestId);
      return;
    }
    this.signOut(loginId, domain, session.dialogLogoutAction, requestId);
  }

  /** "If the agent signs out with active tasks, Finesse either closes or transfers the tasks" (dialogLogoutAction). */
  private signOut(
    loginId: string,
    domain: MediaRoutingDomain,
    logoutAction: MediaSession['dialogLogoutAction'],
    requestId: string,
  ): void {
    for (const task of this.router.tasksOf(loginId, domain.id)) {
      if (logoutAction === 'TRANSFER') this.returnToQueue(task, requestId);
      else this.moveTask(task, 'CLOSED', requestId);
    }
    this.sessions.delete(key(loginId, domain.id));
    this.publishMedia(loginId, domain, requestId);
  }

  private moveTask(task: Task, state: Task['state'], requestId: string): void {
    task.state = state;
    task.stateChangeTime = this.scheduler.now();
    this.notify({ kind: 'task', event: 'PUT', view: this.taskView(task), requestId });
    if (state === 'CLOSED') {
      this.notify({ kind: 'task', event: 'DELETE', view: this.taskView(task), requestId });
      this.router.remove(task);
    }
    this.publishMediaIfChanged(task.loginId, this.domain(task.mrdId), requestId);
  }

  /** A transfer on sign-out: the task leaves this agent's Dialogs and is routed again. */
  private returnToQueue(task: Task, requestId: string): void {
    this.notify({ kind: 'task', event: 'DELETE', view: this.taskView(task), requestId });
    this.router.requeue(task);
  }

  private offered(task: Task): void {
    this.notify({ kind: 'task', event: 'POST', view: this.taskView(task), requestId: '' });
    this.publishMediaIfChanged(task.loginId, this.domain(task.mrdId), '');
  }

  /** How many more tasks CCE may offer this agent in this MRD now (0 when not routable). */
  private capacity(loginId: string, mrdId: string): number {
    const session = this.sessions.get(key(loginId, mrdId));
    if (!session || session.requested !== 'READY' || session.interrupted) return 0;
    return session.maxDialogLimit - this.router.tasksOf(loginId, mrdId).length;
  }

  private taskFor(actor: DirectoryUser, dialogId: string): Task {
    const task = this.router.find(dialogId);
    if (!task || task.loginId === '') throw notFound(dialogId, 'Invalid dialogId specified for dialog');
    if (task.loginId !== actor.loginId && !this.roster.supervises(actor, this.roster.get(task.loginId)))
      throw invalidAuthorizationUser(actor.loginId);
    return task;
  }

  private taskView(task: Task): TaskView {
    const domain = this.domain(task.mrdId);
    const state = shownTaskState(task, this.sessions.get(key(task.loginId, task.mrdId)));
    return { task, domain, state, actions: taskActions(state, domain) };
  }

  private view(loginId: string, domain: MediaRoutingDomain): MediaView {
    const session = this.sessions.get(key(loginId, domain.id));
    const state = mediaState(session, this.router.tasksOf(loginId, domain.id));
    const reasonCode = session && state === 'NOT_READY' ? this.roster.reasonCode(session.reasonCodeId) : undefined;
    return { loginId, domain, session, state, reasonCode };
  }

  private publishMediaIfChanged(loginId: string, domain: MediaRoutingDomain, requestId: string): void {
    const session = this.sessions.get(key(loginId, domain.id));
    if (session && mediaState(session, this.router.tasksOf(loginId, domain.id)) !== session.publishedState)
      this.publishMedia(loginId, domain, requestId);
  }

  private publishMedia(loginId: string, domain: MediaRoutingDomain, requestId: string): void {
    const view = this.view(loginId, domain);
    if (view.session) {
      if (view.session.publishedState !== view.state) view.session.stateChangeTime = this.scheduler.now();
      view.session.publishedState = view.state;
    }
    this.notify({ kind: 'media', view, requestId });
  }
}

/** The control API named an MRD the contact center does not have (or the voice one). */
export class UnknownMediaRoutingDomain extends Error {
  constructor(readonly mrd: string) {
    super(`No non-voice Media Routing Domain ${mrd}`);
  }
}

function key(loginId: string, mrdId: string): string {
  return `${loginId}/${mrdId}`;
}

function loginIdOf(sessionKey: string): string {
  return sessionKey.slice(0, sessionKey.indexOf('/'));
}

/** What the agent's standing in the MRD refuses: signing in twice, or changing state while signed out. */
function refusalOf(change: MediaChange, session: MediaSession | undefined): MediaFailure | undefined {
  if (change.kind === 'login') return session ? ARM_ALREADY_LOGGED_IN : undefined;
  return session ? undefined : ARM_NOT_LOGGED_IN;
}
