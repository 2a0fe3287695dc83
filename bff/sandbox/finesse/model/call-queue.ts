import type { SwitchParts } from './switch-parts.js';
import type { BasicCalls } from './basic-calls.js';
import type { QueuedCall } from './dialog-requests.js';
import { InboundCallRefused } from './dialog-requests.js';
import type { DirectoryUser } from './types.js';
import { variablesProblem } from './call-variables.js';

/** A caller waiting in a queue: the dialog id they will have, and since when they wait. */
export interface WaitingCall extends QueuedCall {
  readonly dialogId: string;
  readonly since: Date;
}

/**
 * The ACD's queues: a caller for a queue (skill group) rings at once at its longest-Ready agent, or waits until one of
 * its agents becomes Ready, oldest caller first. While waiting a call is in nobody's Dialogs collection, as on a real
 * Finesse, and only the queue's statistics show it.
 */
export class CallQueue {
  private waiting: WaitingCall[] = [];

  constructor(
    private readonly parts: SwitchParts,
    private readonly calls: BasicCalls,
    /** Told when a call starts or stops waiting, so the queue's statistics are published. */
    private readonly changed: () => void,
  ) {}

  /** Rings the call at a Ready agent of the queue, or keeps it waiting; answers its dialog id either way. */
  enqueue(call: QueuedCall): string {
    if (!this.parts.directory.queues.some((queue) => queue.id === call.queueId)) {
      throw new InboundCallRefused('unknown_queue', `There is no queue ${call.queueId}`);
    }
    // Checked now: a call that rings later, when an agent becomes Ready, must not fail then.
    const problem = call.variables ? variablesProblem(call.variables) : undefined;
    if (problem) throw new InboundCallRefused('invalid_variables', problem);
    const waiting: WaitingCall = {
      ...call,
      dialogId: this.parts.factory.reserveId(),
      since: this.parts.scheduler.now(),
    };
    const agent = this.longestReady(call.queueId);
    if (agent) {
      this.ring(waiting, agent);
    } else {
      this.waiting.push(waiting);
      this.changed();
    }
    return waiting.dialogId;
  }

  /** The caller hung up while waiting. */
  abandon(dialogId: string): boolean {
    const before = this.waiting.length;
    this.waiting = this.waiting.filter((call) => call.dialogId !== dialogId);
    if (this.waiting.length === before) return false;
    this.changed();
    return true;
  }

  /** An agent became Ready: the oldest call waiting in one of their queues rings at them. */
  offerTo(loginId: string): void {
    const agent = this.parts.roster.find(loginId);
    const call = agent && this.waiting.find((candidate) => agent.queueIds.includes(candidate.queueId));
    if (!agent || !call) return;
    this.waiting = this.waiting.filter((candidate) => candidate !== call);
    this.ring(call, agent);
  }

  waitingIn(queueId: string): readonly WaitingCall[] {
    return this.waiting.filter((call) => call.queueId === queueId);
  }

  reset(): void {
    this.waiting = [];
  }

  private ring(call: WaitingCall, agent: DirectoryUser): void {
    const queue = this.parts.directory.queues.find((candidate) => candidate.id === call.queueId);
    this.calls.ringInbound({
      from: call.from,
      to: this.parts.roster.status(agent.loginId).extension,
      dialedNumber: call.dialedNumber,
      variables: call.variables,
      queue: queue ? { number: queue.id, name: queue.name } : undefined,
      dialogId: call.dialogId,
    });
  }

  private longestReady(queueId: string): DirectoryUser | undefined {
    const { roster, directory } = this.parts;
    return directory.users
      .filter((user) => user.queueIds.includes(queueId) && roster.status(user.loginId).state === 'READY')
      .sort(
        (a, b) =>
          roster.status(a.loginId).stateChangeTime.getTime() - roster.status(b.loginId).stateChangeTime.getTime(),
      )[0];
  }
}
