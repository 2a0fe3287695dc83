import type { QueueStatistics, Team, TeamMember } from '../../../shared/api/team.js';
import type { FinesseUpdate } from '../finesse/types.js';

/** What a supervisor watches: every member of the teams they supervise, and their queues' figures. */
export interface Supervision {
  readonly teams: readonly Team[];
  readonly queues: readonly QueueStatistics[];
}

interface WatchedTeam {
  readonly id: string;
  readonly name: string;
  readonly members: Map<string, TeamMember>;
}

const memberKey = (teamId: string, memberId: string) => `member ${teamId} ${memberId}`;
const queueKey = (queueId: string) => `queue ${queueId}`;

/**
 * What the BFF last knew of a supervisor's teams and queues, kept current from the Team/{id}/Users and Queue
 * notifications. Like AgentSnapshot, it turns a fresh read (while polling, or after XMPP came back) into exactly the
 * changes that were missed, and leaves alone what a notification changed while the read was on its way.
 */
export class SupervisionSnapshot {
  private teams = new Map<string, WatchedTeam>();
  private readonly queues = new Map<string, QueueStatistics>();
  private seeded = false;
  private revision = 0;
  /** Per member and queue: the revision of its latest notification. */
  private readonly changedAt = new Map<string, number>();

  apply(update: FinesseUpdate): void {
    if (update.kind === 'team_member') {
      this.revision += 1;
      this.changedAt.set(memberKey(update.teamId, update.member.id), this.revision);
      const team = this.teams.get(update.teamId);
      if (!team) return;
      if (update.change === 'removed') team.members.delete(update.member.id);
      else team.members.set(update.member.id, update.member);
    } else if (update.kind === 'queue') {
      this.revision += 1;
      this.changedAt.set(queueKey(update.queue.id), this.revision);
      this.queues.set(update.queue.id, update.queue);
    }
  }

  /** Taken just before asking Finesse (see AgentSnapshot.readMark). */
  readMark(): number {
    return this.revision;
  }

  /** Take a fresh read as the truth; answers the member and queue changes that lead to it. */
  reconcile(read: Supervision, startedAt: number = this.revision): FinesseUpdate[] {
    const updates: FinesseUpdate[] = [];
    const newer = (key: string) => (this.changedAt.get(key) ?? -1) > startedAt;
    const announce = this.seeded;
    const teams = new Map<string, WatchedTeam>();
    for (const team of read.teams) {
      const known = this.teams.get(team.id);
      const members = new Map(known?.members ?? []);
      const fresh = new Map(team.members.map((member) => [member.id, member]));
      for (const [id, member] of members) {
        if (fresh.has(id) || newer(memberKey(team.id, id))) continue;
        members.delete(id);
        updates.push({ kind: 'team_member', requestId: '', teamId: team.id, change: 'removed', member });
      }
      for (const member of team.members) {
        if (newer(memberKey(team.id, member.id))) continue;
        const before = members.get(member.id);
        members.set(member.id, member);
        if (!before) updates.push({ kind: 'team_member', requestId: '', teamId: team.id, change: 'added', member });
        else if (JSON.stringify(before) !== JSON.stringify(member))
          updates.push({ kind: 'team_member', requestId: '', teamId: team.id, change: 'changed', member });
      }
      teams.set(team.id, { id: team.id, name: team.name, members });
    }
    this.teams = teams;
    for (const queue of read.queues) {
      if (newer(queueKey(queue.id))) continue;
      const before = this.queues.get(queue.id);
      this.queues.set(queue.id, queue);
      if (JSON.stringify(before) !== JSON.stringify(queue)) updates.push({ kind: 'queue', requestId: '', queue });
    }
    for (const id of [...this.queues.keys()]) if (!read.queues.some((queue) => queue.id === id)) this.queues.delete(id);
    this.seeded = true;
    // The first read is the starting picture, not news.
    return announce ? updates : [];
  }

  /** The teams and queues as last known; undefined before the first read. */
  current(): Supervision | undefined {
    if (!this.seeded) return undefined;
    return {
      teams: [...this.teams.values()].map((team) => ({
        id: team.id,
        name: team.name,
        members: [...team.members.values()],
      })),
      queues: [...this.queues.values()],
    };
  }

  /** The pubsub nodes that carry these teams' and queues' changes ("Team", "Queue Notifications", Developer Guide 12.5(1)). */
  nodes(): string[] {
    return [
      ...[...this.teams.keys()].map((id) => `/finesse/api/Team/${encodeURIComponent(id)}/Users`),
      ...[...this.queues.keys()].map((id) => `/finesse/api/Queue/${encodeURIComponent(id)}`),
    ];
  }
}
