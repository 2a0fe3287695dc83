import type { Dialog, DialogView, DirectoryUser, Participant, ParticipantAction } from './types.js';
import type { FinesseDirectory } from './demo-directory.js';
import type { NotificationSink } from './notifications.js';
import type { Scheduler } from './scheduler.js';
import type { AgentRoster } from './agent-roster.js';
import { DialogFactory } from './dialog-factory.js';
import { participantActions } from './participant-actions.js';
import { invalidCallData, variablesProblem } from './call-variables.js';
import type { AsyncFailure } from './errors.js';
import {
  CTI_CALL_OPERATION_FAILED,
  CTI_INVALID_OBJECT_STATE,
  dialogNotFound,
  invalidAuthorizationUser,
  invalidDestination,
  invalidInput,
  invalidState,
  notImplemented,
  parameterMissing,
} from './errors.js';

/** The `requestedAction` values of `PUT /Dialog/{id}` the emulator carries out. */
export const DIALOG_ACTIONS = [
  'ANSWER',
  'HOLD',
  'RETRIEVE',
  'DROP',
  'CONSULT_CALL',
  'TRANSFER',
  'TRANSFER_SST',
  'CONFERENCE',
  'SEND_DTMF',
  'UPDATE_CALL_DATA',
] as const;
export type DialogAction = (typeof DIALOG_ACTIONS)[number];

/** Documented actions the emulator does not carry out; it answers them like a deployment without the feature (501). */
const NOT_EMULATED = [
  'PARTICIPANT_DROP',
  'START_RECORDING',
  'ACCEPT',
  'CLOSE',
  'REJECT',
  'RECLASSIFY',
  'UPDATE_SCHEDULED_CALLBACK',
  'CANCEL_SCHEDULED_CALLBACK',
];

export interface DialogActionRequest {
  readonly requestedAction: string | undefined;
  readonly targetMediaAddress?: string | undefined;
  readonly toAddress?: string | undefined;
  readonly dtmfString?: string | undefined;
  readonly wrapUpReason?: string | undefined;
  readonly variables?: ReadonlyMap<string, string> | undefined;
}

export interface NewDialogRequest {
  readonly requestedAction: string | undefined;
  readonly fromAddress: string | undefined;
  readonly toAddress: string | undefined;
  readonly associatedDialogUri?: string | undefined;
  readonly variables?: ReadonlyMap<string, string> | undefined;
}

export interface InboundCall {
  readonly from: string;
  readonly to: string;
  readonly dialedNumber?: string | undefined;
  readonly variables?: ReadonlyMap<string, string> | undefined;
}

/** Why the sandbox could not ring a call (answered by the control API as JSON, never as Finesse XML). */
export class InboundCallRefused extends Error {
  constructor(
    readonly reason: 'unknown_extension' | 'agent_not_signed_in' | 'invalid_variables',
    message: string,
  ) {
    super(message);
    this.name = 'InboundCallRefused';
  }
}

const DESTINATION = /^\+?[0-9*#]{1,32}$/;
const DTMF = /^[0-9*#A-D]{1,32}$/;
const LIVE: readonly Participant['state'][] = ['INITIATING', 'INITIATED', 'ALERTING', 'ACTIVE', 'HELD', 'FAILED'];
const WRAP_UP_REASON_BYTES = 39;

/**
 * The emulated switch behind Finesse: it rings, connects, holds, transfers and clears calls, and publishes the
 * Dialog notifications Finesse sends for each CTI event ("CTI Event Mappings for Dialog and Participant States",
 * Developer Guide 12.5(1)). A dialog is in a user's Dialogs collection from its POST to its DELETE.
 */
export class CallSwitch {
  private readonly dialogs = new Map<string, Dialog>();
  /** dialogId → the users who have it in their Dialogs collection. */
  private readonly members = new Map<string, Set<string>>();
  private readonly factory = new DialogFactory();

  constructor(
    private readonly directory: FinesseDirectory,
    private readonly roster: AgentRoster,
    private readonly notify: NotificationSink,
    private readonly scheduler: Scheduler,
    private readonly options: { readonly answerDelayMs: number },
  ) {
    roster.onWrapUpEnded((loginId, requestId) => this.endWrapUp(loginId, requestId));
  }

  /** The dialogs in a user's collection (`GET /User/{id}/Dialogs`). */
  dialogsOf(loginId: string): DialogView[] {
    return [...this.dialogs.values()].filter((dialog) => this.isMember(dialog.id, loginId)).map((dialog) => this.view(dialog));
  }

  /** `GET /Dialog/{id}`: participants and their supervisors may read it. */
  read(actor: DirectoryUser, dialogId: string): DialogView {
    const dialog = this.find(dialogId);
    if (!this.mayRead(actor, dialog)) throw invalidAuthorizationUser(actor.loginId);
    return this.view(dialog);
  }

  view(dialog: Dialog): DialogView {
    return {
      ...dialog,
      variables: new Map(dialog.variables),
      participants: dialog.participants.map((participant) => ({ ...participant, actions: this.actionsOf(dialog, participant) })),
    };
  }

  /** The sandbox control API's inbound call: it rings at the agent signed in on `to`. */
  ringInbound(call: InboundCall): string {
    const agent = this.roster.atExtension(call.to);
    if (!agent) {
      const known = this.directory.devices.includes(call.to);
      throw known
        ? new InboundCallRefused('agent_not_signed_in', `No agent is signed in at extension ${call.to}`)
        : new InboundCallRefused('unknown_extension', `Extension ${call.to} is not an agent device`);
    }
    const problem = call.variables ? variablesProblem(call.variables) : undefined;
    if (problem) throw new InboundCallRefused('invalid_variables', problem);
    const now = this.scheduler.now();
    // A READY agent receives the call from the ACD; anyone else is called directly at their extension.
    const acd = this.roster.status(agent.loginId).state === 'READY';
    const dialog = this.factory.create({
      now,
      fromAddress: call.from,
      toAddress: call.to,
      callType: acd ? 'ACD_IN' : 'OTHER_IN',
      initiatorLoginId: '',
      dialedNumber: call.dialedNumber,
      queue: acd ? this.directory.queue : undefined,
      variables: call.variables,
    });
    dialog.state = 'ALERTING';
    dialog.participants.push(
      this.factory.participant(now, { mediaAddress: call.to, mediaAddressType: 'AGENT_DEVICE', state: 'ALERTING', loginId: agent.loginId }),
      this.factory.participant(now, { mediaAddress: call.from, mediaAddressType: '', state: 'INITIATED' }),
    );
    this.dialogs.set(dialog.id, dialog);
    this.members.set(dialog.id, new Set());
    this.join(dialog, agent.loginId, '');
    this.syncAgent(agent.loginId, '');
    return dialog.id;
  }

  /** The caller outside the contact center hangs up (sandbox control API). */
  hangUpCaller(dialogId: string): boolean {
    const dialog = this.dialogs.get(dialogId);
    const caller = dialog?.participants.find((participant) => participant.loginId === undefined && LIVE.includes(participant.state));
    if (!dialog || !caller) return false;
    if (dialog.state === 'ACTIVE') {
      // CALL_CONNECTION_CLEARED for the caller first (dialog still ACTIVE), then the call clears.
      this.setParticipantState(caller, 'DROPPED');
      this.publishChange(dialog, '');
    }
    this.clear(dialog, '');
    this.collect();
    return true;
  }

  /** `POST /finesse/api/User/{id}/Dialogs`: MAKE_CALL, SILENT_MONITOR or BARGE_CALL. */
  create(actor: DirectoryUser, owner: DirectoryUser, request: NewDialogRequest, requestId: string): void {
    if (actor.loginId !== owner.loginId) throw invalidAuthorizationUser(actor.loginId);
    const action = request.requestedAction;
    if (action === undefined || action === '') throw parameterMissing('requestedAction');
    if (action !== 'MAKE_CALL' && action !== 'SILENT_MONITOR' && action !== 'BARGE_CALL') {
      throw invalidInput('requestedAction', `Invalid requestedAction specified: ${action}`);
    }
    const fromAddress = request.fromAddress ?? '';
    const toAddress = request.toAddress ?? '';
    if (fromAddress === '') throw parameterMissing('fromAddress');
    if (toAddress === '') throw parameterMissing('toAddress');
    const status = this.roster.status(actor.loginId);
    if (status.state !== 'LOGOUT' && fromAddress !== status.extension) throw invalidInput('fromAddress', 'fromAddress must be the signed-in extension');
    if (action === 'MAKE_CALL') {
      this.validateDestination(toAddress, fromAddress);
      if (request.variables) {
        const problem = variablesProblem(request.variables);
        if (problem) throw invalidInput('callvariables', problem);
      }
      this.makeCall(actor, fromAddress, toAddress, request.variables, requestId);
      this.collect();
      return;
    }
    if (!actor.roles.includes('Supervisor')) throw invalidAuthorizationUser(actor.loginId);
    if (action === 'SILENT_MONITOR') {
      this.silentMonitor(actor, fromAddress, toAddress, requestId);
      return;
    }
    const monitorId = /\/finesse\/api\/Dialog\/([^/]+)$/.exec(request.associatedDialogUri ?? '')?.[1];
    if (monitorId === undefined) throw parameterMissing('associatedDialogUri');
    this.barge(actor, monitorId, requestId);
    this.collect();
  }

  /** `PUT /finesse/api/Dialog/{id}`: act on the actor's participant. */
  act(actor: DirectoryUser, dialogId: string, request: DialogActionRequest, requestId: string): void {
    const dialog = this.find(dialogId);
    if (!this.mayRead(actor, dialog)) throw invalidAuthorizationUser(actor.loginId);
    const action = request.requestedAction;
    if (action === undefined || action === '') throw parameterMissing('requestedAction');
    if (NOT_EMULATED.includes(action)) throw notImplemented(action);
    if (!(DIALOG_ACTIONS as readonly string[]).includes(action)) {
      throw invalidInput('requestedAction', `Invalid requestedAction specified: ${action}`);
    }
    const participant = this.targetParticipant(actor, dialog, action as DialogAction, request.targetMediaAddress);
    if (!this.actionsOf(dialog, participant).includes(action as ParticipantAction)) {
      throw invalidState('requestedAction', `${action} is not allowed for a participant in state ${participant.state}`);
    }
    this.perform(actor, dialog, participant, action as DialogAction, request, requestId);
    this.collect();
  }

  /** Forget every call (sandbox reset). */
  reset(): void {
    this.dialogs.clear();
    this.members.clear();
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
        this.answer(dialog, participant, requestId);
        return;
      case 'HOLD':
        this.setParticipantState(participant, 'HELD');
        this.publishChange(dialog, requestId);
        this.syncAgent(actor.loginId, requestId);
        return;
      case 'RETRIEVE':
        this.setParticipantState(participant, 'ACTIVE');
        this.publishChange(dialog, requestId);
        this.syncAgent(actor.loginId, requestId);
        return;
      case 'DROP':
        this.drop(dialog, participant, requestId);
        return;
      case 'CONSULT_CALL': {
        const to = this.requireDestination(request.toAddress, participant.mediaAddress);
        this.consult(actor, dialog, participant, to, requestId);
        return;
      }
      case 'TRANSFER':
      case 'CONFERENCE':
        this.completeConsult(actor, dialog, participant, action, requestId);
        return;
      case 'TRANSFER_SST': {
        const to = this.requireDestination(request.toAddress, participant.mediaAddress);
        this.singleStepTransfer(actor, dialog, participant, to, requestId);
        return;
      }
      case 'SEND_DTMF': {
        const digits = request.dtmfString ?? '';
        if (digits === '') throw parameterMissing('dtmfString');
        if (!DTMF.test(digits)) throw invalidInput('dtmfString', 'DTMF digits must be 0-9, *, # or A-D');
        // The tones go to the far end; Finesse confirms with an unchanged dialog.
        this.publishChange(dialog, requestId);
        return;
      }
      case 'UPDATE_CALL_DATA':
        this.updateCallData(actor, dialog, request, requestId);
        return;
    }
  }

  private makeCall(actor: DirectoryUser, from: string, to: string, variables: ReadonlyMap<string, string> | undefined, requestId: string): void {
    const state = this.roster.status(actor.loginId).state;
    if (state !== 'READY' && state !== 'NOT_READY') {
      this.notify({ kind: 'user-error', loginId: actor.loginId, failure: CTI_INVALID_OBJECT_STATE, requestId });
      return;
    }
    this.roster.notReadyForOutboundCall(actor.loginId, requestId);
    const callee = this.roster.atExtension(to);
    const dialog = this.factory.create({
      now: this.scheduler.now(),
      fromAddress: from,
      toAddress: to,
      callType: callee ? 'AGENT_INSIDE' : 'AGENT_OUT',
      initiatorLoginId: actor.loginId,
      variables,
    });
    this.dial(actor, dialog, requestId);
  }

  /**
   * The caller's side of a new call: INITIATING (POST), INITIATED (PUT), then ALERTING at the destination, which an
   * agent answers and an outside number answers by itself after `answerDelayMs`; an agent device nobody is signed in
   * on fails BUSY.
   */
  private dial(caller: DirectoryUser, dialog: Dialog, requestId: string): void {
    const now = this.scheduler.now();
    const own = this.factory.participant(now, {
      mediaAddress: dialog.fromAddress,
      mediaAddressType: 'AGENT_DEVICE',
      state: 'INITIATING',
      loginId: caller.loginId,
    });
    dialog.participants.push(own);
    this.dialogs.set(dialog.id, dialog);
    this.members.set(dialog.id, new Set());
    this.join(dialog, caller.loginId, requestId);
    dialog.state = 'INITIATED';
    this.setParticipantState(own, 'INITIATED');
    this.publishChange(dialog, requestId);
    this.syncAgent(caller.loginId, requestId);

    const callee = this.roster.atExtension(dialog.toAddress);
    if (!callee && this.directory.devices.includes(dialog.toAddress)) {
      dialog.state = 'FAILED';
      this.setParticipantState(own, 'FAILED');
      own.stateCause = 'BUSY';
      this.publishChange(dialog, requestId);
      return;
    }
    dialog.state = 'ALERTING';
    dialog.participants.push(
      this.factory.participant(now, {
        mediaAddress: dialog.toAddress,
        mediaAddressType: callee ? 'AGENT_DEVICE' : '',
        state: 'ALERTING',
        ...(callee ? { loginId: callee.loginId } : {}),
      }),
    );
    this.publishChange(dialog, requestId);
    if (callee) {
      this.join(dialog, callee.loginId, '');
      return;
    }
    this.scheduler.after(this.options.answerDelayMs, () => {
      const far = dialog.participants.find((participant) => participant.mediaAddress === dialog.toAddress && participant.state === 'ALERTING');
      if (this.dialogs.get(dialog.id) === dialog && far) this.answer(dialog, far, '');
    });
  }

  private answer(dialog: Dialog, participant: Participant, requestId: string): void {
    this.setParticipantState(participant, 'ACTIVE');
    for (const other of dialog.participants) {
      if (other.state === 'INITIATED' || other.state === 'INITIATING' || other.state === 'ALERTING') this.setParticipantState(other, 'ACTIVE');
    }
    dialog.state = 'ACTIVE';
    this.publishChange(dialog, requestId);
    for (const loginId of this.agentsOn(dialog)) this.syncAgent(loginId, loginId === participant.loginId ? requestId : '');
  }

  private drop(dialog: Dialog, participant: Participant, requestId: string): void {
    const others = dialog.participants.filter((other) => other !== participant && LIVE.includes(other.state));
    if (others.length >= 2 && dialog.callType !== 'SUPERVISOR_MONITOR') {
      // A conference goes on without the agent who left.
      this.setParticipantState(participant, 'DROPPED');
      this.publishChange(dialog, requestId);
      if (participant.loginId !== undefined) this.leave(dialog, participant.loginId, requestId, this.wrapsUp(dialog, participant.loginId));
      return;
    }
    this.clear(dialog, requestId);
  }

  /** The call ends for everyone: agents with wrap-up keep it (WRAP_UP) until they leave wrap-up. */
  private clear(dialog: Dialog, requestId: string): void {
    dialog.state = 'DROPPED';
    for (const participant of dialog.participants) {
      if (participant.state === 'DROPPED') continue;
      // Only an agent who was connected wraps up; a call that never connected leaves nothing to wrap up.
      const connected = participant.state === 'ACTIVE' || participant.state === 'HELD';
      const wraps =
        connected && participant.loginId !== undefined && this.isMember(dialog.id, participant.loginId) && this.wrapsUp(dialog, participant.loginId);
      this.setParticipantState(participant, wraps ? 'WRAP_UP' : 'DROPPED');
    }
    this.publishChange(dialog, requestId);
    for (const loginId of [...(this.members.get(dialog.id) ?? [])]) {
      const own = dialog.participants.find((participant) => participant.loginId === loginId);
      if (own?.state !== 'WRAP_UP') this.leave(dialog, loginId, requestId, false);
      else this.syncAgent(loginId, requestId);
    }
    // A silent monitor call ends with the call it monitors.
    for (const monitor of [...this.dialogs.values()]) {
      if (monitor.callType === 'SUPERVISOR_MONITOR' && monitor.associatedDialogId === dialog.id) this.clear(monitor, '');
    }
  }

  private consult(actor: DirectoryUser, original: Dialog, participant: Participant, to: string, requestId: string): void {
    this.setParticipantState(participant, 'HELD');
    this.publishChange(original, requestId);
    const consult = this.factory.create({
      now: this.scheduler.now(),
      fromAddress: participant.mediaAddress,
      toAddress: to,
      callType: 'CONSULT',
      initiatorLoginId: actor.loginId,
      associatedDialogId: original.id,
      variables: original.variables,
    });
    this.dial(actor, consult, requestId);
  }

  /** TRANSFER or CONFERENCE on the held call, joining it with the agent's active consult call. */
  private completeConsult(actor: DirectoryUser, original: Dialog, held: Participant, action: 'TRANSFER' | 'CONFERENCE', requestId: string): void {
    const consult = this.activeOtherCall(actor.loginId, original);
    if (!consult) throw invalidState('requestedAction', `${action} needs an active consult call`);
    const target = consult.participants.find((participant) => participant.mediaAddress !== held.mediaAddress && LIVE.includes(participant.state));
    // The consult call disappears for both of its agents.
    for (const participant of consult.participants) this.setParticipantState(participant, 'DROPPED');
    consult.state = 'DROPPED';
    for (const loginId of [...(this.members.get(consult.id) ?? [])]) this.removeFrom(consult, loginId, requestId);
    if (target) {
      original.participants.push(
        this.factory.participant(this.scheduler.now(), {
          mediaAddress: target.mediaAddress,
          mediaAddressType: target.mediaAddressType,
          state: 'ACTIVE',
          ...(target.loginId !== undefined ? { loginId: target.loginId } : {}),
        }),
      );
    }
    if (action === 'CONFERENCE') {
      this.setParticipantState(held, 'ACTIVE');
      original.callType = 'CONFERENCE';
      this.publishChange(original, requestId);
      if (target?.loginId !== undefined) this.join(original, target.loginId, '');
      for (const loginId of this.agentsOn(original)) this.syncAgent(loginId, requestId);
      return;
    }
    // TRANSFER: the agent leaves; the caller stays with the consulted party.
    this.setParticipantState(held, 'DROPPED');
    original.callType = 'TRANSFER';
    this.leave(original, actor.loginId, requestId, false);
    this.publishChange(original, '');
    if (target?.loginId !== undefined) {
      this.join(original, target.loginId, '');
      this.syncAgent(target.loginId, '');
    }
  }

  private singleStepTransfer(actor: DirectoryUser, dialog: Dialog, participant: Participant, to: string, requestId: string): void {
    const callee = this.roster.atExtension(to);
    if (!callee && this.directory.devices.includes(to)) {
      this.dialogError(actor.loginId, dialog.id, CTI_CALL_OPERATION_FAILED('BUSY'), requestId);
      return;
    }
    this.setParticipantState(participant, 'DROPPED');
    dialog.callType = 'TRANSFER';
    dialog.participants.push(
      this.factory.participant(this.scheduler.now(), {
        mediaAddress: to,
        mediaAddressType: callee ? 'AGENT_DEVICE' : '',
        state: callee ? 'ALERTING' : 'ACTIVE',
        ...(callee ? { loginId: callee.loginId } : {}),
      }),
    );
    dialog.state = callee ? 'ALERTING' : 'ACTIVE';
    this.leave(dialog, actor.loginId, requestId, false);
    this.publishChange(dialog, '');
    if (callee) {
      this.join(dialog, callee.loginId, '');
      this.syncAgent(callee.loginId, '');
    }
  }

  private updateCallData(actor: DirectoryUser, dialog: Dialog, request: DialogActionRequest, requestId: string): void {
    const variables = request.variables ?? new Map<string, string>();
    const merged = new Map([...dialog.variables, ...variables]);
    const problem = variablesProblem(merged);
    const reason = request.wrapUpReason;
    const failure: AsyncFailure | undefined = problem
      ? invalidCallData(problem)
      : reason !== undefined && Buffer.byteLength(reason, 'utf8') > WRAP_UP_REASON_BYTES
        ? invalidCallData(`wrapUpReason exceeds ${WRAP_UP_REASON_BYTES} bytes`)
        : undefined;
    if (failure) {
      this.dialogError(actor.loginId, dialog.id, failure, requestId);
      return;
    }
    dialog.variables = merged;
    if (reason !== undefined) dialog.wrapUpReason = reason;
    this.publishChange(dialog, requestId);
  }

  private silentMonitor(supervisor: DirectoryUser, from: string, to: string, requestId: string): void {
    const agent = this.roster.atExtension(to);
    if (!agent || !this.roster.supervises(supervisor, agent)) throw invalidDestination(to);
    if (this.roster.status(supervisor.loginId).state !== 'NOT_READY') {
      this.notify({ kind: 'user-error', loginId: supervisor.loginId, failure: CTI_INVALID_OBJECT_STATE, requestId });
      return;
    }
    const monitored = [...this.dialogs.values()].find(
      (dialog) => dialog.callType !== 'SUPERVISOR_MONITOR' && dialog.participants.some((p) => p.loginId === agent.loginId && p.state === 'ACTIVE'),
    );
    if (!monitored) {
      this.notify({ kind: 'user-error', loginId: supervisor.loginId, failure: CTI_CALL_OPERATION_FAILED('NO_ACTIVE_CALL'), requestId });
      return;
    }
    const now = this.scheduler.now();
    const dialog = this.factory.create({
      now,
      fromAddress: from,
      toAddress: to,
      callType: 'SUPERVISOR_MONITOR',
      initiatorLoginId: supervisor.loginId,
      associatedDialogId: monitored.id,
    });
    dialog.state = 'ACTIVE';
    dialog.participants.push(
      this.factory.participant(now, { mediaAddress: from, mediaAddressType: 'AGENT_DEVICE', state: 'ACTIVE', loginId: supervisor.loginId }),
      this.factory.participant(now, { mediaAddress: to, mediaAddressType: 'AGENT_DEVICE', state: 'ACTIVE', loginId: agent.loginId }),
    );
    this.dialogs.set(dialog.id, dialog);
    this.members.set(dialog.id, new Set());
    this.join(dialog, supervisor.loginId, requestId);
    this.join(dialog, agent.loginId, '');
    this.syncAgent(supervisor.loginId, requestId);
  }

  /** BARGE_CALL: the supervisor joins the monitored call as a conference and the monitor call ends. */
  private barge(supervisor: DirectoryUser, monitorId: string, requestId: string): void {
    const monitor = this.dialogs.get(monitorId);
    if (monitor?.callType !== 'SUPERVISOR_MONITOR' || !this.isMember(monitorId, supervisor.loginId)) {
      throw invalidInput('associatedDialogUri', 'associatedDialogUri must be your silent monitor call');
    }
    const original = this.dialogs.get(monitor.associatedDialogId);
    if (!original) throw dialogNotFound(monitor.associatedDialogId);
    const own = monitor.participants.find((participant) => participant.loginId === supervisor.loginId);
    for (const participant of monitor.participants) this.setParticipantState(participant, 'DROPPED');
    monitor.state = 'DROPPED';
    for (const loginId of [...(this.members.get(monitor.id) ?? [])]) this.removeFrom(monitor, loginId, requestId);
    original.participants.push(
      this.factory.participant(this.scheduler.now(), {
        mediaAddress: own?.mediaAddress ?? '',
        mediaAddressType: 'AGENT_DEVICE',
        state: 'ACTIVE',
        loginId: supervisor.loginId,
      }),
    );
    original.callType = 'CONFERENCE';
    this.publishChange(original, '');
    this.join(original, supervisor.loginId, requestId);
    this.syncAgent(supervisor.loginId, requestId);
  }

  /** The agent's participation ended: the dialog leaves their collection and their state follows. */
  private leave(dialog: Dialog, loginId: string, requestId: string, wrapUp: boolean): void {
    this.removeFrom(dialog, loginId, requestId);
    this.syncAgent(loginId, requestId, wrapUp);
  }

  private endWrapUp(loginId: string, requestId: string): void {
    for (const dialog of [...this.dialogs.values()]) {
      const own = dialog.participants.find((participant) => participant.loginId === loginId && participant.state === 'WRAP_UP');
      if (!own || !this.isMember(dialog.id, loginId)) continue;
      this.setParticipantState(own, 'DROPPED');
      this.removeFrom(dialog, loginId, requestId);
    }
    this.collect();
  }

  /**
   * Derive an agent's call-driven state from the calls they are on: talking while any call is connected or dialling,
   * on hold while only held calls remain, reserved while a call rings, and out of the call (through wrap-up when a
   * dialog waits in WRAP_UP) when none is left.
   */
  private syncAgent(loginId: string, requestId: string, wrapUpAfterLeaving = false): void {
    const states = this.ownParticipants(loginId).map((participant) => participant.state);
    if (states.some((state) => state === 'ACTIVE' || state === 'INITIATED' || state === 'INITIATING')) this.roster.talking(loginId, requestId);
    else if (states.includes('HELD')) this.roster.held(loginId, requestId);
    else if (states.includes('ALERTING')) this.roster.reserve(loginId, requestId);
    else if (this.roster.inCallState(loginId)) this.roster.callEnded(loginId, wrapUpAfterLeaving || states.includes('WRAP_UP'), requestId);
  }

  /** The agent's own (not passively monitored) participants across their calls. */
  private ownParticipants(loginId: string): Participant[] {
    return [...this.dialogs.values()]
      .filter((dialog) => this.isMember(dialog.id, loginId))
      .flatMap((dialog) =>
        dialog.participants.filter(
          (participant) => participant.loginId === loginId && !(dialog.callType === 'SUPERVISOR_MONITOR' && dialog.initiatorLoginId !== loginId),
        ),
      );
  }

  private wrapsUp(dialog: Dialog, loginId: string): boolean {
    if (dialog.callType === 'CONSULT' || dialog.callType === 'SUPERVISOR_MONITOR') return false;
    const user = this.roster.get(loginId);
    const mode = dialog.initiatorLoginId === loginId ? user.wrapUpOnOutgoing : user.wrapUpOnIncoming;
    return mode !== 'NOT_ALLOWED';
  }

  private actionsOf(dialog: Dialog, participant: Participant): ParticipantAction[] {
    return participantActions(participant.state, {
      callType: dialog.callType,
      isMonitoredAgent: dialog.callType === 'SUPERVISOR_MONITOR' && participant.loginId !== dialog.initiatorLoginId,
      hasOtherActiveCall: participant.loginId !== undefined && this.activeOtherCall(participant.loginId, dialog) !== undefined,
    });
  }

  /** Another call of the agent's in which they are ACTIVE (not a silent monitor call). */
  private activeOtherCall(loginId: string, except: Dialog): Dialog | undefined {
    return [...this.dialogs.values()].find(
      (dialog) =>
        dialog !== except &&
        dialog.callType !== 'SUPERVISOR_MONITOR' &&
        dialog.participants.some((participant) => participant.loginId === loginId && participant.state === 'ACTIVE'),
    );
  }

  private targetParticipant(actor: DirectoryUser, dialog: Dialog, action: DialogAction, target: string | undefined): Participant {
    if (target === undefined || target === '') {
      // UPDATE_CALL_DATA names no target: it acts on the requesting agent's own participant.
      const own = dialog.participants.find((participant) => participant.loginId === actor.loginId && participant.state !== 'DROPPED');
      if (action === 'UPDATE_CALL_DATA' && own) return own;
      throw parameterMissing('targetMediaAddress');
    }
    const participant = dialog.participants.find((candidate) => candidate.mediaAddress === target && candidate.state !== 'DROPPED');
    if (!participant) throw invalidInput('targetMediaAddress', `No participant ${target} on dialog ${dialog.id}`);
    if (participant.loginId !== actor.loginId) throw invalidAuthorizationUser(actor.loginId);
    return participant;
  }

  private requireDestination(toAddress: string | undefined, own: string): string {
    if (toAddress === undefined || toAddress === '') throw parameterMissing('toAddress');
    this.validateDestination(toAddress, own);
    return toAddress;
  }

  private validateDestination(toAddress: string, fromAddress: string): void {
    if (!DESTINATION.test(toAddress) || toAddress === fromAddress) throw invalidDestination(toAddress);
  }

  private mayRead(actor: DirectoryUser, dialog: Dialog): boolean {
    if (this.isMember(dialog.id, actor.loginId)) return true;
    return [...(this.members.get(dialog.id) ?? [])].some((loginId) => this.roster.supervises(actor, this.roster.get(loginId)));
  }

  private find(dialogId: string): Dialog {
    const dialog = this.dialogs.get(dialogId);
    if (!dialog) throw dialogNotFound(dialogId);
    return dialog;
  }

  private isMember(dialogId: string, loginId: string): boolean {
    return this.members.get(dialogId)?.has(loginId) ?? false;
  }

  private agentsOn(dialog: Dialog): string[] {
    return [...(this.members.get(dialog.id) ?? [])];
  }

  private join(dialog: Dialog, loginId: string, requestId: string): void {
    this.members.get(dialog.id)?.add(loginId);
    this.notify({ kind: 'dialog', event: 'POST', loginId, dialog: this.view(dialog), requestId });
  }

  private removeFrom(dialog: Dialog, loginId: string, requestId: string): void {
    const members = this.members.get(dialog.id);
    if (!members?.delete(loginId)) return;
    this.notify({ kind: 'dialog', event: 'DELETE', loginId, dialog: this.view(dialog), requestId });
  }

  /**
   * Forget dialogs no user holds any more. Run once an operation is complete, not inside it: a transfer removes the
   * call from one agent before it reaches the next.
   */
  private collect(): void {
    for (const [id, members] of this.members) {
      if (members.size > 0) continue;
      this.members.delete(id);
      this.dialogs.delete(id);
    }
  }

  private publishChange(dialog: Dialog, requestId: string): void {
    const view = this.view(dialog);
    for (const loginId of this.agentsOn(dialog)) this.notify({ kind: 'dialog', event: 'PUT', loginId, dialog: view, requestId });
  }

  private dialogError(loginId: string, dialogId: string, failure: AsyncFailure, requestId: string): void {
    this.notify({ kind: 'dialog-error', loginId, dialogId, failure, requestId });
  }

  private setParticipantState(participant: Participant, state: Participant['state']): void {
    if (participant.state === state) return;
    participant.state = state;
    participant.stateChangeTime = this.scheduler.now();
    if (state === 'DROPPED' && participant.stateCause === '') participant.stateCause = 'OTHER';
  }
}
