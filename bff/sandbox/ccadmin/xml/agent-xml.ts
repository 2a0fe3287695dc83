import type { DirectoryAgent, DirectorySkillGroup, DirectoryTeam } from '../../directory/agent-directory.js';
import type { AgentInput } from '../model/agent-rules.js';
import { AGENT_REF_PREFIX, SKILL_GROUP_REF_PREFIX, TEAM_REF_PREFIX } from '../model/agent-rules.js';
import { CceApiError } from '../model/cce-api-error.js';
import type { XmlElement } from './xml-writer.js';
import { isRecord, readXml } from './xml-reader.js';

export const AGENT_ROOT = 'agent';

/**
 * An agent in the order of the documented example response: changeStamp, refURL, agentId, agentStateTrace,
 * description, person (never the password: "can be used when creating or updating, but is not returned"),
 * supervisor, agentTeam and skillGroups as references (refURL and name).
 */
export function agentElement(
  agent: DirectoryAgent,
  teams: readonly DirectoryTeam[],
  skillGroups: readonly DirectorySkillGroup[],
): XmlElement {
  const element: XmlElement = {
    changeStamp: String(agent.changeStamp),
    refURL: `${AGENT_REF_PREFIX}${agent.id}`,
    agentId: agent.agentId,
    agentStateTrace: 'false',
    description: agent.description,
    person: {
      firstName: agent.firstName,
      lastName: agent.lastName,
      loginEnabled: String(agent.loginEnabled),
      userName: agent.userName,
      ssoEnabled: 'false',
    },
    supervisor: String(agent.supervisor),
  };
  const team = teams.find((candidate) => candidate.id === agent.teamId);
  if (team) element.agentTeam = { refURL: `${TEAM_REF_PREFIX}${team.id}`, name: team.name };
  const groups = skillGroups.filter((group) => agent.skillGroupIds.includes(group.id));
  element.skillGroups = {
    skillGroup: groups.map((group) => ({ refURL: `${SKILL_GROUP_REF_PREFIX}${group.id}`, name: group.name })),
  };
  return element;
}

/** An agent team with its members and supervisors as agent references. */
export function agentTeamElement(team: DirectoryTeam, agents: readonly DirectoryAgent[]): XmlElement {
  const members = agents.filter((agent) => agent.teamId === team.id);
  const supervisors = agents.filter((agent) => agent.supervisor && agent.supervisedTeamIds.includes(team.id));
  return {
    changeStamp: String(team.changeStamp),
    refURL: `${TEAM_REF_PREFIX}${team.id}`,
    name: team.name,
    description: team.description,
    agentCount: String(members.length),
    agents: { agent: members.map(agentReference) },
    supervisorCount: String(supervisors.length),
    supervisors: { supervisor: supervisors.map(agentReference) },
  };
}

function agentReference(agent: DirectoryAgent): XmlElement {
  return {
    refURL: `${AGENT_REF_PREFIX}${agent.id}`,
    agentId: agent.agentId,
    firstName: agent.firstName,
    lastName: agent.lastName,
    userName: agent.userName,
  };
}

/**
 * An `<agent>` create or update body. Read-only parameters (refURL) are ignored; a repeated element counts with its
 * last value; an element that holds elements where text belongs is refused.
 */
export function readAgentInput(body: string): AgentInput {
  const agent = readXml(body, AGENT_ROOT);
  const person = child(agent, 'person');
  const team = child(agent, 'agentTeam');
  const skillGroups = agent.skillGroups === undefined ? undefined : child(agent, 'skillGroups');
  const groups = skillGroups === undefined ? undefined : listOf(skillGroups.skillGroup);
  return {
    changeStamp: text(agent, 'changeStamp'),
    agentId: text(agent, 'agentId'),
    description: text(agent, 'description'),
    firstName: text(person, 'firstName', 'person.'),
    lastName: text(person, 'lastName', 'person.'),
    userName: text(person, 'userName', 'person.'),
    password: text(person, 'password', 'person.'),
    loginEnabled: text(person, 'loginEnabled', 'person.'),
    supervisor: text(agent, 'supervisor'),
    agentTeamRefURL: text(team, 'refURL', 'agentTeam.'),
    skillGroupRefURLs: groups?.map((group) => (isRecord(group) ? (text(group, 'refURL', 'skillGroups.') ?? '') : '')),
  };
}

function last(value: unknown): unknown {
  return Array.isArray(value) ? (value as unknown[]).at(-1) : value;
}

function listOf(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? (value as unknown[]) : [value];
}

function child(parent: Record<string, unknown>, name: string): Record<string, unknown> {
  const value = last(parent[name]);
  return isRecord(value) ? value : {};
}

function text(parent: Record<string, unknown>, name: string, path = ''): string | undefined {
  const value = last(parent[name]);
  if (value === undefined || typeof value === 'string') return value;
  throw new CceApiError(400, {
    errorData: `${path}${name}`,
    errorMessage: `${path}${name} must be text, not elements`,
    errorType: 'invalidInput.invalidValue',
  });
}
