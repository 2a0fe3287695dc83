import type { FinesseDirectory } from './demo-directory.js';
import type { AgentRoster } from './agent-roster.js';
import type { CallSwitch } from './call-switch.js';
import type { DirectoryUser, Queue } from './types.js';
import type { QueueView } from './queue-statistics.js';
import { queueFigures } from './queue-statistics.js';
import { notFound } from './errors.js';

/** The queues and their live figures, read from the directory, the agents' states and the switch. */
export class QueueBoard {
  constructor(
    private readonly directory: FinesseDirectory,
    private readonly roster: AgentRoster,
    private readonly calls: CallSwitch,
  ) {}

  queues(): readonly Queue[] {
    return this.directory.queues;
  }

  get(queueId: string): Queue {
    const queue = this.directory.queues.find((candidate) => candidate.id === queueId);
    if (!queue) throw notFound(queueId, 'Invalid queueId specified');
    return queue;
  }

  view(queue: Queue): QueueView {
    return { queue, figures: this.figures(queue) };
  }

  private figures(queue: Queue): QueueView['figures'] {
    return queueFigures({
      queueId: queue.id,
      members: this.directory.users.filter((user) => user.queueIds.includes(queue.id)),
      status: (loginId) => this.roster.status(loginId),
      connectedCall: (loginId) => this.calls.connectedCall(loginId),
      waitingSince: this.calls.waitingIn(queue.id).map((call) => call.since),
    });
  }

  /**
   * "Queue—Get List of Queues for User": the user's queues; a supervisor's also include every queue of the members
   * of the teams they supervise. In the directory's order.
   */
  queuesOf(user: DirectoryUser): Queue[] {
    const members = this.directory.users.filter((member) => user.supervisedTeamIds.includes(member.teamId));
    const ids = new Set([...user.queueIds, ...members.flatMap((member) => member.queueIds)]);
    return this.directory.queues.filter((queue) => ids.has(queue.id));
  }
}
