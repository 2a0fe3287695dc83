import { describe, expect, it } from 'vitest';
import {
  decideOwnStateChange,
  decideSupervisorStateChange,
} from '../../../bff/sandbox/finesse/model/agent-state-machine.js';
import type { StateDecision, StateRules } from '../../../bff/sandbox/finesse/model/agent-state-machine.js';
import type { AgentState, AgentStatus } from '../../../bff/sandbox/finesse/model/types.js';
import { FinesseApiError } from '../../../bff/sandbox/finesse/model/errors.js';
import { demoDirectory } from '../../../bff/sandbox/finesse/model/demo-directory.js';

const rules: StateRules = {
  reasonCodes: demoDirectory().reasonCodes,
  isKnownDevice: (extension) => extension === '1001001',
  supervisorReasonCodeId: '999',
};

function status(state: AgentState): AgentStatus {
  return {
    state,
    stateChangeTime: new Date(0),
    pendingState: '',
    pendingReasonCodeId: '-1',
    reasonCodeId: state === 'NOT_READY' ? '1' : '-1',
    extension: state === 'LOGOUT' ? '' : '1001001',
    stateBeforeCall: 'READY',
    reasonBeforeCall: '-1',
  };
}

/** What a decision amounts to, in one comparable word: the new state, `pending X`, or `refused`. */
function outcome(decision: StateDecision): string {
  if (decision.kind === 'apply') return decision.state;
  if (decision.kind === 'pend') return `pending ${decision.pendingState}`;
  return `refused ${decision.failure.errorType}`;
}

const REQUESTS = {
  LOGIN: { state: 'LOGIN', extension: '1001001' },
  READY: { state: 'READY' },
  NOT_READY: { state: 'NOT_READY', reasonCodeId: '2' },
  LOGOUT: { state: 'LOGOUT' },
} as const;

// Unified CCE agent state transitions (reference §3.2; Developer Guide 12.5(1) "User States in Unified CCE").
// Re-sign-in is forced and keeps the current state; calls in progress turn READY/NOT_READY into a pending state;
// an agent signs out only from NOT_READY.
const OWN_TRANSITIONS: [AgentState, Record<keyof typeof REQUESTS, string>][] = [
  [
    'LOGOUT',
    {
      LOGIN: 'NOT_READY',
      READY: 'refused Invalid State',
      NOT_READY: 'refused Invalid State',
      LOGOUT: 'refused Invalid State',
    },
  ],
  ['NOT_READY', { LOGIN: 'NOT_READY', READY: 'READY', NOT_READY: 'NOT_READY', LOGOUT: 'LOGOUT' }],
  ['READY', { LOGIN: 'READY', READY: 'READY', NOT_READY: 'NOT_READY', LOGOUT: 'refused Invalid State' }],
  [
    'RESERVED',
    { LOGIN: 'RESERVED', READY: 'pending READY', NOT_READY: 'pending NOT_READY', LOGOUT: 'refused Invalid State' },
  ],
  [
    'TALKING',
    { LOGIN: 'TALKING', READY: 'pending READY', NOT_READY: 'pending NOT_READY', LOGOUT: 'refused Invalid State' },
  ],
  ['HOLD', { LOGIN: 'HOLD', READY: 'pending READY', NOT_READY: 'pending NOT_READY', LOGOUT: 'refused Invalid State' }],
  ['WORK', { LOGIN: 'WORK', READY: 'READY', NOT_READY: 'NOT_READY', LOGOUT: 'refused Invalid State' }],
  ['WORK_READY', { LOGIN: 'WORK_READY', READY: 'READY', NOT_READY: 'NOT_READY', LOGOUT: 'refused Invalid State' }],
];

// A supervisor acting on a team member may set only NOT_READY, READY and LOGOUT; NOT_READY only from READY, WORK or
// WORK_READY (reference §3.2; Developer Guide 12.5(1) "Supervisor").
const SUPERVISOR_TRANSITIONS: [AgentState, Record<'READY' | 'NOT_READY' | 'LOGOUT', string>][] = [
  ['LOGOUT', { READY: 'refused Invalid State', NOT_READY: 'refused Invalid State', LOGOUT: 'refused Invalid State' }],
  ['NOT_READY', { READY: 'READY', NOT_READY: 'refused Invalid State', LOGOUT: 'LOGOUT' }],
  ['READY', { READY: 'READY', NOT_READY: 'NOT_READY', LOGOUT: 'LOGOUT' }],
  ['TALKING', { READY: 'refused Invalid State', NOT_READY: 'refused Invalid State', LOGOUT: 'refused Invalid State' }],
  ['HOLD', { READY: 'refused Invalid State', NOT_READY: 'refused Invalid State', LOGOUT: 'refused Invalid State' }],
  ['WORK', { READY: 'READY', NOT_READY: 'NOT_READY', LOGOUT: 'LOGOUT' }],
  ['WORK_READY', { READY: 'READY', NOT_READY: 'NOT_READY', LOGOUT: 'LOGOUT' }],
];

function thrown(action: () => unknown): FinesseApiError {
  try {
    action();
  } catch (error) {
    if (error instanceof FinesseApiError) return error;
    throw error;
  }
  throw new Error('expected a FinesseApiError');
}

describe('agent state machine: an agent changing their own state', () => {
  for (const [from, expected] of OWN_TRANSITIONS) {
    for (const [requested, result] of Object.entries(expected)) {
      it(`${requested} requested in ${from} gives ${result}`, () => {
        const request = REQUESTS[requested as keyof typeof REQUESTS];
        expect(outcome(decideOwnStateChange(status(from), request, rules))).toBe(result);
      });
    }
  }

  it('a refused READY while logged out carries CF_INVALID_OBJECT_STATE with errorData 22, as captured on 12.5', () => {
    const decision = decideOwnStateChange(status('LOGOUT'), REQUESTS.READY, rules);
    expect(decision).toEqual({
      kind: 'refuse',
      failure: { errorType: 'Invalid State', errorMessage: 'CF_INVALID_OBJECT_STATE', errorData: '22' },
    });
  });

  it('a sign-in to an extension the peripheral does not know is refused asynchronously as Invalid Device 10125', () => {
    const decision = decideOwnStateChange(status('LOGOUT'), { state: 'LOGIN', extension: '5559999' }, rules);
    expect(decision.kind).toBe('refuse');
    if (decision.kind === 'refuse') {
      expect(decision.failure.errorType).toBe('Invalid Device');
      expect(decision.failure.peripheral?.code).toBe('10125');
    }
  });

  it('NOT_READY keeps the requested reason code id', () => {
    expect(decideOwnStateChange(status('READY'), REQUESTS.NOT_READY, rules)).toEqual({
      kind: 'apply',
      state: 'NOT_READY',
      reasonCodeId: '2',
    });
  });

  it('LOGOUT with a sign-out reason code keeps it', () => {
    expect(decideOwnStateChange(status('NOT_READY'), { state: 'LOGOUT', reasonCodeId: '21' }, rules)).toEqual({
      kind: 'apply',
      state: 'LOGOUT',
      reasonCodeId: '21',
    });
  });

  const SYNC_ERRORS: [string, Parameters<typeof decideOwnStateChange>[1], AgentState, number, string, string][] = [
    ['no state element', { state: undefined }, 'NOT_READY', 400, 'Parameter Missing', 'state'],
    ['an unknown state', { state: 'DANCING' }, 'NOT_READY', 400, 'Invalid Input', 'state'],
    ['a state only calls set (TALKING)', { state: 'TALKING' }, 'NOT_READY', 400, 'Invalid Input', 'state'],
    ['lowercase ready (states are case-sensitive)', { state: 'ready' }, 'NOT_READY', 400, 'Invalid Input', 'state'],
    ['LOGIN without an extension', { state: 'LOGIN' }, 'LOGOUT', 400, 'Parameter Missing', 'extension'],
    [
      'LOGIN with a non-numeric extension',
      { state: 'LOGIN', extension: '10<01' },
      'LOGOUT',
      400,
      'Invalid Input',
      'extension',
    ],
    [
      'NOT_READY without a reason code when codes are configured',
      { state: 'NOT_READY' },
      'READY',
      400,
      'Parameter Missing',
      'reasonCodeId',
    ],
    [
      'NOT_READY with an unknown reason code',
      { state: 'NOT_READY', reasonCodeId: '77' },
      'READY',
      400,
      'Invalid Input',
      'reasonCodeId',
    ],
    [
      'NOT_READY with a sign-out reason code',
      { state: 'NOT_READY', reasonCodeId: '21' },
      'READY',
      400,
      'Invalid Input',
      'reasonCodeId',
    ],
    [
      'LOGOUT with a Not Ready reason code',
      { state: 'LOGOUT', reasonCodeId: '1' },
      'NOT_READY',
      400,
      'Invalid Input',
      'reasonCodeId',
    ],
  ];
  for (const [what, request, from, statusCode, type, data] of SYNC_ERRORS) {
    it(`${what} answers ${statusCode} ${type} naming ${data}`, () => {
      const error = thrown(() => decideOwnStateChange(status(from), request, rules));
      expect([error.status, error.errorType, error.errorData]).toEqual([statusCode, type, data]);
    });
  }
});

describe('agent state machine: a supervisor changing a team member', () => {
  for (const [from, expected] of SUPERVISOR_TRANSITIONS) {
    for (const [requested, result] of Object.entries(expected)) {
      it(`${requested} requested for a member in ${from} gives ${result}`, () => {
        const request = requested === 'NOT_READY' ? { state: 'NOT_READY' } : { state: requested };
        expect(outcome(decideSupervisorStateChange(status(from), request, rules, '1001001'))).toBe(result);
      });
    }
  }

  it('NOT_READY applies the supervisor system reason code 999', () => {
    expect(decideSupervisorStateChange(status('READY'), { state: 'NOT_READY' }, rules, '1001001')).toEqual({
      kind: 'apply',
      state: 'NOT_READY',
      reasonCodeId: '999',
    });
  });

  it('NOT_READY with a reason code answers 400 Invalid Input naming reasonCodeId', () => {
    const error = thrown(() =>
      decideSupervisorStateChange(status('READY'), { state: 'NOT_READY', reasonCodeId: '1' }, rules, '1001001'),
    );
    expect([error.status, error.errorType, error.errorData]).toEqual([400, 'Invalid Input', 'reasonCodeId']);
  });

  it('LOGIN for a member answers 401 Invalid Authorization User Specified', () => {
    const error = thrown(() => decideSupervisorStateChange(status('LOGOUT'), REQUESTS.LOGIN, rules, '1001001'));
    expect([error.status, error.errorType]).toEqual([401, 'Invalid Authorization User Specified']);
  });
});
