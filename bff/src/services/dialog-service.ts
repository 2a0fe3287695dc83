import type { Agent } from '../../../shared/api/agent.js';
import type { Dialog, DialogActionRequest, MakeCallRequest } from '../../../shared/api/dialog.js';
import type { Session } from '../auth/session.js';
import type { NotificationHub } from '../events/notification-hub.js';
import type { NewAuditEvent } from '../store/index.js';
import type { AuditTrail } from './audit-trail.js';
import type { AgentNotifications } from '../events/agent-notifications.js';
import { ConflictError, ForbiddenError, NotFoundError, UpstreamRefusedError } from '../errors.js';
import { confirmedWrite, notApplied } from './confirmed-write.js';
import type { DialogEffect } from './dialog-effects.js';
import { describeCall, dialogActionEffect, endedFor } from './dialog-effects.js';
import type { CallCenterUpdate, Credentials, DialogCommand, NewCall } from '../domain/types.js';

/** Call actions Finesse allows supervisors only; refused here (403) rather than sent to be refused with a 401. */
const SUPERVISOR_ACTIONS: ReadonlySet<string> = new Set(['BARGE_CALL', 'PARTICIPANT_DROP']);

/** The Finesse calls the dialog service makes (FinesseClient provides them). */
export interface DialogFinesse {
  getUser(credentials: Credentials, id: string): Promise<Agent>;
  dialogs(credentials: Credentials, loginId: string): Promise<Dialog[]>;
  dialog(credentials: Credentials, dialogId: string): Promise<Dialog>;
  makeCall(credentials: Credentials, loginId: string, call: NewCall, requestId: string): Promise<void>;
  dialogAction(credentials: Credentials, dialogId: string, action: DialogCommand, requestId: string): Promise<void>;
}

/**
 * The action's effect in one update: the dialog to answer, or undefined. A call gone from the agent's calls is
 * answered as last known, ended for the agent.
 */
function effectInUpdate(
  effect: DialogEffect,
  update: CallCenterUpdate,
  echoed: boolean,
  known: ReadonlySet<string>,
  dialogId: string,
  extension: string,
): Dialog | undefined {
  if (update.kind !== 'dialog') return undefined;
  if (effect.kind === 'new-call')
    return update.change === 'added' && !known.has(update.dialog.id) && effect.isIt(update.dialog, echoed)
      ? update.dialog
      : undefined;
  if (update.dialog.id !== dialogId) return undefined;
  const removed = update.change === 'removed';
  if (!effect.inUpdate(removed ? undefined : update.dialog, echoed)) return undefined;
  return removed ? endedFor(update.dialog, extension) : update.dialog;
}

/** A call among `dialogs` that is not among the `known` ones and is the new call `effect` looks for. */
function newCallIn(dialogs: readonly Dialog[], effect: DialogEffect, known: ReadonlySet<string>): Dialog | undefined {
  return effect.kind === 'new-call'
    ? dialogs.find((dialog) => !known.has(dialog.id) && effect.isIt(dialog, false))
    : undefined;
}

/**
 * The action's effect in a fresh read of the agent's calls: the dialog to answer (a call gone from them as last
 * known, ended for the agent), or what the read shows instead.
 */
function effectInRead(
  effect: DialogEffect,
  dialogs: readonly Dialog[],
  known: ReadonlySet<string>,
  before: Dialog,
  extension: string,
): Dialog | string {
  if (effect.kind === 'new-call') return newCallIn(dialogs, effect, known) ?? 'no new call is among your calls';
  const call = dialogs.find((dialog) => dialog.id === before.id);
  if (effect.inRead(call)) return call ?? endedFor(before, extension);
  return describeCall(call, extension);
}

/**
 * The signed-in agent's calls: list them, make one, act on one. The agent acts only on dialogs in their own
 * collection, always on their own participant (their extension), and answers come once Finesse confirms.
 */
export class DialogService {
  constructor(
    private readonly finesse: DialogFinesse,
    private readonly hub: NotificationHub,
    private readonly audit: AuditTrail<NewAuditEvent>,
    private readonly actionWaitMs: number,
    private readonly now: () => Date,
  ) {}

  /** The agent's calls: from the live picture while XMPP notifications flow, else read from Finesse. */
  async list(session: Session): Promise<Dialog[]> {
    return (
      this.hub.livePicture(session.loginId)?.dialogs ??
      (await this.finesse.dialogs(session.credentials, session.loginId))
    );
  }

  /**
   * One of the agent's calls. The live picture may lag Finesse by the notification's flight time, so a call it does
   * not know yet is looked up in Finesse before answering that it is not the agent's.
   */
  async find(session: Session, dialogId: string): Promise<Dialog | undefined> {
    const live = this.hub.livePicture(session.loginId)?.dialogs.find((dialog) => dialog.id === dialogId);
    return (
      live ??
      (await this.finesse.dialogs(session.credentials, session.loginId)).find((dialog) => dialog.id === dialogId)
    );
  }

  /**
   * The call whose caller a screen pop shows: one of the agent's calls, or, for a supervisor's silent monitor call,
   * the call it monitors (Finesse lets a supervisor read their team's calls), so the supervisor sees the monitored
   * agent's caller.
   */
  async callToPop(session: Session, dialogId: string): Promise<Dialog | undefined> {
    const call = await this.find(session, dialogId);
    if (call?.callType !== 'SUPERVISOR_MONITOR' || call.associatedDialogId === undefined) return call;
    return this.finesse.dialog(session.credentials, call.associatedDialogId);
  }

  /**
   * Whether a call is, or was, the agent's: one of their calls now, or one of their latest calls that ended while
   * this node heard their notifications (a note is often written in wrap-up, after the call is gone).
   */
  async isOrWasTheirs(session: Session, dialogId: string): Promise<boolean> {
    if (this.hub.find(session.loginId)?.hadCall(dialogId) === true) return true;
    return (await this.find(session, dialogId)) !== undefined;
  }

  makeCall(session: Session, request: MakeCallRequest): Promise<Dialog> {
    // The outcome is the new call: echoed by Finesse, or (un-echoed, or read) the one to the number dialled.
    return this.newCall(
      session,
      'the call',
      { toAddress: request.to, ...(request.variables ? { variables: request.variables } : {}) },
      (dialog, echoed) => echoed || dialog.to === request.to,
    );
  }

  /**
   * A supervisor's silent monitor call on the agent signed in at `extension` (SILENT_MONITOR; Finesse wants the
   * supervisor NOT_READY on Unified CCE): answered with the monitor call once Finesse confirms it.
   */
  silentMonitor(session: Session, extension: string): Promise<Dialog> {
    return this.newCall(
      session,
      'the silent monitor',
      { requestedAction: 'SILENT_MONITOR', toAddress: extension },
      (dialog, echoed) => dialog.callType === 'SUPERVISOR_MONITOR' && (echoed || dialog.to === extension),
    );
  }

  /** A call from the agent's extension that is not among their calls yet, confirmed by its arrival among them. */
  private async newCall(
    session: Session,
    what: string,
    call: Omit<NewCall, 'fromAddress'>,
    isIt: (dialog: Dialog, echoed: boolean) => boolean,
  ): Promise<Dialog> {
    const extension = await this.extensionOf(session);
    if (extension === '') throw new ConflictError('not_signed_in', 'Sign in to an extension before making a call');
    const known = new Set((await this.list(session)).map((dialog) => dialog.id));
    const effect: DialogEffect = { kind: 'new-call', isIt };
    return this.audited(session, call.requestedAction ?? 'MAKE_CALL', call.toAddress, async () => {
      const notifications = await this.hub.acquireFor(session);
      return confirmedWrite({
        what,
        notifications,
        waitMs: this.actionWaitMs,
        send: (requestId) =>
          this.finesse.makeCall(session.credentials, session.loginId, { ...call, fromAddress: extension }, requestId),
        effectIn: (update, echoed) => effectInUpdate(effect, update, echoed, known, '', extension),
        settle: () =>
          this.settle(
            session,
            notifications,
            what,
            (dialogs) => newCallIn(dialogs, effect, known) ?? 'no new call is among your calls',
          ),
      });
    });
  }

  async act(session: Session, dialogId: string, request: DialogActionRequest): Promise<Dialog> {
    // Only the agent's own calls: another agent's dialog id is answered as unknown, not as forbidden.
    if (SUPERVISOR_ACTIONS.has(request.action) && !session.roles.includes('Supervisor'))
      throw new ForbiddenError(`${request.action} needs the Supervisor role`);
    const before = await this.find(session, dialogId);
    if (!before) throw new NotFoundError(`No call ${dialogId} among your calls`);
    const extension = await this.extensionOf(session);
    const dropped = request.action === 'PARTICIPANT_DROP';
    const action: DialogCommand = {
      requestedAction: request.action,
      // PARTICIPANT_DROP names the party to drop; every other action acts on the agent's own participant.
      ...(request.action === 'UPDATE_CALL_DATA' ? {} : { targetMediaAddress: dropped ? request.target : extension }),
      ...(request.target === undefined || dropped ? {} : { toAddress: request.target }),
      ...(request.dtmf === undefined ? {} : { dtmf: request.dtmf }),
      ...(request.wrapUpReason === undefined ? {} : { wrapUpReason: request.wrapUpReason }),
      ...(request.variables === undefined ? {} : { variables: request.variables }),
    };
    const effect = dialogActionEffect(request, dialogId, extension, before.associatedDialogId);
    // BARGE_CALL is a new call of the supervisor's, naming the monitor call ("Dialog—Barge In"); the rest act on the call.
    const send = (requestId: string) =>
      request.action === 'BARGE_CALL'
        ? this.finesse.makeCall(
            session.credentials,
            session.loginId,
            {
              requestedAction: 'BARGE_CALL',
              fromAddress: extension,
              toAddress: before.to,
              associatedDialogId: dialogId,
            },
            requestId,
          )
        : this.finesse.dialogAction(session.credentials, dialogId, action, requestId);
    const known = new Set((this.hub.find(session.loginId)?.current().dialogs ?? [before]).map((dialog) => dialog.id));
    return this.audited(session, request.action, dialogId, async () => {
      const notifications = await this.hub.acquireFor(session);
      try {
        return await confirmedWrite({
          what: request.action,
          notifications,
          waitMs: this.actionWaitMs,
          send,
          effectIn: (update, echoed) => effectInUpdate(effect, update, echoed, known, dialogId, extension),
          settle: () =>
            this.settle(session, notifications, request.action, (dialogs) =>
              effectInRead(effect, dialogs, known, before, extension),
            ),
        });
      } catch (error) {
        // Finesse no longer has the call (it ended unseen, or Finesse was reset): the live picture is stale, so it is
        // read again (announcing the call's removal to the agent's streams) before answering that the call is gone.
        if (!(error instanceof UpstreamRefusedError) || error.status !== 404) throw error;
        await notifications.resync();
        throw new NotFoundError(`No call ${dialogId} among your calls: Finesse no longer has it`, {
          upstream: error.details.upstream,
        });
      }
    });
  }

  /**
   * No update showed the effect within the wait (or Finesse answered without it): one read of the agent's calls
   * settles it, as for state changes. Without the effect, Finesse did not apply the request: 409.
   */
  private async settle(
    session: Session,
    notifications: AgentNotifications,
    what: string,
    shown: (dialogs: Dialog[]) => Dialog | string,
  ): Promise<Dialog> {
    const outcome = shown(await this.finesse.dialogs(session.credentials, session.loginId));
    if (typeof outcome === 'string') throw notApplied(what, outcome, notifications.transport);
    return outcome;
  }

  /** The agent's signed-in extension: from the live picture while XMPP notifications flow, else read from Finesse. */
  private async extensionOf(session: Session): Promise<string> {
    return (
      this.hub.livePicture(session.loginId)?.agent ?? (await this.finesse.getUser(session.credentials, session.loginId))
    ).extension;
  }

  private async audited(
    session: Session,
    action: string,
    subject: string,
    work: () => Promise<Dialog>,
  ): Promise<Dialog> {
    try {
      const dialog = await work();
      await this.audit.record({
        at: this.now(),
        actor: session.loginId,
        action: 'dialog.action',
        subject: `${action} ${subject}`.slice(0, 100),
        outcome: 'ok',
      });
      return dialog;
    } catch (error) {
      await this.audit.record({
        at: this.now(),
        actor: session.loginId,
        action: 'dialog.action',
        subject: `${action} ${subject}`.slice(0, 100),
        outcome: 'refused',
        detail: error instanceof Error ? error.message.slice(0, 200) : null,
      });
      throw error;
    }
  }
}
