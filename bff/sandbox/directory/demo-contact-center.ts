import type { DirectoryAgent, DirectoryContents } from './agent-directory.js';
import { AgentDirectory } from './agent-directory.js';

/** Every demo agent's password (the README lists the users). */
export const SANDBOX_AGENT_PASSWORD = 'sandbox';

export const CUSTOMER_CARE_TEAM = {
  id: '5000',
  name: 'Customer Care',
  description: 'The demo team',
  changeStamp: 0,
} as const;
/** The skill group ACD calls are queued on (Finesse queue 5022). */
export const CUSTOMER_CARE_QUEUE = { id: '5022', name: 'CustomerCare.SG' } as const;
export const BILLING_QUEUE = { id: '5023', name: 'Billing.SG' } as const;

function agent(
  id: string,
  agentId: string,
  userName: string,
  firstName: string,
  lastName: string,
  skillGroupIds: readonly string[],
): DirectoryAgent {
  return {
    id,
    agentId,
    userName,
    password: SANDBOX_AGENT_PASSWORD,
    firstName,
    lastName,
    description: '',
    loginEnabled: true,
    supervisor: false,
    teamId: CUSTOMER_CARE_TEAM.id,
    supervisedTeamIds: [],
    skillGroupIds,
    changeStamp: 0,
  };
}

/** The demo contact center a fresh sandbox starts with: two agents and their supervisor on team 5000. */
export function demoContactCenterContents(): DirectoryContents {
  return {
    agents: [
      agent('5001', '1001001', 'agent1', 'Alex', 'Rivera', [CUSTOMER_CARE_QUEUE.id, BILLING_QUEUE.id]),
      agent('5002', '1001002', 'agent2', 'Sam', 'Okafor', [CUSTOMER_CARE_QUEUE.id]),
      {
        ...agent('5101', '1002001', 'super1', 'Dana', 'Whitfield', [CUSTOMER_CARE_QUEUE.id]),
        supervisor: true,
        supervisedTeamIds: [CUSTOMER_CARE_TEAM.id],
      },
    ],
    teams: [CUSTOMER_CARE_TEAM],
    skillGroups: [CUSTOMER_CARE_QUEUE, BILLING_QUEUE],
  };
}

export function demoAgentDirectory(): AgentDirectory {
  return new AgentDirectory(demoContactCenterContents);
}
