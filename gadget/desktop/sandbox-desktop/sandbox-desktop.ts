import { LitElement, html, nothing } from 'lit';
import type { Agent } from '../../../shared/api/agent.js';
import type { Dialog } from '../../../shared/api/dialog.js';
import { bffBaseUrl } from '../../src/bff-base-url.js';
import type { FinesseUser } from '../../src/host/finesse-api.js';
import { followFinesseUser } from '../../src/host/finesse-user-follower.js';
import { controlStyles, themeTokens } from '../../src/theme/tokens.js';
import { userClassWith } from '../fake-finesse/fake-user.js';
import { desktopTokens } from '../desktop-styles.js';
import { DEMO_PASSWORD, DEMO_USERS, signInToDesktop } from '../desktop-session.js';
import type { DesktopCredentials, DesktopSession } from '../desktop-session.js';
import { GadgetContainer } from '../hub/gadget-container.js';
import type { SandboxDesktopGlobals } from '../hub/hub-messages.js';
import { DESKTOP_SESSION_KEY, endStoredSession, finesseSessionKey } from '../stored-session.js';
import { sandboxDesktopStyles } from './sandbox-desktop.styles.js';

type Phase = 'signedOut' | 'signingIn' | 'signedIn';

const TABS = [
  { id: 'home', label: 'Home' },
  { id: 'contextdesk', label: 'Context Desk' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/** Where Finesse's Shindig renders a gadget; the sandbox BFF renders ContextDesk.xml there. */
const GADGET_FRAME_URL = '/gadgets/ifr?url=/gadget/ContextDesk.xml';

/**
 * The simulated Finesse agent desktop of the sandbox (served at `/`): Finesse's sign-in (username, password,
 * extension, or a demo user; `/?as=agent1` signs in at once), then a header with the agent and their state, tabs
 * (Home, Context Desk with the gadget in an iframe of `/gadgets/ifr`, as Shindig renders it), and the sandbox
 * panel. It hosts the gadget as Finesse does: the gadget's Config on this window, a hub over postMessage, ACTIVE_TAB
 * when its tab is shown, its iframe sized when it asks.
 */
export class SandboxDesktop extends LitElement {
  static override styles = [themeTokens, desktopTokens, controlStyles, sandboxDesktopStyles];
  static override properties = {
    phase: { state: true },
    failure: { state: true },
    desk: { state: true },
    agent: { state: true },
    dialogs: { state: true },
    activeTab: { state: true },
    user: { state: true },
  };

  readonly #baseUrl = bffBaseUrl(import.meta.url);
  readonly #container = new GadgetContainer({
    frames: () => [...this.renderRoot.querySelectorAll('iframe')],
    activeTab: () => this.activeTab,
    activateTab: (tabId) => {
      const tab = TABS.find((candidate) => candidate.id === tabId);
      if (tab !== undefined) this.#activate(tab.id);
    },
  });
  #stopUser: (() => void) | undefined;

  declare phase: Phase;
  declare failure: string;
  declare desk: DesktopSession | undefined;
  declare agent: Agent | undefined;
  declare dialogs: readonly Dialog[];
  declare activeTab: TabId;
  /** The desktop's own finesse.js User (the header's state control drives it). */
  declare user: FinesseUser | undefined;

  constructor() {
    super();
    this.phase = 'signedOut';
    this.failure = '';
    this.desk = undefined;
    this.agent = undefined;
    this.dialogs = [];
    this.activeTab = 'home';
    this.user = undefined;
    this.addEventListener('sd-sign-in', (event) => void this.#signIn(event.detail, event.detail.demo));
    this.addEventListener('sd-sign-out', () => void this.#signOut());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#container.start();
    const as = new URL(window.location.href).searchParams.get('as');
    if (as === null) return;
    const demo = DEMO_USERS.find((user) => user.username === as.toLowerCase());
    if (demo === undefined) this.failure = `There is no demo user ${as}: choose one below.`;
    else void this.#signIn({ username: demo.username, password: DEMO_PASSWORD, extension: demo.extension }, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#container.stop();
    this.#stopUser?.();
  }

  async #signIn(credentials: DesktopCredentials, demo: boolean): Promise<void> {
    if (this.phase !== 'signedOut') return;
    this.phase = 'signingIn';
    this.failure = '';
    try {
      const desk = await signInToDesktop(this.#baseUrl, credentials, demo);
      // The Config the gadget's finesse.js reads from its parent, as Finesse would give it through user preferences.
      (window as Window & SandboxDesktopGlobals).contextDeskSandbox = { gadgetConfig: desk.gadgetConfig };
      this.desk = desk;
      this.agent = desk.agent;
      const following = followFinesseUser(
        userClassWith(() => Promise.resolve(desk.session)),
        desk.agent.id,
        {
          agent: (agent) => {
            this.agent = agent;
            // Loaded: the header may now drive it.
            this.user = following.user;
          },
          dialogs: (dialogs) => (this.dialogs = dialogs),
        },
      );
      this.#stopUser = () => following.stop();
      this.phase = 'signedIn';
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
      this.phase = 'signedOut';
    }
  }

  async #signOut(): Promise<void> {
    const desk = this.desk;
    this.#stopUser?.();
    if (desk !== undefined) {
      const { api } = desk.session;
      // Finesse's Sign Out logs the agent out (a sign-out reason when codes are configured) and ends the session.
      const codes = await api.reasonCodes('LOGOUT').catch(() => []);
      await api
        .setState({ state: 'LOGOUT', ...(codes[0] === undefined ? {} : { reasonCodeId: codes[0].id }) })
        .catch(() => undefined);
      await endStoredSession(finesseSessionKey(desk.agent.id), this.#baseUrl);
      await endStoredSession(DESKTOP_SESSION_KEY, this.#baseUrl);
      await api.endSession().catch(() => undefined);
    }
    window.location.assign('/');
  }

  #activate(tabId: TabId, focus = false): void {
    this.activeTab = tabId;
    void this.updateComplete.then(() => {
      this.#container.tabChanged(tabId);
      if (focus) this.renderRoot.querySelector<HTMLElement>(`#tab_${tabId}`)?.focus();
    });
  }

  /** Arrow keys, Home and End move between tabs (WAI-ARIA tabs pattern, automatic activation). */
  #tabKey(event: KeyboardEvent): void {
    const index = TABS.findIndex((tab) => tab.id === this.activeTab);
    const next: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowRight: index + 1,
      ArrowUp: index - 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: TABS.length - 1,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const tab = TABS[(target + TABS.length) % TABS.length];
    if (tab !== undefined) this.#activate(tab.id, true);
  }

  #renderDesktop(desk: DesktopSession, agent: Agent) {
    return html`<div class="desktop">
      <sd-agent-header .user=${this.user} .agent=${agent} .api=${desk.session.api}></sd-agent-header>
      <div class="body">
        <nav aria-label="Desktop">
          <div role="tablist" aria-orientation="vertical" aria-label="Tabs" @keydown=${(event: KeyboardEvent) => this.#tabKey(event)}>
            ${TABS.map(
              (tab) => html`<button
                role="tab"
                id="tab_${tab.id}"
                aria-selected=${tab.id === this.activeTab ? 'true' : 'false'}
                aria-controls="panel_${tab.id}"
                tabindex=${tab.id === this.activeTab ? 0 : -1}
                @click=${() => this.#activate(tab.id)}
              >
                ${tab.label}
              </button>`,
            )}
          </div>
        </nav>
        <main>
          <h1 class="visually-hidden">Cisco Finesse</h1>
          <div class="tab-panel" id="panel_home" role="tabpanel" aria-labelledby="tab_home" ?hidden=${this.activeTab !== 'home'}>
            <h2>Home</h2>
            <p>Welcome, ${agent.firstName} ${agent.lastName}.</p>
            <p>Queue statistics are not emulated in the sandbox.</p>
            <p>Open the Context Desk tab, then ring a call from the sandbox panel.</p>
          </div>
          <div class="tab-panel" id="panel_contextdesk" role="tabpanel" aria-labelledby="tab_contextdesk" ?hidden=${this.activeTab !== 'contextdesk'}>
            <iframe title="Context Desk" src=${GADGET_FRAME_URL}></iframe>
          </div>
        </main>
        <sd-sandbox-panel .extension=${agent.extension} .dialogs=${this.dialogs}></sd-sandbox-panel>
      </div>
    </div>`;
  }

  override render() {
    if (this.phase === 'signedIn' && this.desk !== undefined && this.agent !== undefined)
      return this.#renderDesktop(this.desk, this.agent);
    return html`<sd-sign-in ?busy=${this.phase === 'signingIn'} .failure=${this.failure}></sd-sign-in>${this.phase === 'signingIn' ? html`<p class="visually-hidden" role="status">Signing in…</p>` : nothing}`;
  }
}
