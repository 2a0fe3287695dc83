import { describe, expect, it } from 'vitest';
import { participantActions } from '../../../bff/sandbox/finesse/model/participant-actions.js';
import type { ParticipantState } from '../../../bff/sandbox/finesse/model/types.js';

const plain = { hasOtherActiveCall: false, callType: 'ACD_IN', isMonitoredAgent: false } as const;

// "State (Participant) Parameter Values" (Developer Guide 12.5(1)); ACTIVE as captured on 12.x (TRANSFER_SST and
// SEND_DTMF listed too).
const TABLE: [ParticipantState, string[]][] = [
  ['INITIATING', ['UPDATE_CALL_DATA', 'DROP']],
  ['INITIATED', ['UPDATE_CALL_DATA', 'DROP']],
  ['ALERTING', ['ANSWER']],
  ['ACTIVE', ['TRANSFER_SST', 'CONSULT_CALL', 'HOLD', 'UPDATE_CALL_DATA', 'SEND_DTMF', 'DROP']],
  ['HELD', ['RETRIEVE', 'UPDATE_CALL_DATA', 'DROP']],
  ['FAILED', ['DROP']],
  ['WRAP_UP', ['UPDATE_CALL_DATA']],
  ['DROPPED', []],
  ['ACCEPTED', []],
];

describe('participant actions derived from participant state', () => {
  for (const [state, actions] of TABLE) {
    it(`a participant in ${state} may ${actions.length === 0 ? 'do nothing' : actions.join(', ')}`, () => {
      expect(participantActions(state, plain)).toEqual(actions);
    });
  }

  it('a HELD participant with an active consult call may also TRANSFER and CONFERENCE', () => {
    expect(participantActions('HELD', { ...plain, hasOtherActiveCall: true })).toEqual([
      'RETRIEVE',
      'UPDATE_CALL_DATA',
      'DROP',
      'TRANSFER',
      'CONFERENCE',
    ]);
  });

  it('an ACTIVE participant is not offered TRANSFER or CONFERENCE even with another active call', () => {
    expect(participantActions('ACTIVE', { ...plain, hasOtherActiveCall: true })).not.toContain('TRANSFER');
  });

  it('the agent being silently monitored has no allowable action', () => {
    expect(participantActions('ACTIVE', { ...plain, callType: 'SUPERVISOR_MONITOR', isMonitoredAgent: true })).toEqual(
      [],
    );
  });

  it('the supervisor in a silent monitor call may only drop it', () => {
    expect(participantActions('ACTIVE', { ...plain, callType: 'SUPERVISOR_MONITOR' })).toEqual(['DROP']);
  });
});
