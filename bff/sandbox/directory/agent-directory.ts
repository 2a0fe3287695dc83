/**
 * The contact center's people as Unified CCE's configuration (the AW database) holds them, shared by the emulators
 * that read it: the CCE Administration emulator creates, changes and deletes agents; the Finesse emulator signs them
 * in. Neither emulator imports the other; both are handed the same AgentDirectory by whatever starts them.
 */

/** One agent (or supervisor) record. Ids are strings, as every Cisco API carries them. */
export interface DirectoryAgent {
  /** The record's database id (CCE's SkillTargetID): `/unifiedconfig/config/agent/{id}`. */
  readonly id: string;
  /** The peripheral number (CCE `agentId`): Finesse's loginId, and the agent's own extension in the sandbox. */
  readonly agentId: string;
  /** CCE `person.userName`: Finesse's loginName. */
  readonly userName: string;
  readonly password: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly description: string;
  /** CCE `person.loginEnabled`: false keeps the agent out of Finesse. */
  readonly loginEnabled: boolean;
  readonly supervisor: boolean;
  /** The team the agent is a member of ('' for none). */
  readonly teamId: string;
  /** Teams this agent supervises (empty unless a supervisor). */
  readonly supervisedTeamIds: readonly string[];
  /** The skill groups (Finesse queues) the agent belongs to, by peripheral number. */
  readonly skillGroupIds: readonly string[];
  /** Incremented by every update (CCE "Shared Parameters": optimistic locking). */
  readonly changeStamp: number;
}

export interface DirectoryTeam {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly changeStamp: number;
}

/** A skill group; Finesse calls it a queue and identifies it by its peripheral number. */
export interface DirectorySkillGroup {
  readonly id: string;
  readonly name: string;
}

/** What a create or update may set: everything but the ids the directory assigns and the change stamp. */
export type AgentFields = Omit<DirectoryAgent, 'id' | 'changeStamp'>;

export type AgentChange =
  | { readonly kind: 'created'; readonly agent: DirectoryAgent }
  | { readonly kind: 'updated'; readonly before: DirectoryAgent; readonly agent: DirectoryAgent }
  | { readonly kind: 'deleted'; readonly agent: DirectoryAgent };

export type UpdateOutcome =
  | { readonly kind: 'updated'; readonly agent: DirectoryAgent }
  | { readonly kind: 'stale'; readonly current: DirectoryAgent }
  | { readonly kind: 'notFound' };

export interface DirectoryContents {
  readonly agents: readonly DirectoryAgent[];
  readonly teams: readonly DirectoryTeam[];
  readonly skillGroups: readonly DirectorySkillGroup[];
}

/** The shared store. Listeners hear every agent change after it is made, in the order made. */
export class AgentDirectory {
  private readonly contents: DirectoryContents;
  private readonly agentsById: Map<string, DirectoryAgent>;
  private nextId: number;
  private readonly listeners: ((change: AgentChange) => void)[] = [];

  /** `initial` builds the start-up contents afresh, for the first load and for every reset. */
  constructor(private readonly initial: () => DirectoryContents) {
    this.contents = initial();
    this.agentsById = new Map(this.contents.agents.map((agent) => [agent.id, agent]));
    this.nextId = nextIdAfter(this.contents.agents);
  }

  /** Every agent, by id (the order CCE lists them in when no sort is asked for). */
  agents(): DirectoryAgent[] {
    return [...this.agentsById.values()].sort((a, b) => Number(a.id) - Number(b.id));
  }

  agent(id: string): DirectoryAgent | undefined {
    return this.agentsById.get(id);
  }

  teams(): readonly DirectoryTeam[] {
    return this.contents.teams;
  }

  skillGroups(): readonly DirectorySkillGroup[] {
    return this.contents.skillGroups;
  }

  onChange(listener: (change: AgentChange) => void): void {
    this.listeners.push(listener);
  }

  create(fields: AgentFields): DirectoryAgent {
    const agent: DirectoryAgent = { ...fields, id: String(this.nextId++), changeStamp: 0 };
    this.agentsById.set(agent.id, agent);
    this.tell({ kind: 'created', agent });
    return agent;
  }

  /** Replaces the record when `changeStamp` is the current one; a stale stamp changes nothing. */
  update(id: string, changeStamp: number, fields: AgentFields): UpdateOutcome {
    const before = this.agentsById.get(id);
    if (!before) return { kind: 'notFound' };
    if (before.changeStamp !== changeStamp) return { kind: 'stale', current: before };
    const agent: DirectoryAgent = { ...fields, id, changeStamp: before.changeStamp + 1 };
    this.agentsById.set(id, agent);
    this.tell({ kind: 'updated', before, agent });
    return { kind: 'updated', agent };
  }

  delete(id: string): DirectoryAgent | undefined {
    const agent = this.agentsById.get(id);
    if (!agent) return undefined;
    this.agentsById.delete(id);
    this.tell({ kind: 'deleted', agent });
    return agent;
  }

  /** Back to the initial agents; each agent that differs is announced as deleted and re-created. */
  reset(): void {
    const current = this.agents();
    const fresh = this.initial().agents;
    for (const agent of current) {
      const same = fresh.find((candidate) => candidate.id === agent.id);
      if (!same || JSON.stringify(same) !== JSON.stringify(agent)) this.delete(agent.id);
    }
    for (const agent of fresh) {
      if (this.agentsById.has(agent.id)) continue;
      this.agentsById.set(agent.id, agent);
      this.tell({ kind: 'created', agent });
    }
    this.nextId = nextIdAfter(fresh);
  }

  private tell(change: AgentChange): void {
    for (const listener of this.listeners) listener(change);
  }
}

function nextIdAfter(agents: readonly DirectoryAgent[]): number {
  return Math.max(5000, ...agents.map((agent) => Number(agent.id) + 1));
}
