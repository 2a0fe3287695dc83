import type { Customer } from '../../shared/api/context.js';
import type { RegistrationNews } from './admin/registration-panel/registration-text.js';
import type { AdminAgent } from '../../shared/api/admin-agents.js';

/**
 * Every custom event a Context Desk component emits, typed once. Names carry the `cd-` prefix; all bubble and cross
 * shadow roots so the tab can listen at its root.
 */
export interface DeskEventMap {
  /** The agent chose a customer (among candidates, from search, or just created). */
  'cd-customer-chosen': CustomEvent<{ customer: Customer }>;
  /** A customer was saved (created or edited). */
  'cd-customer-saved': CustomEvent<{ customer: Customer }>;
  /** The card's editor closed: `customer` is the version the card shows from now on (saved, theirs, or unchanged). */
  'cd-edit-closed': CustomEvent<{ customer: Customer }>;
  /** A note was accepted by the BFF (queued) or settled. */
  'cd-note-status': CustomEvent<{ noteId: string; status: 'queued' | 'delivered' | 'failed' }>;
  /** Something the agent should hear about (an action failed, a state was refused): shown in the tab's message area. */
  'cd-notice': CustomEvent<{ tone: 'info' | 'error'; message: string }>;
  /** A screen pop finished: what the live region announces ("Maria Garcia, 3 open requests" or "Unknown caller"). */
  'cd-pop-shown': CustomEvent<{ announcement: string }>;
  /** The standalone sign-in form was submitted. */
  'cd-sign-in': CustomEvent<{ username: string; password: string }>;
  /** Admin page: the CCE Administration sign-in form was submitted. */
  'cd-admin-sign-in': CustomEvent<{ username: string; password: string }>;
  /** Admin page: Register or Deregister was chosen; the page sends the browser to that Webex wizard. */
  'cd-registration-start': CustomEvent<{ flow: 'registration' | 'deregistration' }>;
  /** Admin page: the BFF answered a PUT of connectionData; `keepConnectionData` while a retry could still succeed. */
  'cd-registration-attempted': CustomEvent<{ news: RegistrationNews; keepConnectionData: boolean }>;
  /** Admin page: CCE took a new agent or a change to one. */
  'cd-agent-saved': CustomEvent<{ agent: AdminAgent; created: boolean }>;
  /** Admin page: the agent form was left without saving. */
  'cd-agent-form-cancel': CustomEvent<Record<string, never>>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- augmentation of the DOM's own map
  interface GlobalEventHandlersEventMap extends DeskEventMap {}
}

type DetailOf<K extends keyof DeskEventMap> = DeskEventMap[K] extends CustomEvent<infer D> ? D : never;

/** The one way components emit: bubbling, composed, typed. */
export function emit<K extends keyof DeskEventMap>(target: EventTarget, name: K, detail: DetailOf<K>): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
