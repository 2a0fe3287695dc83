import type { Agent } from '../../../shared/api/agent.js';
import type { Dialog } from '../../../shared/api/dialog.js';
import type { FinesseUpdate } from '../finesse/types.js';

/**
 * What the BFF last knew of an agent and their calls. Kept current from every notification, it turns a fresh read
 * of Finesse (while polling, or after an XMPP session came back) into exactly the updates that were missed.
 */
/** How many ended calls an agent's snapshot remembers: enough for the notes of a busy wrap-up, bounded. */
const ENDED_CALLS_KEPT = 20;

export class AgentSnapshot {
  private agent: Agent | undefined;
  private readonly dialogs = new Map<string, Dialog>();
  /** The ids of the agent's latest ended calls, oldest first: a note written in wrap-up still names its call. */
  private readonly ended: string[] = [];

  apply(update: FinesseUpdate): void {
    if (update.kind === 'agent') this.agent = update.agent;
    if (update.kind !== 'dialog') return;
    if (update.change === 'removed') {
      if (this.dialogs.delete(update.dialog.id)) this.remember(update.dialog.id);
    } else this.dialogs.set(update.dialog.id, update.dialog);
  }

  /** Take a fresh read as the truth, returning the updates that lead from the snapshot to it. */
  reconcile(agent: Agent, dialogs: readonly Dialog[]): FinesseUpdate[] {
    const updates: FinesseUpdate[] = [];
    if (!this.agent || JSON.stringify(this.agent) !== JSON.stringify(agent)) updates.push({ kind: 'agent', requestId: '', agent });
    const fresh = new Map(dialogs.map((dialog) => [dialog.id, dialog]));
    for (const [id, dialog] of this.dialogs) {
      if (!fresh.has(id)) updates.push({ kind: 'dialog', requestId: '', change: 'removed', dialog });
    }
    for (const dialog of dialogs) {
      const known = this.dialogs.get(dialog.id);
      if (!known) updates.push({ kind: 'dialog', requestId: '', change: 'added', dialog });
      else if (JSON.stringify(known) !== JSON.stringify(dialog)) updates.push({ kind: 'dialog', requestId: '', change: 'changed', dialog });
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

  private remember(dialogId: string): void {
    if (this.ended.includes(dialogId)) return;
    this.ended.push(dialogId);
    if (this.ended.length > ENDED_CALLS_KEPT) this.ended.shift();
  }
}
