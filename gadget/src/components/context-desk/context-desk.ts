import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import type { Agent, AgentState } from '../../../../shared/api/agent.js';
import type { Dialog } from '../../../../shared/api/dialog.js';
import type { NoteStatus } from '../../../../shared/api/context.js';
import { DeskApiError } from '../../api/desk-api-error.js';
import type { DeskHost, DeskSession, HostListener } from '../../host/desk-host.js';
import { setLocale, t } from '../../i18n/i18n.js';
import { controlStyles, themeTokens } from '../../theme/tokens.js';
import { contextDeskStyles } from './context-desk.styles.js';
import { currentCall, inWrapUp } from './current-call.js';
import { FocusKeeper } from './focus-keeper.js';
import type { FocusPlan } from './focus-keeper.js';

/** starting: the desktop's language is loading (no words yet); resuming: looking for a session. */
type Phase = 'starting' | 'resuming' | 'signedOut' | 'signedIn';

/** Finesse has the agent on a call (or offering one): the state that follows a call comes in a later event. */
const ON_CALL: ReadonlySet<AgentState> = new Set<AgentState>([
  'TALKING',
  'HOLD',
  'RESERVED',
  'RESERVED_OUTBOUND',
  'RESERVED_OUTBOUND_PREVIEW',
]);

/**
 * The Context Desk tab. Signed out it shows the sign-in form (standalone only); signed in, the agent's state and
 * calls on top, and below either the screen pop of the current call (kept through wrap-up) or, with no call, recent
 * customers and search. A polite live region announces each screen pop.
 *
 * @csspart bar - the agent state and call controls row.
 */
export class ContextDesk extends LitElement {
  static override styles = [themeTokens, controlStyles, contextDeskStyles];
  static override properties = {
    host: { attribute: false },
    phase: { state: true },
    session: { state: true },
    agent: { state: true },
    dialogs: { state: true },
    lastCall: { state: true },
    noteStatuses: { state: true },
    notice: { state: true },
    announcement: { state: true },
    signInFailure: { state: true },
    signingIn: { state: true },
    connection: { state: true },
  };

  #stopListening: (() => void) | undefined;

  declare phase: Phase;
  declare session: DeskSession | undefined;
  declare agent: Agent | undefined;
  declare dialogs: readonly Dialog[];
  /** The call shown last, kept after Finesse removes it so that wrap-up still shows whom it was about. */
  declare lastCall: Dialog | undefined;
  declare noteStatuses: ReadonlyMap<string, NoteStatus>;
  declare notice: { tone: 'info' | 'error'; message: string } | undefined;
  declare announcement: string;
  declare signInFailure: string;
  declare signingIn: boolean;
  declare connection: 'live' | 'reconnecting';

  /** Where the tab runs (Finesse desktop or standalone page); set once before the element connects. */
  declare host: DeskHost | undefined;

  constructor() {
    super();
    this.phase = 'starting';
    this.session = undefined;
    this.agent = undefined;
    this.dialogs = [];
    this.lastCall = undefined;
    this.noteStatuses = new Map();
    this.notice = undefined;
    this.announcement = '';
    this.signInFailure = '';
    this.signingIn = false;
    this.connection = 'live';
    this.host = undefined;
    this.addEventListener('cd-notice', (event) => (this.notice = event.detail));
    this.addEventListener('cd-pop-shown', (event) => (this.announcement = event.detail.announcement));
    this.addEventListener('cd-sign-in', (event) => void this.#signIn(event.detail));
    // A call that leaves (transferred, ended) or a phone that logs out takes the focused control with it: focus stays near.
    new FocusKeeper(this, () => this.#focusPlan());
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('host') && this.host !== undefined && this.phase === 'starting') void this.#start(this.host);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopListening?.();
    this.#stopListening = undefined;
  }

  override updated(): void {
    this.host?.adjustHeight();
  }

  async #start(host: DeskHost): Promise<void> {
    await setLocale(host.locale);
    document.title = t('tab.title');
    if (this.phase === 'starting') this.phase = 'resuming';
    const session = await host.resume().catch(() => undefined);
    if (session === undefined) this.phase = 'signedOut';
    else this.#begin(session);
  }

  async #signIn(credentials: { username: string; password: string }): Promise<void> {
    if (this.host === undefined) return;
    this.signingIn = true;
    this.signInFailure = '';
    try {
      this.#begin(await this.host.signIn(credentials));
    } catch (error) {
      this.signInFailure = error instanceof DeskApiError ? error.message : String(error);
    } finally {
      this.signingIn = false;
    }
  }

  #begin(session: DeskSession): void {
    if (this.host === undefined) return;
    this.session = session;
    this.agent = session.agent;
    this.phase = 'signedIn';
    const listener: HostListener = {
      agent: (agent) => (this.agent = agent),
      dialogs: (dialogs) => {
        this.dialogs = dialogs;
        if (this.agent === undefined) return;
        const call = currentCall(dialogs, this.agent);
        if (call !== undefined) this.lastCall = call;
      },
      note: (status) => (this.noteStatuses = new Map(this.noteStatuses).set(status.noteId, status)),
      connection: (state) => (this.connection = state),
      signedOut: () => this.#signedOut(),
      tabShown: () => this.host?.adjustHeight(),
    };
    this.#stopListening = this.host.listen(session, listener);
  }

  #signedOut(): void {
    this.#stopListening?.();
    this.#stopListening = undefined;
    this.session = undefined;
    this.agent = undefined;
    this.dialogs = [];
    this.lastCall = undefined;
    this.phase = 'signedOut';
    // Inside Finesse there is no form to show: the container still holds the agent's identity, so sign in again.
    if (this.host !== undefined && !this.host.canAskForCredentials) void this.#start(this.host);
  }

  /** The wrap-up reason or the call left in the bar, else the agent's state (what the agent decides next). */
  #focusPlan(): FocusPlan {
    const bar = this.renderRoot.querySelector('cd-call-bar');
    const state = this.renderRoot.querySelector('cd-agent-state');
    // Still on a call by Finesse's last word: the agent's next state, and a wrap-up with it, is on its way.
    const onCall = this.agent !== undefined && ON_CALL.has(this.agent.state);
    return { targets: onCall ? [bar] : [bar, state], waiting: onCall };
  }

  async #endSession(): Promise<void> {
    await this.host?.signOut();
    this.#signedOut();
  }

  #renderNotice() {
    if (this.notice === undefined) return nothing;
    return html`<div class="notice ${this.notice.tone}" role=${this.notice.tone === 'error' ? 'alert' : 'status'}>
      <span>${this.notice.message}</span>
      <button @click=${() => (this.notice = undefined)}>${t('app.dismiss')}</button>
    </div>`;
  }

  #renderMain(session: DeskSession, agent: Agent) {
    const call = currentCall(this.dialogs, agent);
    const shown = call ?? (inWrapUp(agent) ? this.lastCall : undefined);
    if (shown !== undefined) {
      return html`<cd-screen-pop .api=${session.api} .dialog=${shown} .agent=${agent} .noteStatuses=${this.noteStatuses}></cd-screen-pop>`;
    }
    return html`<cd-customer-search .api=${session.api} .agent=${agent} .noteStatuses=${this.noteStatuses}></cd-customer-search>`;
  }

  override render() {
    const live = html`<div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
    if (this.phase === 'starting') return html`<p aria-busy="true"></p>${live}`;
    if (this.phase === 'resuming') return html`<p>${t('app.loading')}</p>${live}`;
    if (this.phase === 'signedOut' || this.session === undefined || this.agent === undefined) {
      return this.host?.canAskForCredentials === true
        ? html`<main><cd-sign-in .busy=${this.signingIn} .failure=${this.signInFailure}></cd-sign-in></main>${live}`
        : html`<p>${t('app.loading')}</p>${live}`;
    }
    const session = this.session;
    const agent = this.agent;
    return html`
      <header class="bar" part="bar">
        <cd-agent-state .api=${session.api} .agent=${agent}></cd-agent-state>
        <cd-call-bar .api=${session.api} .agent=${agent} .dialogs=${this.dialogs} .wrapUpDialog=${inWrapUp(agent) ? this.lastCall : undefined}></cd-call-bar>
        ${this.host?.canAskForCredentials === true ? html`<button @click=${() => void this.#endSession()}>${t('signIn.signOut')}</button>` : nothing}
      </header>
      ${this.connection === 'reconnecting' ? html`<p class="reconnecting" role="status">${t('app.reconnecting')}</p>` : nothing}
      ${this.#renderNotice()}
      <main>${this.#renderMain(session, agent)}</main>
      ${live}
    `;
  }
}
