import type { Agent } from '../../../shared/api/agent.js';
import type { Dialog } from '../../../shared/api/dialog.js';
import type { NoteStatus } from '../../../shared/api/context.js';
import type { DeskApi } from '../api/desk-api.js';

/** What the tab hears from its host; every host delivers the same things whatever their source. */
export interface HostListener {
  /** The agent changed (state, reason, extension); also delivered once right after the session starts. */
  agent(agent: Agent): void;
  /** The agent's current dialogs, whole, after any change (a new call, a state, a participant). */
  dialogs(dialogs: readonly Dialog[]): void;
  /** A note this agent wrote changed status. */
  note(status: NoteStatus): void;
  /** How the host hears about changes: live, or reconnecting after losing its source. */
  connection(state: 'live' | 'reconnecting'): void;
  /** The BFF session ended (expired or revoked): the tab goes back to signed out. */
  signedOut(): void;
  /** The desktop brought this tab to the front. */
  tabShown(): void;
}

export interface DeskSession {
  readonly api: DeskApi;
  readonly agent: Agent;
}

/**
 * Where the tab runs. Components see only this interface: inside the Finesse desktop (FinesseHost, from finesse.js)
 * or on its own page and in the sandbox (BffHost, from the BFF's event stream).
 */
export interface DeskHost {
  readonly kind: 'finesse' | 'standalone';
  /** BCP 47 locale of the desktop (Finesse's Config.locale) or the browser. */
  readonly locale: string;
  /** The BFF's base URL. */
  readonly baseUrl: string;
  /** Whether the tab may ask for a name and password (only standalone: inside Finesse the container signs in). */
  readonly canAskForCredentials: boolean;
  /** A session without asking: Finesse's container Authorization, or a token kept from before a reload. */
  resume(): Promise<DeskSession | undefined>;
  /** Standalone sign-in with the agent's Finesse name and password. */
  signIn(credentials: { username: string; password: string }): Promise<DeskSession>;
  /** Ends the BFF session (not the agent's Finesse state). */
  signOut(): Promise<void>;
  /** Starts delivering events for the session; returns the function that stops them. */
  listen(session: DeskSession, listener: HostListener): () => void;
  /** Asks the container to fit the gadget's height to its content (gadgets.window.adjustHeight). */
  adjustHeight(): void;
}
