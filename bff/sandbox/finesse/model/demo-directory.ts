import type { DirectoryUser, ReasonCode, Team, WrapUpReason } from './types.js';

/** The users, team and codes a fresh sandbox starts with (listed in the README for anyone trying it). */
export interface FinesseDirectory {
  readonly users: readonly DirectoryUser[];
  readonly teams: readonly Team[];
  /** Configured reason codes, both categories. */
  readonly reasonCodes: readonly ReasonCode[];
  /** Codes CCE applies by itself; shown on a User but never listed by ReasonCodes. */
  readonly systemReasonCodes: readonly ReasonCode[];
  readonly wrapUpReasons: readonly WrapUpReason[];
  /** Agent devices the peripheral knows: a LOGIN to any other extension fails with Invalid Device. */
  readonly devices: readonly string[];
  /** The skill group an ACD call is queued on before it reaches the agent. */
  readonly queue: { readonly number: string; readonly name: string };
}

export const SANDBOX_PASSWORD = 'sandbox';

const team: Team = { id: '5000', name: 'Customer Care' };

const agent = (loginId: string, loginName: string, firstName: string, lastName: string, skillTargetId: string): DirectoryUser => ({
  loginId,
  loginName,
  password: SANDBOX_PASSWORD,
  firstName,
  lastName,
  roles: ['Agent'],
  teamId: team.id,
  supervisedTeamIds: [],
  skillTargetId,
  wrapUpOnIncoming: 'OPTIONAL',
  wrapUpOnOutgoing: 'NOT_ALLOWED',
  wrapUpTimer: 60,
});

export function demoDirectory(): FinesseDirectory {
  return {
    users: [
      agent('1001001', 'agent1', 'Alex', 'Rivera', '5001'),
      agent('1001002', 'agent2', 'Sam', 'Okafor', '5002'),
      { ...agent('1002001', 'super1', 'Dana', 'Whitfield', '5101'), roles: ['Agent', 'Supervisor'], supervisedTeamIds: [team.id] },
    ],
    teams: [team],
    reasonCodes: [
      { id: '1', category: 'NOT_READY', code: '10', label: 'Break', forAll: true, systemCode: false },
      { id: '2', category: 'NOT_READY', code: '11', label: 'Lunch', forAll: true, systemCode: false },
      { id: '3', category: 'NOT_READY', code: '12', label: 'Meeting', forAll: true, systemCode: false },
      { id: '4', category: 'NOT_READY', code: '13', label: 'Training', forAll: true, systemCode: false },
      { id: '5', category: 'NOT_READY', code: '14', label: 'Follow-up work', forAll: true, systemCode: false },
      { id: '21', category: 'LOGOUT', code: '20', label: 'End of shift', forAll: true, systemCode: false },
      { id: '22', category: 'LOGOUT', code: '21', label: 'Personal', forAll: true, systemCode: false },
    ],
    systemReasonCodes: [
      { id: '999', category: 'NOT_READY', code: '999', label: 'Supervisor Not Ready', forAll: true, systemCode: true },
      { id: '50006', category: 'NOT_READY', code: '50006', label: 'Outbound Call', forAll: true, systemCode: true },
    ],
    wrapUpReasons: [
      { id: '1', label: 'Question answered', forAll: true },
      { id: '2', label: 'Order placed', forAll: true },
      { id: '3', label: 'Complaint logged', forAll: true },
      { id: '4', label: 'Escalated', forAll: true },
      { id: '5', label: 'Callback promised', forAll: true },
    ],
    devices: ['1001001', '1001002', '1002001', '1001003'],
    queue: { number: '5022', name: 'CustomerCare.SG' },
  };
}
