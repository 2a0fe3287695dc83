import type { Agent } from '../../../shared/api/agent.js';
import type { QueueStatistics, Team } from '../../../shared/api/team.js';
import type { FinesseCredentials } from '../finesse/types.js';
import type { Supervision } from './supervision-snapshot.js';

/** The Finesse reads of a supervisor's teams and queues (FinesseClient provides them). */
export interface SupervisorReads {
  team(credentials: FinesseCredentials, teamId: string): Promise<Team>;
  queues(credentials: FinesseCredentials, loginId: string): Promise<QueueStatistics[]>;
}

/**
 * Every team Finesse says the agent supervises (its User's `<teams>`), with all members, and the queues Finesse lists
 * for them; undefined for an agent without the Supervisor role.
 */
export async function readSupervision(
  finesse: SupervisorReads,
  credentials: FinesseCredentials,
  agent: Agent,
): Promise<Supervision | undefined> {
  if (!agent.roles.includes('Supervisor')) return undefined;
  const [teams, queues] = await Promise.all([
    Promise.all((agent.supervisedTeams ?? []).map((team) => finesse.team(credentials, team.id))),
    finesse.queues(credentials, agent.id),
  ]);
  return { teams, queues };
}
