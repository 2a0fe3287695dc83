import type { SessionCreated } from '../../../shared/api/session.js';
import { DeskApi } from '../api/desk-api.js';
import { DeskApiError } from '../api/desk-api-error.js';
import type { DeskHost, DeskSession, HostListener } from './desk-host.js';
import type { Finesse, FinesseGadgetConfig, FinesseGlobals } from './finesse-api.js';
import { followFinesseUser } from './finesse-user-follower.js';
import { listenToBff } from './session-listener.js';

const HUB_CONNECTED = 'context-desk-hub-connected';

/**
 * Inside the Finesse desktop: the tab signs in to the BFF with the Authorization finesse.js already holds (no second
 * password prompt), hears the agent and their calls from finesse.js (User, its Dialogs collection), and its notes'
 * status from the BFF's stream. Tab activation and height go through Finesse's ContainerServices and Shindig.
 * Nothing runs before the container's OpenAjax hub connects (the gadget XML's `gadgets.HubSettings.onConnect`).
 */
export class FinesseHost implements DeskHost {
  readonly kind = 'finesse';
  readonly canAskForCredentials = false;
  readonly baseUrl: string;
  readonly locale: string;
  readonly window: Window;
  #globals: FinesseGlobals;
  #heightPending = false;
  #session: DeskSession | undefined;

  constructor(window: Window, baseUrl: string) {
    this.window = window;
    this.baseUrl = baseUrl;
    this.#globals = window as unknown as FinesseGlobals;
    // Finesse's locale is Java-style (en_US); the Config exists as soon as finesse.js has loaded.
    const locale = (this.#globals.finesse as Partial<Finesse>).gadget?.Config.locale;
    this.locale = locale !== undefined && locale !== '' ? locale.replace('_', '-') : window.navigator.language;
  }

  static available(window: Window): boolean {
    return 'finesse' in window && 'gadgets' in window;
  }

  #hubConnected(): Promise<void> {
    if (this.#globals.contextDeskHubConnected === true) return Promise.resolve();
    return new Promise((resolve) =>
      this.window.document.addEventListener(HUB_CONNECTED, () => resolve(), { once: true }),
    );
  }

  /** SSO desktops hold a token that does not name the agent, so the BFF is told who it is. */
  #signIn(config: FinesseGadgetConfig): Promise<SessionCreated> {
    if (config.systemAuthMode === 'SSO' && config.authToken !== undefined && config.authToken !== '') {
      return new DeskApi(this.baseUrl, '').request<SessionCreated>(
        'POST',
        '/api/session',
        { username: config.id },
        { headers: { Authorization: `Bearer ${config.authToken}` } },
      );
    }
    return DeskApi.signIn(this.baseUrl, { authorization: `Basic ${config.authorization}` });
  }

  async resume(): Promise<DeskSession | undefined> {
    await this.#hubConnected();
    const { finesse } = this.#globals;
    const config = finesse.gadget.Config;
    finesse.clientservices.ClientServices.init(config, false);
    // While the BFF or Finesse is unavailable (0, 502-504) keep trying, slower and slower; a refusal is final: a
    // second try with the same Authorization would only count against the agent's sign-in limit.
    for (let delay = 1000; ; delay = Math.min(delay * 2, 60_000)) {
      try {
        const created = await this.#signIn(config);
        this.#session = { api: new DeskApi(this.baseUrl, created.token), agent: created.agent };
        return this.#session;
      } catch (error) {
        if (!(error instanceof DeskApiError && error.isUnavailable)) return undefined;
        await new Promise((resolve) => this.window.setTimeout(resolve, delay));
      }
    }
  }

  signIn(): Promise<DeskSession> {
    return Promise.reject(new Error('Inside Finesse the desktop signs in'));
  }

  /** Ends the BFF session only: the agent stays signed in to Finesse. */
  async signOut(): Promise<void> {
    const session = this.#session;
    this.#session = undefined;
    await session?.api.endSession().catch(() => undefined);
  }

  listen(session: DeskSession, listener: HostListener): () => void {
    const { finesse } = this.#globals;
    let stopped = false;
    const following = followFinesseUser(finesse.restservices.User, finesse.gadget.Config.id, {
      agent: (agent) => listener.agent(agent),
      dialogs: (dialogs) => listener.dialogs(dialogs),
    });

    const containerServices = finesse.containerservices.ContainerServices.init();
    const tabShown = (): void => {
      if (stopped) return;
      listener.tabShown();
      this.adjustHeight();
    };
    containerServices.addHandler(containerServices.Topics.ACTIVE_TAB, tabShown);
    containerServices.makeActiveTabReq();
    // Components below the shell render late (a journey loads after the pop): any change of size refits the iframe.
    const resized = new ResizeObserver(() => this.adjustHeight());
    resized.observe(this.window.document.body);

    // Notes are the BFF's own: only its stream says when one is delivered.
    const stopBff = listenToBff(session, listener, { agentAndDialogs: false });
    return () => {
      stopped = true;
      following.stop();
      stopBff();
      resized.disconnect();
      containerServices.removeHandler(containerServices.Topics.ACTIVE_TAB, tabShown);
    };
  }

  /** One gadgets.window.adjustHeight per frame however many renders asked (Shindig measures the whole document). */
  adjustHeight(): void {
    if (this.#heightPending) return;
    this.#heightPending = true;
    this.window.requestAnimationFrame(() => {
      this.#heightPending = false;
      this.#globals.gadgets.window.adjustHeight();
    });
  }
}
