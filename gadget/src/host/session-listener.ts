import type { Dialog } from '../../../shared/api/dialog.js';
import type { NoteStatus } from '../../../shared/api/context.js';
import type { AgentEvent, DialogEvent } from '../../../shared/api/events.js';
import { DeskEventStream } from '../api/event-stream.js';
import type { DeskSession, HostListener } from './desk-host.js';
import { StreamOrder } from './stream-order.js';

export interface StreamParts {
  /** Deliver agent and dialog events from the BFF's stream (standalone) or leave them to finesse.js (Finesse). */
  readonly agentAndDialogs: boolean;
  /** Shared with whoever else applies answers holding the agent (finesse.js's User.setState), so they keep the order. */
  readonly order?: StreamOrder;
}

/** A read overtaken by the stream is asked again; a stream that never pauses is the picture by itself. */
const RELOAD_ATTEMPTS = 3;

/**
 * Listens to the BFF's event stream for a session and keeps the agent's dialog list whole, so the tab always gets
 * the complete list rather than a change to apply. On a resync (events missed beyond the BFF's history) it reads
 * the agent and dialogs again.
 */
export function listenToBff(session: DeskSession, listener: HostListener, parts: StreamParts): () => void {
  const dialogs = new Map<string, Dialog>();
  const order = parts.order ?? new StreamOrder();
  const reload = async (): Promise<void> => {
    if (!parts.agentAndDialogs) return;
    try {
      // The stream may speak while the BFF answers: such a read may be older than what it said.
      const read = await order.newestRead(
        () => Promise.all([session.api.agent(), session.api.dialogs()]),
        RELOAD_ATTEMPTS,
      );
      if (read === undefined) return;
      const [agent, current] = read;
      listener.agent(agent);
      dialogs.clear();
      for (const dialog of current) dialogs.set(dialog.id, dialog);
      listener.dialogs([...dialogs.values()]);
    } catch {
      // The stream's own reconnect brings the next chance; the tab keeps what it shows.
    }
  };
  const stream = new DeskEventStream({
    baseUrl: session.api.baseUrl,
    token: session.api.token,
    onEvent: (name, data) => {
      if (name === 'note') listener.note(data as NoteStatus);
      if (!parts.agentAndDialogs) return;
      if (name === 'agent' || name === 'dialog') order.heard();
      if (name === 'agent') listener.agent((data as AgentEvent).agent);
      if (name === 'dialog') {
        const event = data as DialogEvent;
        if (event.change === 'removed') dialogs.delete(event.dialog.id);
        else dialogs.set(event.dialog.id, event.dialog);
        listener.dialogs([...dialogs.values()]);
      }
    },
    onState: (state) => {
      if (state === 'live') {
        listener.connection('live');
        void reload();
      }
      if (state === 'reconnecting') listener.connection('reconnecting');
    },
    onResync: () => void reload(),
    onUnauthorized: () => listener.signedOut(),
  });
  stream.start();
  return () => stream.stop();
}
