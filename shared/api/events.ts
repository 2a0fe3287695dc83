import type { Agent } from './agent.js';
import type { Dialog } from './dialog.js';
import type { NoteStatus } from './context.js';
import type { QueueEvent, TeamMemberEvent } from './team.js';

/**
 * `GET /api/events` (Server-Sent Events). Each event has a name, an id for Last-Event-ID resume and one JSON line
 * of data. `context`, `note` and `registration` arrive with the features that produce them.
 */
export interface AgentEvent {
  readonly agent: Agent;
}

export interface DialogEvent {
  /** added: into the agent's calls; changed; removed: gone from them. */
  readonly change: 'added' | 'changed' | 'removed';
  readonly dialog: Dialog;
}

/** Finesse's own service state, so the tab can say "Finesse is out of service" instead of failing silently. */
export interface SystemEvent {
  readonly finesse: 'IN_SERVICE' | 'OUT_OF_SERVICE' | 'PARTIAL_SERVICE';
  /** How the BFF hears about changes: xmpp, or polling while XMPP is unreachable. */
  readonly notifications: 'xmpp' | 'polling';
}

export interface EventPayloads {
  agent: AgentEvent;
  dialog: DialogEvent;
  system: SystemEvent;
  /** A note the agent wrote changed status (queued → delivered, or failed). */
  note: NoteStatus;
  /** Supervisors: a member of one of their teams joined, changed or left. */
  team_member: TeamMemberEvent;
  /** Supervisors: one of their queues has new figures. */
  queue: QueueEvent;
}
export type EventName = keyof EventPayloads;
