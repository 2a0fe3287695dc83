import type { Dialog, Participant } from './types.js';
import type { AgentRoster } from './agent-roster.js';
import type { DialogBook } from './dialog-book.js';

/** How the agents' states follow their calls, wrap-up included. */
export class AgentCallState {
  constructor(
    private readonly book: DialogBook,
    private readonly roster: AgentRoster,
  ) {}

  /**
   * Derive an agent's call-driven state from the calls they are on: talking while any call is connected or dialling,
   * on hold while only held calls remain, reserved while a call rings, and out of the call (through wrap-up when a
   * dialog waits in WRAP_UP) when none is left.
   */
  sync(loginId: string, requestId: string, wrapUpAfterLeaving = false): void {
    const states = this.ownParticipants(loginId).map((participant) => participant.state);
    if (states.some((state) => state === 'ACTIVE' || state === 'INITIATED' || state === 'INITIATING'))
      this.roster.talking(loginId, requestId);
    else if (states.includes('HELD')) this.roster.held(loginId, requestId);
    else if (states.includes('ALERTING')) this.roster.reserve(loginId, requestId);
    else if (this.roster.inCallState(loginId))
      this.roster.callEnded(loginId, wrapUpAfterLeaving || states.includes('WRAP_UP'), requestId);
  }

  /** The agent's participation ended: the dialog leaves their collection and their state follows. */
  leave(dialog: Dialog, loginId: string, requestId: string, wrapUp: boolean): void {
    this.book.removeFrom(dialog, loginId, requestId);
    this.sync(loginId, requestId, wrapUp);
  }

  wrapsUp(dialog: Dialog, loginId: string): boolean {
    if (dialog.callType === 'CONSULT' || dialog.callType === 'SUPERVISOR_MONITOR') return false;
    const user = this.roster.get(loginId);
    const mode = dialog.initiatorLoginId === loginId ? user.wrapUpOnOutgoing : user.wrapUpOnIncoming;
    return mode !== 'NOT_ALLOWED';
  }

  /** The agent left wrap-up: the dialogs they kept in WRAP_UP leave their collection. */
  endWrapUp(loginId: string, requestId: string): void {
    for (const dialog of this.book.all()) {
      const own = dialog.participants.find(
        (participant) => participant.loginId === loginId && participant.state === 'WRAP_UP',
      );
      if (!own || !this.book.isMember(dialog.id, loginId)) continue;
      this.book.setParticipantState(own, 'DROPPED');
      this.book.removeFrom(dialog, loginId, requestId);
    }
    this.book.collect();
  }

  /** The agent's own (not passively monitored) participants across their calls. */
  private ownParticipants(loginId: string): Participant[] {
    return this.book
      .all()
      .filter((dialog) => this.book.isMember(dialog.id, loginId))
      .flatMap((dialog) =>
        dialog.participants.filter(
          (participant) =>
            participant.loginId === loginId &&
            !(dialog.callType === 'SUPERVISOR_MONITOR' && dialog.initiatorLoginId !== loginId),
        ),
      );
  }
}
