import type { Dialog, DirectoryUser, Participant } from './types.js';
import type { SwitchParts } from './switch-parts.js';
import type { InboundCall } from './dialog-requests.js';
import { InboundCallRefused } from './dialog-requests.js';
import { LIVE } from './dialog-book.js';
import { variablesProblem } from './call-variables.js';
import { CTI_INVALID_OBJECT_STATE } from './errors.js';

/** A call's life on the switch: it rings or is dialled, is answered, held and retrieved, and ends. */
export class BasicCalls {
  constructor(
    private readonly parts: SwitchParts,
    private readonly answerDelayMs: number,
  ) {}

  /** The sandbox control API's inbound call: it rings at the agent signed in on `to`. */
  ringInbound(call: InboundCall): string {
    const { roster, directory, factory, book } = this.parts;
    const agent = roster.atExtension(call.to);
    if (!agent) {
      const known = directory.devices.includes(call.to);
      throw known
        ? new InboundCallRefused('agent_not_signed_in', `No agent is signed in at extension ${call.to}`)
        : new InboundCallRefused('unknown_extension', `Extension ${call.to} is not an agent device`);
    }
    const problem = call.variables ? variablesProblem(call.variables) : undefined;
    if (problem) throw new InboundCallRefused('invalid_variables', problem);
    const now = this.parts.scheduler.now();
    // A READY agent receives the call from the ACD; anyone else is called directly at their extension.
    const acd = roster.status(agent.loginId).state === 'READY';
    const dialog = factory.create({
      now,
      fromAddress: call.from,
      toAddress: call.to,
      callType: acd ? 'ACD_IN' : 'OTHER_IN',
      initiatorLoginId: '',
      dialedNumber: call.dialedNumber,
      queue: acd ? (call.queue ?? directory.queue) : undefined,
      variables: call.variables,
      ...(call.dialogId !== undefined ? { id: call.dialogId } : {}),
    });
    dialog.state = 'ALERTING';
    dialog.participants.push(
      factory.participant(now, {
        mediaAddress: call.to,
        mediaAddressType: 'AGENT_DEVICE',
        state: 'ALERTING',
        loginId: agent.loginId,
      }),
      factory.participant(now, { mediaAddress: call.from, mediaAddressType: '', state: 'INITIATED' }),
    );
    book.add(dialog);
    book.join(dialog, agent.loginId, '');
    this.parts.agents.sync(agent.loginId, '');
    return dialog.id;
  }

  /** The caller outside the contact center hangs up (sandbox control API). */
  hangUpCaller(dialogId: string): boolean {
    const { book } = this.parts;
    const dialog = book.get(dialogId);
    const caller = dialog?.participants.find(
      (participant) => participant.loginId === undefined && LIVE.includes(participant.state),
    );
    if (!dialog || !caller) return false;
    if (dialog.state === 'ACTIVE') {
      // CALL_CONNECTION_CLEARED for the caller first (dialog still ACTIVE), then the call clears.
      book.setParticipantState(caller, 'DROPPED');
      book.publishChange(dialog, '');
    }
    this.clear(dialog, '');
    book.collect();
    return true;
  }

  makeCall(
    actor: DirectoryUser,
    from: string,
    to: string,
    variables: ReadonlyMap<string, string> | undefined,
    requestId: string,
  ): void {
    const { roster } = this.parts;
    const state = roster.status(actor.loginId).state;
    if (state !== 'READY' && state !== 'NOT_READY') {
      this.parts.notify({ kind: 'user-error', loginId: actor.loginId, failure: CTI_INVALID_OBJECT_STATE, requestId });
      return;
    }
    roster.notReadyForOutboundCall(actor.loginId, requestId);
    const callee = roster.atExtension(to);
    const dialog = this.parts.factory.create({
      now: this.parts.scheduler.now(),
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
  dial(caller: DirectoryUser, dialog: Dialog, requestId: string): void {
    const { book, factory, roster, scheduler } = this.parts;
    const now = scheduler.now();
    const own = factory.participant(now, {
      mediaAddress: dialog.fromAddress,
      mediaAddressType: 'AGENT_DEVICE',
      state: 'INITIATING',
      loginId: caller.loginId,
    });
    dialog.participants.push(own);
    book.add(dialog);
    book.join(dialog, caller.loginId, requestId);
    dialog.state = 'INITIATED';
    book.setParticipantState(own, 'INITIATED');
    book.publishChange(dialog, requestId);
    this.parts.agents.sync(caller.loginId, requestId);

    const callee = roster.atExtension(dialog.toAddress);
    if (!callee && this.parts.directory.devices.includes(dialog.toAddress)) {
      dialog.state = 'FAILED';
      book.setParticipantState(own, 'FAILED');
      own.stateCause = 'BUSY';
      book.publishChange(dialog, requestId);
      return;
    }
    dialog.state = 'ALERTING';
    dialog.participants.push(
      factory.participant(now, {
        mediaAddress: dialog.toAddress,
        mediaAddressType: callee ? 'AGENT_DEVICE' : '',
        state: 'ALERTING',
        ...(callee ? { loginId: callee.loginId } : {}),
      }),
    );
    book.publishChange(dialog, requestId);
    if (callee) {
      book.join(dialog, callee.loginId, '');
      return;
    }
    scheduler.after(this.answerDelayMs, () => {
      const far = dialog.participants.find(
        (participant) => participant.mediaAddress === dialog.toAddress && participant.state === 'ALERTING',
      );
      if (book.get(dialog.id) === dialog && far) this.answer(dialog, far, '');
    });
  }

  answer(dialog: Dialog, participant: Participant, requestId: string): void {
    const { book } = this.parts;
    book.setParticipantState(participant, 'ACTIVE');
    for (const other of dialog.participants) {
      if (other.state === 'INITIATED' || other.state === 'INITIATING' || other.state === 'ALERTING')
        book.setParticipantState(other, 'ACTIVE');
    }
    dialog.state = 'ACTIVE';
    book.publishChange(dialog, requestId);
    for (const loginId of book.agentsOn(dialog))
      this.parts.agents.sync(loginId, loginId === participant.loginId ? requestId : '');
  }

  /** HOLD (`HELD`) or RETRIEVE (`ACTIVE`) the actor's participant. */
  holdOrRetrieve(
    actor: DirectoryUser,
    dialog: Dialog,
    participant: Participant,
    state: 'HELD' | 'ACTIVE',
    requestId: string,
  ): void {
    this.parts.book.setParticipantState(participant, state);
    this.parts.book.publishChange(dialog, requestId);
    this.parts.agents.sync(actor.loginId, requestId);
  }

  drop(dialog: Dialog, participant: Participant, requestId: string): void {
    const { book, agents } = this.parts;
    const others = dialog.participants.filter((other) => other !== participant && LIVE.includes(other.state));
    if (others.length >= 2 && dialog.callType !== 'SUPERVISOR_MONITOR') {
      // A conference goes on without the agent who left.
      book.setParticipantState(participant, 'DROPPED');
      book.publishChange(dialog, requestId);
      if (participant.loginId !== undefined)
        agents.leave(dialog, participant.loginId, requestId, agents.wrapsUp(dialog, participant.loginId));
      return;
    }
    this.clear(dialog, requestId);
  }

  /** The call ends for everyone: agents with wrap-up keep it (WRAP_UP) until they leave wrap-up. */
  private clear(dialog: Dialog, requestId: string): void {
    const { book, agents } = this.parts;
    dialog.state = 'DROPPED';
    for (const participant of dialog.participants) {
      if (participant.state === 'DROPPED') continue;
      // Only an agent who was connected wraps up; a call that never connected leaves nothing to wrap up.
      const connected = participant.state === 'ACTIVE' || participant.state === 'HELD';
      const wraps =
        connected &&
        participant.loginId !== undefined &&
        book.isMember(dialog.id, participant.loginId) &&
        agents.wrapsUp(dialog, participant.loginId);
      book.setParticipantState(participant, wraps ? 'WRAP_UP' : 'DROPPED');
    }
    book.publishChange(dialog, requestId);
    for (const loginId of book.agentsOn(dialog)) {
      const own = dialog.participants.find((participant) => participant.loginId === loginId);
      if (own?.state !== 'WRAP_UP') agents.leave(dialog, loginId, requestId, false);
      else agents.sync(loginId, requestId);
    }
    // A silent monitor call ends with the call it monitors.
    for (const monitor of book.all()) {
      if (monitor.callType === 'SUPERVISOR_MONITOR' && monitor.associatedDialogId === dialog.id)
        this.clear(monitor, '');
    }
  }
}
