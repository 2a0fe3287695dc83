import type { Dialog, DialogView, Participant, ParticipantAction } from './types.js';
import type { NotificationSink } from './notifications.js';
import type { Scheduler } from './scheduler.js';
import type { AsyncFailure } from './errors.js';
import { dialogNotFound } from './errors.js';
import { participantActions } from './participant-actions.js';

/** Participant states of someone still on the call. */
export const LIVE: readonly Participant['state'][] = [
  'INITIATING',
  'INITIATED',
  'ALERTING',
  'ACTIVE',
  'HELD',
  'FAILED',
];

/**
 * The switch's calls and who holds them: a dialog is in a user's Dialogs collection from its POST to its DELETE, and
 * every change to it is a PUT to each holder.
 */
export class DialogBook {
  private readonly dialogs = new Map<string, Dialog>();
  /** dialogId → the users who have it in their Dialogs collection. */
  private readonly members = new Map<string, Set<string>>();
  /** The participants' actions last published per dialog, so a held call is re-published only when they change. */
  private readonly publishedActions = new Map<string, string>();

  constructor(
    private readonly notify: NotificationSink,
    private readonly scheduler: Scheduler,
  ) {}

  /** Start keeping a new call, held by nobody yet. */
  add(dialog: Dialog): void {
    this.dialogs.set(dialog.id, dialog);
    this.members.set(dialog.id, new Set());
  }

  get(dialogId: string): Dialog | undefined {
    return this.dialogs.get(dialogId);
  }

  find(dialogId: string): Dialog {
    const dialog = this.dialogs.get(dialogId);
    if (!dialog) throw dialogNotFound(dialogId);
    return dialog;
  }

  all(): Dialog[] {
    return [...this.dialogs.values()];
  }

  isMember(dialogId: string, loginId: string): boolean {
    return this.members.get(dialogId)?.has(loginId) ?? false;
  }

  /** The users holding the dialog, as a copy safe to iterate while they leave. */
  agentsOn(dialog: Dialog): string[] {
    return [...(this.members.get(dialog.id) ?? [])];
  }

  join(dialog: Dialog, loginId: string, requestId: string): void {
    this.members.get(dialog.id)?.add(loginId);
    this.notify({ kind: 'dialog', event: 'POST', loginId, dialog: this.view(dialog), requestId });
  }

  removeFrom(dialog: Dialog, loginId: string, requestId: string): void {
    const members = this.members.get(dialog.id);
    if (!members?.delete(loginId)) return;
    this.notify({ kind: 'dialog', event: 'DELETE', loginId, dialog: this.view(dialog), requestId });
    this.publishHeldCallsOf(loginId, dialog);
  }

  /** The call disappears at once for everyone on it (a consult call merged, a monitor call barged). */
  withdraw(dialog: Dialog, requestId: string): void {
    for (const participant of dialog.participants) this.setParticipantState(participant, 'DROPPED');
    dialog.state = 'DROPPED';
    for (const loginId of this.agentsOn(dialog)) this.removeFrom(dialog, loginId, requestId);
  }

  publishChange(dialog: Dialog, requestId: string): void {
    const view = this.view(dialog);
    this.publishedActions.set(dialog.id, actionsSignature(view));
    for (const loginId of this.agentsOn(dialog))
      this.notify({ kind: 'dialog', event: 'PUT', loginId, dialog: view, requestId });
    for (const loginId of this.agentsOn(dialog)) this.publishHeldCallsOf(loginId, dialog);
  }

  /**
   * A held call's actions depend on the agent's other calls (TRANSFER and CONFERENCE appear once a consult call is
   * active, and go when it ends), so when another call changes, each held call whose actions changed is published
   * too: clients enable Transfer from the actions Finesse lists, never by guessing.
   */
  private publishHeldCallsOf(loginId: string, changed: Dialog): void {
    for (const dialog of this.dialogs.values()) {
      if (dialog === changed || !this.isMember(dialog.id, loginId)) continue;
      if (!dialog.participants.some((participant) => participant.loginId === loginId && participant.state === 'HELD'))
        continue;
      const view = this.view(dialog);
      const signature = actionsSignature(view);
      if (this.publishedActions.get(dialog.id) === signature) continue;
      this.publishedActions.set(dialog.id, signature);
      for (const member of this.agentsOn(dialog))
        this.notify({ kind: 'dialog', event: 'PUT', loginId: member, dialog: view, requestId: '' });
    }
  }

  dialogError(loginId: string, dialogId: string, failure: AsyncFailure, requestId: string): void {
    this.notify({ kind: 'dialog-error', loginId, dialogId, failure, requestId });
  }

  setParticipantState(participant: Participant, state: Participant['state']): void {
    if (participant.state === state) return;
    participant.state = state;
    participant.stateChangeTime = this.scheduler.now();
    if (state === 'DROPPED' && participant.stateCause === '') participant.stateCause = 'OTHER';
  }

  /**
   * Forget dialogs no user holds any more. Run once an operation is complete, not inside it: a transfer removes the
   * call from one agent before it reaches the next.
   */
  collect(): void {
    for (const [id, members] of this.members) {
      if (members.size > 0) continue;
      this.members.delete(id);
      this.dialogs.delete(id);
      this.publishedActions.delete(id);
    }
  }

  /**
   * Forget every call, announcing each as Finesse announces a call that ends: a DELETE to every user holding it, so
   * subscribed clients drop it from their picture instead of keeping a call that no longer exists.
   */
  reset(): void {
    for (const dialog of this.dialogs.values()) {
      for (const participant of dialog.participants) this.setParticipantState(participant, 'DROPPED');
      dialog.state = 'DROPPED';
    }
    for (const dialog of this.dialogs.values()) {
      for (const loginId of this.agentsOn(dialog)) {
        this.members.get(dialog.id)?.delete(loginId);
        this.notify({ kind: 'dialog', event: 'DELETE', loginId, dialog: this.view(dialog), requestId: '' });
      }
    }
    this.dialogs.clear();
    this.members.clear();
    this.publishedActions.clear();
  }

  view(dialog: Dialog): DialogView {
    return {
      ...dialog,
      variables: new Map(dialog.variables),
      participants: dialog.participants.map((participant) => ({
        ...participant,
        actions: this.actionsOf(dialog, participant),
      })),
    };
  }

  actionsOf(dialog: Dialog, participant: Participant): ParticipantAction[] {
    return participantActions(participant.state, {
      callType: dialog.callType,
      isMonitoredAgent: dialog.callType === 'SUPERVISOR_MONITOR' && participant.loginId !== dialog.initiatorLoginId,
      hasOtherActiveCall:
        participant.loginId !== undefined && this.activeOtherCall(participant.loginId, dialog) !== undefined,
    });
  }

  /** Another call of the agent's in which they are ACTIVE (not a silent monitor call). */
  activeOtherCall(loginId: string, except: Dialog): Dialog | undefined {
    return [...this.dialogs.values()].find(
      (dialog) =>
        dialog !== except &&
        dialog.callType !== 'SUPERVISOR_MONITOR' &&
        dialog.participants.some((participant) => participant.loginId === loginId && participant.state === 'ACTIVE'),
    );
  }
}

/** Which participant may do what, as published: a held call is re-published only when this changes. */
function actionsSignature(view: DialogView): string {
  return view.participants
    .map((participant) => `${participant.mediaAddress}:${participant.actions.join(',')}`)
    .join(';');
}
