import type { Agent } from '../../../shared/api/agent.js';
import type { Dialog } from '../../../shared/api/dialog.js';
import type { FinesseUpdate } from '../finesse/types.js';

/**
 * What the BFF last knew of an agent and their calls. Kept current from every notification, it turns a fresh read
 * of Finesse (while polling, or after an XMPP session came back) into exactly the updates that were missed.
 */
export class AgentSnapshot {
  private agent: Agent | undefined;
  private readonly dialogs = new Map<string, Dialog>();

  apply(update: FinesseUpdate): void {
    if (update.kind === 'agent') this.agent = update.agent;
    if (update.kind !== 'dialog') return;
    if (update.change === 'removed') this.dialogs.delete(update.dialog.id);
    else this.dialogs.set(update.dialog.id, update.dialog);
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
}
