import type { Agent } from '../../../shared/api/agent.js';
import type { Dialog } from '../../../shared/api/dialog.js';
import type { FinesseUpdate } from '../finesse/types.js';

/**
 * What the BFF last knew of an agent and their calls. Kept current from every notification, it turns a fresh read
 * of Finesse (while polling, or after an XMPP session came back) into exactly the updates that were missed.
 */
/** How many ended calls an agent's snapshot remembers: enough for the notes of a busy wrap-up, bounded. */
const ENDED_CALLS_KEPT = 20;

/** How many calls' latest notification the snapshot remembers, so that a read overtaken by one leaves it alone. */
const TOUCHED_CALLS_KEPT = 100;

/** Where a read of Finesse started in the snapshot's history of notifications (see `readMark`). */
export type ReadMark = number;

export class AgentSnapshot {
  private agent: Agent | undefined;
  private readonly dialogs = new Map<string, Dialog>();
  /** The ids of the agent's latest ended calls, oldest first: a note written in wrap-up still names its call. */
  private readonly ended: string[] = [];
  /** Counts every change applied; a read marks where it started, so later changes are known to be newer. */
  private revision = 0;
  private agentChangedAt = 0;
  /** Per call: the revision of its latest change (kept after it ended, so that a stale read does not revive it). */
  private readonly dialogChangedAt = new Map<string, number>();

  apply(update: FinesseUpdate): void {
    this.revision += 1;
    if (update.kind === 'agent') {
      this.agent = update.agent;
      this.agentChangedAt = this.revision;
    }
    if (update.kind !== 'dialog') return;
    this.touch(update.dialog.id);
    if (update.change === 'removed') {
      if (this.dialogs.delete(update.dialog.id)) this.remember(update.dialog.id);
    } else this.dialogs.set(update.dialog.id, update.dialog);
  }

  /**
   * Taken just before asking Finesse: what is applied after it (a notification that arrived while Finesse was
   * answering) is newer than the read, which must not take it back.
   */
  readMark(): ReadMark {
    return this.revision;
  }

  /**
   * Take a fresh read as the truth, returning the updates that lead from the snapshot to it; with the mark of when
   * the read started, the agent and calls changed since are left as the newer news made them.
   */
  reconcile(agent: Agent, dialogs: readonly Dialog[], startedAt: ReadMark = this.revision): FinesseUpdate[] {
    const updates: FinesseUpdate[] = [];
    const stale = (changedAt: number | undefined): boolean => changedAt !== undefined && changedAt > startedAt;
    if (!stale(this.agentChangedAt) && (!this.agent || JSON.stringify(this.agent) !== JSON.stringify(agent)))
      updates.push({ kind: 'agent', requestId: '', agent });
    const fresh = new Map(dialogs.map((dialog) => [dialog.id, dialog]));
    for (const [id, dialog] of this.dialogs) {
      if (!fresh.has(id) && !stale(this.dialogChangedAt.get(id)))
        updates.push({ kind: 'dialog', requestId: '', change: 'removed', dialog });
    }
    for (const dialog of dialogs) {
      if (stale(this.dialogChangedAt.get(dialog.id))) continue;
      const known = this.dialogs.get(dialog.id);
      if (!known) updates.push({ kind: 'dialog', requestId: '', change: 'added', dialog });
      else if (JSON.stringify(known) !== JSON.stringify(dialog))
        updates.push({ kind: 'dialog', requestId: '', change: 'changed', dialog });
    }
    for (const update of updates) this.apply(update);
    return updates;
  }

  currentAgent(): Agent | undefined {
    return this.agent;
  }

  currentDialogs(): Dialog[] {
    return [...this.dialogs.values()];
  }

  /** Whether the agent had this call and it has ended (among the latest ENDED_CALLS_KEPT). */
  hadCall(dialogId: string): boolean {
    return this.ended.includes(dialogId);
  }

  private touch(dialogId: string): void {
    this.dialogChangedAt.delete(dialogId);
    this.dialogChangedAt.set(dialogId, this.revision);
    if (this.dialogChangedAt.size > TOUCHED_CALLS_KEPT)
      this.dialogChangedAt.delete(this.dialogChangedAt.keys().next().value as string);
  }

  private remember(dialogId: string): void {
    if (this.ended.includes(dialogId)) return;
    this.ended.push(dialogId);
    if (this.ended.length > ENDED_CALLS_KEPT) this.ended.shift();
  }
}
