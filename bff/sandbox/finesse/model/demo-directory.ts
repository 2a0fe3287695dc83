import type { DirectoryUser, Queue, ReasonCode, Team, WrapUpReason } from './types.js';
import type { AgentDirectory } from '../../directory/agent-directory.js';
import { demoAgentDirectory, SANDBOX_AGENT_PASSWORD } from '../../directory/demo-contact-center.js';
import type { UserChange } from './directory-users.js';
import { finesseUserChange, finesseUsers } from './directory-users.js';

/**
 * What Finesse reads from Unified CCE's configuration: the users (the shared agent directory's agents, as they are
 * now), teams, skill groups (queues) and codes. Users and devices are read afresh on every use, so an agent created
 * or deleted through CCE Administration can, or can no longer, sign in.
 */
export interface FinesseDirectory {
  readonly users: readonly DirectoryUser[];
  readonly teams: readonly Team[];
  /** Skill groups, which Finesse calls queues. */
  readonly queues: readonly Queue[];
  /** Configured reason codes, both categories. */
  readonly reasonCodes: readonly ReasonCode[];
  /** Codes CCE applies by itself; shown on a User but never listed by ReasonCodes. */
  readonly systemReasonCodes: readonly ReasonCode[];
  readonly wrapUpReasons: readonly WrapUpReason[];
  /** Agent devices the peripheral knows: a LOGIN to any other extension fails with Invalid Device. */
  readonly devices: readonly string[];
  /** The skill group an ACD call is queued on before it reaches the agent. */
  readonly queue: { readonly number: string; readonly name: string };
  /** Told of every user added to, changed in or removed from the directory. */
  onUsersChanged(listener: (change: UserChange) => void): void;
}

export const SANDBOX_PASSWORD = SANDBOX_AGENT_PASSWORD;

/** A device no agent owns: another phone on the desk, to sign in somewhere else than one's own extension. */
const SPARE_DEVICE = '1001003';

/** The Finesse view of an agent directory; the demo contact center unless one is given. */
export function demoDirectory(agents: AgentDirectory = demoAgentDirectory()): FinesseDirectory {
  const defaultQueue = agents.skillGroups()[0];
  return {
    get users() {
      return finesseUsers(agents);
    },
    teams: agents.teams().map((team) => ({ id: team.id, name: team.name })),
    queues: agents.skillGroups().map((group) => ({ id: group.id, name: group.name })),
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
    // Each agent's own extension is a device, plus a spare one.
    get devices() {
      return [...agents.agents().map((agent) => agent.agentId), SPARE_DEVICE];
    },
    queue: { number: defaultQueue?.id ?? '', name: defaultQueue?.name ?? '' },
    onUsersChanged(listener) {
      agents.onChange((change) => {
        const userChange = finesseUserChange(change);
        if (userChange) listener(userChange);
      });
    },
  };
}
