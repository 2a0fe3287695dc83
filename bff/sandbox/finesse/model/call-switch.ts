import type { Dialog, DialogView, DirectoryUser, Participant } from './types.js';
import type { FinesseDirectory } from './demo-directory.js';
import type { NotificationSink } from './notifications.js';
import type { Scheduler } from './scheduler.js';
import type { AgentRoster } from './agent-roster.js';
import type { SwitchParts } from './switch-parts.js';
import type { DialogAction, DialogActionRequest, InboundCall, NewDialogRequest } from './dialog-requests.js';
import { DialogFactory } from './dialog-factory.js';
import { DialogBook } from './dialog-book.js';
import { AgentCallState } from './agent-call-state.js';
import { BasicCalls } from './basic-calls.js';
import { Transfers } from './transfers.js';
import { SupervisorMonitoring } from './supervisor-monitoring.js';
import { CallData } from './call-data.js';
import { CallQueue } from './call-queue.js';
import type { WaitingCall } from './call-queue.js';
import type { QueuedCall } from './dialog-requests.js';
import {
  bargedMonitorId,
  checkAllowed,
  checkDtmf,
  checkMakeCall,
  checkMayRead,
  checkNewDialog,
  emulatedAction,
  requireDestination,
  targetParticipant,
} from './dialog-request-rules.js';
import { invalidAuthorizationUser } from './errors.js';

export { DIALOG_ACTIONS, InboundCallRefused } from './dialog-requests.js';
export type { DialogAction, DialogActionRequest, InboundCall, NewDialogRequest } from './dialog-requests.js';

/**
 * The emulated switch behind Finesse: it rings, connects, holds, transfers and clears calls, and publishes the
 * Dialog notifications Finesse sends for each CTI event ("CTI Event Mappings for Dialog and Participant States",
 * Developer Guide 12.5(1)). A dialog is in a user's Dialogs collection from its POST to its DELETE.
 */
export class CallSwitch {
  private readonly book: DialogBook;
  private readonly calls: BasicCalls;
  private readonly transfers: Transfers;
  private readonly monitoring: SupervisorMonitoring;
  private readonly callData: CallData;
  private readonly queue: CallQueue;

  constructor(
    directory: FinesseDirectory,
    private readonly roster: AgentRoster,
    notify: NotificationSink,
    scheduler: Scheduler,
    options: { readonly answerDelayMs: number; readonly queueChanged?: () => void },
  ) {
    this.book = new DialogBook(notify, scheduler);
    const agents = new AgentCallState(this.book, roster);
    const parts: SwitchParts = {
      directory,
      roster,
      notify,
      scheduler,
      factory: new DialogFactory(),
      book: this.book,
      agents,
    };
    this.calls = new BasicCalls(parts, options.answerDelayMs);
    this.transfers = new Transfers(parts, this.calls);
    this.monitoring = new SupervisorMonitoring(parts, this.calls);
    this.callData = new CallData(this.book);
    this.queue = new CallQueue(parts, this.calls, options.queueChanged ?? (() => undefined));
    roster.onWrapUpEnded((loginId, requestId) => agents.endWrapUp(loginId, requestId));
    roster.onReady((loginId) => this.queue.offerTo(loginId));
  }

  /** The sandbox control API's queued call: it rings at a Ready agent of the queue or waits for one. */
  queueCall(call: QueuedCall): string {
    return this.queue.enqueue(call);
  }

  /** The callers waiting in a queue. */
  waitingIn(queueId: string): readonly WaitingCall[] {
    return this.queue.waitingIn(queueId);
  }

  /** The call an agent is connected on (their own participant ACTIVE or HELD; a call they only are monitored on does not count). */
  connectedCall(loginId: string): Dialog | undefined {
    return this.book
      .all()
      .find(
        (dialog) =>
          !(dialog.callType === 'SUPERVISOR_MONITOR' && dialog.initiatorLoginId !== loginId) &&
          dialog.participants.some(
            (participant) =>
              participant.loginId === loginId && (participant.state === 'ACTIVE' || participant.state === 'HELD'),
          ),
      );
  }

  /** The dialogs in a user's collection (`GET /User/{id}/Dialogs`). */
  dialogsOf(loginId: string): DialogView[] {
    return this.book
      .all()
      .filter((dialog) => this.book.isMember(dialog.id, loginId))
      .map((dialog) => this.view(dialog));
  }

  /** `GET /Dialog/{id}`: participants and their supervisors may read it. */
  read(actor: DirectoryUser, dialogId: string): DialogView {
    const dialog = this.book.find(dialogId);
    checkMayRead(this.book, this.roster, actor, dialog);
    return this.view(dialog);
  }

  view(dialog: Dialog): DialogView {
    return this.book.view(dialog);
  }

  /** The sandbox control API's inbound call: it rings at the agent signed in on `to`. */
  ringInbound(call: InboundCall): string {
    return this.calls.ringInbound(call);
  }

  /** The caller outside the contact center hangs up, waiting in a queue or on a call (sandbox control API). */
  hangUpCaller(dialogId: string): boolean {
    return this.queue.abandon(dialogId) || this.calls.hangUpCaller(dialogId);
  }

  /** `POST /finesse/api/User/{id}/Dialogs`: MAKE_CALL, SILENT_MONITOR or BARGE_CALL. */
  create(actor: DirectoryUser, owner: DirectoryUser, request: NewDialogRequest, requestId: string): void {
    const { action, fromAddress, toAddress } = checkNewDialog(actor, owner, request, this.roster);
    if (action === 'MAKE_CALL') {
      checkMakeCall(fromAddress, toAddress, request.variables);
      this.calls.makeCall(actor, fromAddress, toAddress, request.variables, requestId);
      this.book.collect();
      return;
    }
    if (!actor.roles.includes('Supervisor')) throw invalidAuthorizationUser(actor.loginId);
    if (action === 'SILENT_MONITOR') {
      this.monitoring.silentMonitor(actor, fromAddress, toAddress, requestId);
      return;
    }
    this.monitoring.barge(actor, bargedMonitorId(request), requestId);
    this.book.collect();
  }

  /** `PUT /finesse/api/Dialog/{id}`: act on the actor's participant, or (PARTICIPANT_DROP) drop another one. */
  act(actor: DirectoryUser, dialogId: string, request: DialogActionRequest, requestId: string): void {
    const dialog = this.book.find(dialogId);
    checkMayRead(this.book, this.roster, actor, dialog);
    if (request.requestedAction === 'PARTICIPANT_DROP') {
      this.monitoring.dropParticipant(actor, dialog, request.targetMediaAddress, requestId);
      this.book.collect();
      return;
    }
    const action = emulatedAction(request.requestedAction);
    const participant = targetParticipant(actor, dialog, action, request.targetMediaAddress);
    checkAllowed(this.book, dialog, participant, action);
    this.perform(actor, dialog, participant, action, request, requestId);
    this.book.collect();
  }

  /** Forget every call (sandbox reset). */
  reset(): void {
    this.queue.reset();
    this.book.reset();
  }

  private perform(
    actor: DirectoryUser,
    dialog: Dialog,
    participant: Participant,
    action: DialogAction,
    request: DialogActionRequest,
    requestId: string,
  ): void {
    switch (action) {
      case 'ANSWER':
        this.calls.answer(dialog, participant, requestId);
        return;
      case 'HOLD':
        this.calls.holdOrRetrieve(actor, dialog, participant, 'HELD', requestId);
        return;
      case 'RETRIEVE':
        this.calls.holdOrRetrieve(actor, dialog, participant, 'ACTIVE', requestId);
        return;
      case 'DROP':
        this.calls.drop(dialog, participant, requestId);
        return;
      case 'CONSULT_CALL':
        this.transfers.consult(
          actor,
          dialog,
          participant,
          requireDestination(request.toAddress, participant.mediaAddress),
          requestId,
        );
        return;
      case 'TRANSFER':
      case 'CONFERENCE':
        this.transfers.completeConsult(actor, dialog, participant, action, requestId);
        return;
      case 'TRANSFER_SST':
        this.transfers.singleStepTransfer(
          actor,
          dialog,
          participant,
          requireDestination(request.toAddress, participant.mediaAddress),
          requestId,
        );
        return;
      case 'SEND_DTMF':
        checkDtmf(request.dtmfString);
        this.callData.sendDtmf(dialog, requestId);
        return;
      case 'UPDATE_CALL_DATA':
        this.callData.update(actor, dialog, request, requestId);
        return;
    }
  }
}
