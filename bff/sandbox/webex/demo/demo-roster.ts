import { demoDirectory } from '../../finesse/model/demo-directory.js';
import { stableId } from '../model/stable-id.js';
import type { Agent, ChannelType, Named, Queue } from '../model/types.js';

/** An organisation's agents, queues and teams. */
export interface Roster {
  readonly agents: readonly Agent[];
  readonly queues: readonly Queue[];
  readonly teams: readonly Named[];
}

/** The queue each channel is routed to, by name; the voice queue is the Finesse demo's skill group. */
const DEMO_QUEUE_NAMES: Readonly<Record<ChannelType, string>> = {
  telephony: demoDirectory().queue.name,
  chat: 'Chat Support',
  email: 'Email Support',
  social: 'Social Care',
};

/** The demo organisation's people are the Finesse demo users, on the Finesse demo team, signed in at their extensions. */
export function demoRoster(orgId: string, emailDomain: string): Roster {
  const directory = demoDirectory();
  const teams = directory.teams.map((team) => ({ id: stableId(orgId, 'team', team.id), name: team.name }));
  const site = { id: stableId(orgId, 'site', 'San Francisco'), name: 'San Francisco' };
  const agents = directory.users.map((user): Agent => {
    const team = teams.find((candidate) => candidate.id === stableId(orgId, 'team', user.teamId)) ?? {
      id: '',
      name: '',
    };
    return {
      id: stableId(orgId, 'agent', user.loginName),
      name: `${user.firstName} ${user.lastName}`,
      login: `${user.firstName}.${user.lastName}@${emailDomain}`.toLowerCase(),
      dn: user.loginId,
      team,
      site,
    };
  });
  return { agents, queues: queuesFor(orgId, DEMO_QUEUE_NAMES), teams };
}

/** A smaller roster of other people, for the second organisation. */
export function otherRoster(orgId: string, emailDomain: string): Roster {
  const team = { id: stableId(orgId, 'team', 'Service Desk'), name: 'Service Desk' };
  const site = { id: stableId(orgId, 'site', 'Springfield'), name: 'Springfield' };
  const people: readonly [string, string][] = [
    ['Laura', 'Petrov'],
    ['Omar', 'Haddad'],
  ];
  const agents = people.map(([first, last], index): Agent => ({
    id: stableId(orgId, 'agent', first, last),
    name: `${first} ${last}`,
    login: `${first}.${last}@${emailDomain}`.toLowerCase(),
    dn: String(2_001_001 + index),
    team,
    site,
  }));
  return {
    agents,
    queues: queuesFor(orgId, {
      telephony: 'Service Desk Voice',
      chat: 'Service Desk Chat',
      email: 'Service Desk Email',
      social: 'Service Desk Social',
    }),
    teams: [team],
  };
}

function queuesFor(orgId: string, names: Readonly<Record<ChannelType, string>>): Queue[] {
  return Object.entries(names).map(([channelType, name]) => ({
    id: stableId(orgId, 'queue', name),
    name,
    channelType: channelType as ChannelType,
  }));
}
