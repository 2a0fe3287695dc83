import type { AgentChange, AgentDirectory, DirectoryAgent } from '../../directory/agent-directory.js';
import type { DirectoryUser } from './types.js';

/** A Finesse user added (created, or allowed to log in), changed, or removed (deleted, or no longer allowed to). */
export type UserChange =
  | { readonly kind: 'added'; readonly user: DirectoryUser }
  | { readonly kind: 'changed'; readonly before: DirectoryUser; readonly user: DirectoryUser }
  | { readonly kind: 'removed'; readonly user: DirectoryUser };

/** The agents Finesse knows as users: those allowed to log in. */
export function finesseUsers(agents: AgentDirectory): DirectoryUser[] {
  return agents.agents().flatMap((agent) => (agent.loginEnabled ? [finesseUser(agent)] : []));
}

/** A CCE agent record as Finesse's User: the peripheral number is the loginId, the user name the loginName. */
export function finesseUser(agent: DirectoryAgent): DirectoryUser {
  return {
    loginId: agent.agentId,
    loginName: agent.userName,
    password: agent.password,
    firstName: agent.firstName,
    lastName: agent.lastName,
    roles: agent.supervisor ? ['Agent', 'Supervisor'] : ['Agent'],
    teamId: agent.teamId,
    supervisedTeamIds: agent.supervisor ? agent.supervisedTeamIds : [],
    skillTargetId: agent.id,
    queueIds: agent.skillGroupIds,
    // Agent desk settings are not part of the directory: every agent has the sandbox's.
    wrapUpOnIncoming: 'OPTIONAL',
    wrapUpOnOutgoing: 'NOT_ALLOWED',
    wrapUpTimer: 60,
  };
}

export function finesseUserChange(change: AgentChange): UserChange | undefined {
  switch (change.kind) {
    case 'created':
      return change.agent.loginEnabled ? { kind: 'added', user: finesseUser(change.agent) } : undefined;
    case 'deleted':
      return change.agent.loginEnabled ? { kind: 'removed', user: finesseUser(change.agent) } : undefined;
    case 'updated': {
      const { before, agent } = change;
      if (!before.loginEnabled && !agent.loginEnabled) return undefined;
      if (!agent.loginEnabled) return { kind: 'removed', user: finesseUser(before) };
      if (!before.loginEnabled) return { kind: 'added', user: finesseUser(agent) };
      return { kind: 'changed', before: finesseUser(before), user: finesseUser(agent) };
    }
  }
}
