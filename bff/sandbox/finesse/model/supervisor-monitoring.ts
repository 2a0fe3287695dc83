import type { Dialog, DirectoryUser } from './types.js';
import type { SwitchParts } from './switch-parts.js';
import type { BasicCalls } from './basic-calls.js';
import { LIVE } from './dialog-book.js';
import {
  CTI_CALL_OPERATION_FAILED,
  CTI_INVALID_OBJECT_STATE,
  dialogNotFound,
  invalidAuthorizationUser,
  invalidDestination,
  invalidInput,
  invalidState,
  parameterMissing,
} from './errors.js';

/** A supervisor's calls on their team's calls: silent monitoring, barging in from it, and dropping a participant. */
export class SupervisorMonitoring {
  constructor(
    private readonly parts: SwitchParts,
    private readonly calls: BasicCalls,
  ) {}

  silentMonitor(supervisor: DirectoryUser, from: string, to: string, requestId: string): void {
    const { roster, book, factory, notify } = this.parts;
    const agent = roster.atExtension(to);
    if (!agent || !roster.supervises(supervisor, agent)) throw invalidDestination(to);
    if (roster.status(supervisor.loginId).state !== 'NOT_READY') {
      notify({ kind: 'user-error', loginId: supervisor.loginId, failure: CTI_INVALID_OBJECT_STATE, requestId });
      return;
    }
    const monitored = book
      .all()
      .find(
        (dialog) =>
          dialog.callType !== 'SUPERVISOR_MONITOR' &&
          dialog.participants.some((p) => p.loginId === agent.loginId && p.state === 'ACTIVE'),
      );
    if (!monitored) {
      notify({
        kind: 'user-error',
        loginId: supervisor.loginId,
        failure: CTI_CALL_OPERATION_FAILED('NO_ACTIVE_CALL'),
        requestId,
      });
      return;
    }
    const now = this.parts.scheduler.now();
    const dialog = factory.create({
      now,
      fromAddress: from,
      toAddress: to,
      callType: 'SUPERVISOR_MONITOR',
      initiatorLoginId: supervisor.loginId,
      associatedDialogId: monitored.id,
    });
    dialog.state = 'ACTIVE';
    dialog.participants.push(
      factory.participant(now, {
        mediaAddress: from,
        mediaAddressType: 'AGENT_DEVICE',
        state: 'ACTIVE',
        loginId: supervisor.loginId,
      }),
      factory.participant(now, {
        mediaAddress: to,
        mediaAddressType: 'AGENT_DEVICE',
        state: 'ACTIVE',
        loginId: agent.loginId,
      }),
    );
    book.add(dialog);
    book.join(dialog, supervisor.loginId, requestId);
    book.join(dialog, agent.loginId, '');
    this.parts.agents.sync(supervisor.loginId, requestId);
  }

  /** BARGE_CALL: the supervisor joins the monitored call as a conference and the monitor call ends. */
  barge(supervisor: DirectoryUser, monitorId: string, requestId: string): void {
    const { book } = this.parts;
    const monitor = book.get(monitorId);
    if (monitor?.callType !== 'SUPERVISOR_MONITOR' || !book.isMember(monitorId, supervisor.loginId)) {
      throw invalidInput('associatedDialogUri', 'associatedDialogUri must be your silent monitor call');
    }
    const original = book.get(monitor.associatedDialogId);
    if (!original) throw dialogNotFound(monitor.associatedDialogId);
    const own = monitor.participants.find((participant) => participant.loginId === supervisor.loginId);
    book.withdraw(monitor, requestId);
    original.participants.push(
      this.parts.factory.participant(this.parts.scheduler.now(), {
        mediaAddress: own?.mediaAddress ?? '',
        mediaAddressType: 'AGENT_DEVICE',
        state: 'ACTIVE',
        loginId: supervisor.loginId,
      }),
    );
    original.callType = 'CONFERENCE';
    book.publishChange(original, '');
    book.join(original, supervisor.loginId, requestId);
    this.parts.agents.sync(supervisor.loginId, requestId);
  }

  /**
   * PARTICIPANT_DROP ("Dialog—Drop Participant from Conference"): a supervisor on the call (after barging in) drops
   * the participant at `targetMediaAddress`, agent or caller; the others stay connected, and a call left with one
   * participant ends, as when anyone leaves a conference.
   */
  dropParticipant(
    actor: DirectoryUser,
    dialog: Dialog,
    targetMediaAddress: string | undefined,
    requestId: string,
  ): void {
    if (!actor.roles.includes('Supervisor')) throw invalidAuthorizationUser(actor.loginId);
    if (targetMediaAddress === undefined || targetMediaAddress === '') throw parameterMissing('targetMediaAddress');
    const live = dialog.participants.filter((participant) => LIVE.includes(participant.state));
    const own = live.find((participant) => participant.loginId === actor.loginId);
    if (!own || dialog.callType === 'SUPERVISOR_MONITOR') {
      throw invalidState('requestedAction', 'PARTICIPANT_DROP is for a supervisor who is on the call (barge in first)');
    }
    const target = live.find((participant) => participant.mediaAddress === targetMediaAddress);
    if (!target)
      throw invalidInput('targetMediaAddress', `No participant ${targetMediaAddress} on dialog ${dialog.id}`);
    if (target === own) throw invalidInput('targetMediaAddress', 'To leave the call, DROP your own participant');
    this.calls.drop(dialog, target, requestId);
  }
}
