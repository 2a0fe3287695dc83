import type { Scheduler } from './scheduler.js';
import type { Task } from './media-types.js';

/** What the sandbox asks CCE to route: a chat, an email or a task in an MRD, optionally for one agent. */
export interface TaskOffer {
  readonly mrdId: string;
  readonly from: string;
  readonly subject: string;
  readonly variables: ReadonlyMap<string, string>;
  /** Offer it to this agent only (it waits for them); any routable agent of the MRD when absent. */
  readonly loginId?: string | undefined;
}

/** What the router asks the desk about agents. */
export interface RoutableAgents {
  /** The agents signed in to an MRD, in sign-in order. */
  signedIn(mrdId: string): string[];
  /** How many more tasks this agent may be offered in this MRD now (0 when not routable). */
  capacity(loginId: string, mrdId: string): number;
}

/** The first task number; ids read `<number>_<mrdId>_1`, like the guide's `1234_5423_1`. */
const FIRST_TASK_NUMBER = 4100;

/**
 * CCE's router for non-voice tasks, as far as an agent desktop sees it: tasks wait in arrival order and are offered to
 * an agent signed in to the MRD who is Ready and below their maxDialogLimit (the one holding fewest tasks first).
 * An offer beyond the limit waits, as it would in a real contact center, until a task closes or an agent frees up.
 */
export class TaskRouter {
  private readonly tasks: Task[] = [];
  private nextNumber = FIRST_TASK_NUMBER;

  constructor(
    private readonly scheduler: Scheduler,
    private readonly agents: RoutableAgents,
    private readonly offered: (task: Task) => void,
  ) {}

  enqueue(offer: TaskOffer): Task {
    const now = this.scheduler.now();
    const task: Task = {
      id: `${this.nextNumber++}_${offer.mrdId}_1`,
      mrdId: offer.mrdId,
      from: offer.from,
      subject: offer.subject,
      variables: offer.variables,
      createdAt: now,
      loginId: '',
      wantedLoginId: offer.loginId ?? '',
      state: 'OFFERED',
      startTime: now,
      stateChangeTime: now,
    };
    this.tasks.push(task);
    this.route();
    return task;
  }

  /** Offer every waiting task that an agent has room for, oldest first. */
  route(): void {
    for (const task of this.tasks) {
      if (task.loginId !== '') continue;
      const agent = this.agentFor(task);
      if (agent === undefined) continue;
      const now = this.scheduler.now();
      task.loginId = agent;
      task.state = 'OFFERED';
      task.startTime = now;
      task.stateChangeTime = now;
      this.offered(task);
    }
  }

  /** Back to waiting, ahead of newer tasks (a transfer on sign-out). */
  requeue(task: Task): void {
    task.loginId = '';
    task.state = 'OFFERED';
  }

  remove(task: Task): void {
    const index = this.tasks.indexOf(task);
    if (index >= 0) this.tasks.splice(index, 1);
  }

  find(id: string): Task | undefined {
    return this.tasks.find((task) => task.id === id);
  }

  /** Tasks offered to an agent and not yet closed. */
  tasksOf(loginId: string, mrdId?: string): Task[] {
    return this.tasks.filter(
      (task) => task.loginId === loginId && loginId !== '' && (mrdId === undefined || task.mrdId === mrdId),
    );
  }

  /** Tasks no agent holds yet. */
  waiting(mrdId: string): Task[] {
    return this.tasks.filter((task) => task.loginId === '' && task.mrdId === mrdId);
  }

  reset(): void {
    this.tasks.length = 0;
    this.nextNumber = FIRST_TASK_NUMBER;
  }

  private agentFor(task: Task): string | undefined {
    const candidates = this.agents
      .signedIn(task.mrdId)
      .filter((loginId) => task.wantedLoginId === '' || loginId === task.wantedLoginId);
    let best: { loginId: string; load: number } | undefined;
    for (const loginId of candidates) {
      if (this.agents.capacity(loginId, task.mrdId) <= 0) continue;
      const load = this.tasksOf(loginId, task.mrdId).length;
      if (!best || load < best.load) best = { loginId, load };
    }
    return best?.loginId;
  }
}
