import type { Dialog, DirectoryUser, Participant } from './types.js';
import type { SwitchParts } from './switch-parts.js';
import type { BasicCalls } from './basic-calls.js';
import { LIVE } from './dialog-book.js';
import { CTI_CALL_OPERATION_FAILED, invalidState } from './errors.js';

/** Passing a call on: consult calls, transfer or conference with the consulted party, and single-step transfer. */
export class Transfers {
  constructor(
    private readonly parts: SwitchParts,
    private readonly calls: BasicCalls,
  ) {}

  consult(actor: DirectoryUser, original: Dialog, participant: Participant, to: string, requestId: string): void {
    this.parts.book.setParticipantState(participant, 'HELD');
    this.parts.book.publishChange(original, requestId);
    const consult = this.parts.factory.create({
      now: this.parts.scheduler.now(),
      fromAddress: participant.mediaAddress,
      toAddress: to,
      callType: 'CONSULT',
      initiatorLoginId: actor.loginId,
      associatedDialogId: original.id,
      variables: original.variables,
    });
    this.calls.dial(actor, consult, requestId);
  }

  /** TRANSFER or CONFERENCE on the held call, joining it with the agent's active consult call. */
  completeConsult(
    actor: DirectoryUser,
    original: Dialog,
    held: Participant,
    action: 'TRANSFER' | 'CONFERENCE',
    requestId: string,
  ): void {
    const { book, agents } = this.parts;
    const consult = book.activeOtherCall(actor.loginId, original);
    if (!consult) throw invalidState('requestedAction', `${action} needs an active consult call`);
    const target = consult.participants.find(
      (participant) => participant.mediaAddress !== held.mediaAddress && LIVE.includes(participant.state),
    );
    // The consult call disappears for both of its agents.
    book.withdraw(consult, requestId);
    if (target) {
      original.participants.push(
        this.parts.factory.participant(this.parts.scheduler.now(), {
          mediaAddress: target.mediaAddress,
          mediaAddressType: target.mediaAddressType,
          state: 'ACTIVE',
          ...(target.loginId !== undefined ? { loginId: target.loginId } : {}),
        }),
      );
    }
    if (action === 'CONFERENCE') {
      book.setParticipantState(held, 'ACTIVE');
      original.callType = 'CONFERENCE';
      book.publishChange(original, requestId);
      if (target?.loginId !== undefined) book.join(original, target.loginId, '');
      for (const loginId of book.agentsOn(original)) agents.sync(loginId, requestId);
      return;
    }
    // TRANSFER: the agent leaves; the caller stays with the consulted party.
    book.setParticipantState(held, 'DROPPED');
    original.callType = 'TRANSFER';
    this.handOver(actor, original, target?.loginId, requestId);
  }

  singleStepTransfer(
    actor: DirectoryUser,
    dialog: Dialog,
    participant: Participant,
    to: string,
    requestId: string,
  ): void {
    const { book, factory } = this.parts;
    const callee = this.parts.roster.atExtension(to);
    if (!callee && this.parts.directory.devices.includes(to)) {
      book.dialogError(actor.loginId, dialog.id, CTI_CALL_OPERATION_FAILED('BUSY'), requestId);
      return;
    }
    book.setParticipantState(participant, 'DROPPED');
    dialog.callType = 'TRANSFER';
    dialog.participants.push(
      factory.participant(this.parts.scheduler.now(), {
        mediaAddress: to,
        mediaAddressType: callee ? 'AGENT_DEVICE' : '',
        state: callee ? 'ALERTING' : 'ACTIVE',
        ...(callee ? { loginId: callee.loginId } : {}),
      }),
    );
    dialog.state = callee ? 'ALERTING' : 'ACTIVE';
    this.handOver(actor, dialog, callee?.loginId, requestId);
  }

  /** The transferring agent leaves the call and the agent it went to (if any) receives it. */
  private handOver(actor: DirectoryUser, dialog: Dialog, receiver: string | undefined, requestId: string): void {
    this.parts.agents.leave(dialog, actor.loginId, requestId, false);
    this.parts.book.publishChange(dialog, '');
    if (receiver !== undefined) {
      this.parts.book.join(dialog, receiver, '');
      this.parts.agents.sync(receiver, '');
    }
  }
}
