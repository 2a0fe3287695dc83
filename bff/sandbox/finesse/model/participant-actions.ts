import type { CallType, ParticipantAction, ParticipantState } from './types.js';

/**
 * Which actions Finesse lists for a participant, from its state ("State (Participant) Parameter Values", Developer
 * Guide 12.5(1)). Two context flags carry the table's conditions:
 * - HELD offers TRANSFER and CONFERENCE only "if active call exists" on the same device;
 * - in a silent monitor call the monitored agent is a passive participant "with no allowable action".
 *
 * The table lists HOLD, DROP, UPDATE_CALL_DATA and CONSULT_CALL for ACTIVE; dialog notifications captured on
 * production Unified CCE systems also list TRANSFER_SST and SEND_DTMF, every participant (caller included) gets the
 * list of its state, and the order is the captured one, so the emulator follows the captures.
 */
export interface ParticipantContext {
  /** The participant's device has another call in which it is ACTIVE (a consult call). */
  readonly hasOtherActiveCall: boolean;
  readonly callType: CallType;
  /** The participant is the agent being silently monitored, not the supervisor. */
  readonly isMonitoredAgent: boolean;
}

const BY_STATE: Readonly<Record<ParticipantState, readonly ParticipantAction[]>> = {
  INITIATING: ['UPDATE_CALL_DATA', 'DROP'],
  INITIATED: ['UPDATE_CALL_DATA', 'DROP'],
  ALERTING: ['ANSWER'],
  ACTIVE: ['TRANSFER_SST', 'CONSULT_CALL', 'HOLD', 'UPDATE_CALL_DATA', 'SEND_DTMF', 'DROP'],
  HELD: ['RETRIEVE', 'UPDATE_CALL_DATA', 'DROP'],
  FAILED: ['DROP'],
  WRAP_UP: ['UPDATE_CALL_DATA'],
  DROPPED: [],
  ACCEPTED: [],
};

export function participantActions(state: ParticipantState, context: ParticipantContext): ParticipantAction[] {
  if (context.callType === 'SUPERVISOR_MONITOR') {
    if (context.isMonitoredAgent) return [];
    // The supervisor can only leave a silent monitor call; barging in is a new dialog request, not an action here.
    return state === 'ACTIVE' ? ['DROP'] : [...BY_STATE[state]];
  }
  const actions = [...BY_STATE[state]];
  if (state === 'HELD' && context.hasOtherActiveCall) actions.push('TRANSFER', 'CONFERENCE');
  return actions;
}
