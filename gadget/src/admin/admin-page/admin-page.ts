import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { DeskApiError } from '../../api/desk-api-error.js';
import { currentLocale, setLocale, t } from '../i18n/admin-i18n.js';
import { controlStyles, themeTokens } from '../../theme/tokens.js';
import { AdminApi } from '../admin-api.js';
import { adminToken } from '../admin-token.js';
import type { ReturnedConnectionData } from '../callback-return.js';
import type { WebexReturn } from '../webex-return.js';
import { reasonOf } from '../../api/error-reason.js';
import { adminPageStyles } from './admin-page.styles.js';
import { signInFailure } from './sign-in-failure.js';
import { newsAfter } from '../registration-panel/registration-text.js';
import type { RegistrationNews } from '../registration-panel/registration-text.js';

/** starting: the page's language is loading (no words yet); resuming: looking for a session. */
type Phase = 'starting' | 'resuming' | 'signedOut' | 'signedIn';

/**
 * The /admin page: an administrator signs in with CCE Administration credentials, sees the Context Service
 * registration, registers or deregisters through the Webex wizard (CCE's documented workflow: this page is the
 * callbackUrl), administers CCE's agents, and sees the BFF's Context Service settings and the audit trail of changes. The connectionData a
 * wizard returns is held in memory only, until CCE has it.
 */
export class AdminPage extends LitElement {
  static override styles = [themeTokens, controlStyles, adminPageStyles];
  static override properties = {
    baseUrl: { type: String },
    callbackUrl: { type: String },
    phase: { state: true },
    api: { state: true },
    administrator: { state: true },
    signingIn: { state: true },
    signInProblem: { state: true },
    revision: { state: true },
    leaving: { state: true },
    leaveProblem: { state: true },
    returnShown: { state: true },
    pendingConnectionData: { state: true },
    news: { state: true },
    webexReturn: { attribute: false },
  };

  declare phase: Phase;
  declare api: AdminApi | undefined;
  declare administrator: string;
  declare signingIn: boolean;
  declare signInProblem: string;
  /** Bumped after each change so that the registration and the audit trail are read again. */
  declare revision: number;
  declare leaving: boolean;
  declare leaveProblem: string;
  /** Whether the page came back from a wizard, and whether its return could be read. */
  declare returnShown: ReturnedConnectionData['kind'];
  /** The connectionData the wizard returned, in memory until CCE has it (kept for Retry while it might not). */
  declare pendingConnectionData: string | undefined;
  /** What CCE last answered on this page, so that the registration's words agree with the outcome shown above them. */
  declare news: RegistrationNews | undefined;
  /** What the last "Login with Webex" came back with (already removed from the address bar). */
  declare webexReturn: WebexReturn | undefined;

  /** The BFF's base URL (where the admin bundle came from). */
  declare baseUrl: string;
  /** This page's own address: CCE's wizard sends the browser back here. */
  declare callbackUrl: string;

  constructor() {
    super();
    this.phase = 'starting';
    this.api = undefined;
    this.administrator = '';
    this.signingIn = false;
    this.signInProblem = '';
    this.revision = 0;
    this.leaving = false;
    this.leaveProblem = '';
    this.baseUrl = '';
    this.callbackUrl = '';
    this.returnShown = 'none';
    this.pendingConnectionData = undefined;
    this.news = undefined;
    this.webexReturn = undefined;
    this.addEventListener('cd-admin-sign-in', (event) => void this.#signIn(event.detail));
    this.addEventListener('cd-registration-start', (event) => void this.#leaveFor(event.detail.flow));
    this.addEventListener('cd-registration-attempted', (event) => {
      this.news = newsAfter(this.news, event.detail.news);
      this.revision += 1;
      if (!event.detail.keepConnectionData) this.pendingConnectionData = undefined;
    });
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('baseUrl') && this.baseUrl !== '' && this.phase === 'starting') void this.#start();
  }

  async #start(): Promise<void> {
    await setLocale(navigator.language);
    document.documentElement.lang = currentLocale();
    document.title = t('admin.title');
    this.phase = 'resuming';
    const token = adminToken.read();
    if (token === undefined) {
      this.phase = 'signedOut';
      return;
    }
    const api = this.#client(token);
    try {
      const info = await api.administrator();
      this.#begin(api, info.administrator.username);
    } catch (error) {
      if (error instanceof DeskApiError && (error.status === 401 || error.status === 403)) adminToken.clear();
      this.phase = 'signedOut';
    }
  }

  #client(token: string): AdminApi {
    return new AdminApi(this.baseUrl, token, { onUnauthorized: () => this.#sessionEnded() });
  }

  async #signIn(credentials: { username: string; password: string }): Promise<void> {
    this.signingIn = true;
    this.signInProblem = '';
    try {
      const created = await AdminApi.signIn(this.baseUrl, credentials);
      adminToken.save(created.token);
      this.#begin(this.#client(created.token), created.administrator.username);
    } catch (error) {
      this.signInProblem = signInFailure(error);
    } finally {
      this.signingIn = false;
    }
  }

  #begin(api: AdminApi, administrator: string): void {
    this.api = api;
    this.administrator = administrator;
    this.signInProblem = '';
    this.phase = 'signedIn';
  }

  #sessionEnded(): void {
    if (this.phase !== 'signedIn') return;
    adminToken.clear();
    this.api = undefined;
    this.phase = 'signedOut';
    this.signInProblem = t('admin.sessionEnded');
  }

  async #signOut(): Promise<void> {
    const api = this.api;
    adminToken.clear();
    this.api = undefined;
    this.returnShown = 'none';
    this.pendingConnectionData = undefined;
    this.news = undefined;
    this.phase = 'signedOut';
    await api?.endSession().catch(() => undefined);
  }

  /**
   * Step 4 of the workflow: ask CCE again, with this page as the callbackUrl, for the link of the chosen wizard (the
   * state may have changed since the page showed it), then send the browser there.
   */
  async #leaveFor(flow: 'registration' | 'deregistration'): Promise<void> {
    if (this.api === undefined) return;
    this.leaving = true;
    this.leaveProblem = '';
    try {
      const registration = await this.api.registration(this.callbackUrl);
      const link = flow === 'registration' ? registration.registrationUrl : registration.deregistrationUrl;
      if (link === undefined) {
        this.leaveProblem = t('admin.registration.noLinkNow');
        this.revision += 1;
        this.leaving = false;
        return;
      }
      window.location.assign(link);
    } catch (error) {
      this.leaveProblem = t('admin.registration.leaveFailed', { reason: reasonOf(error) });
      this.leaving = false;
    }
  }

  #renderSignedIn(api: AdminApi) {
    return html`
      ${
        this.returnShown === 'none'
          ? nothing
          : html`<cd-registration-outcome
            .api=${api}
            .connectionData=${this.pendingConnectionData}
            .unreadable=${this.returnShown === 'unreadable'}
          ></cd-registration-outcome>`
      }
      <cd-registration-panel
        .api=${api}
        .callbackUrl=${this.callbackUrl}
        .revision=${this.revision}
        .news=${this.news}
        .leaving=${this.leaving}
        .leaveProblem=${this.leaveProblem}
      ></cd-registration-panel>
      <cd-webex-orgs .api=${api} .outcome=${this.webexReturn}></cd-webex-orgs>
      <cd-agent-admin .api=${api}></cd-agent-admin>
      <cd-audit-trail .api=${api} .revision=${this.revision}></cd-audit-trail>
      <cd-admin-settings .api=${api}></cd-admin-settings>
    `;
  }

  #renderMain() {
    if (this.phase === 'starting') return html`<p role="status" aria-busy="true"></p>`;
    if (this.phase === 'resuming') return html`<p role="status">${t('admin.loading')}</p>`;
    if (this.phase === 'signedOut' || this.api === undefined) {
      return html`${this.pendingConnectionData === undefined ? nothing : html`<p class="waiting" role="status">${t('admin.returnWaiting')}</p>`}
        <cd-admin-sign-in .busy=${this.signingIn} .failure=${this.signInProblem}></cd-admin-sign-in>`;
    }
    return this.#renderSignedIn(this.api);
  }

  /** Hands the page what a wizard appended to its address (already removed from the address bar). */
  receiveReturn(returned: ReturnedConnectionData): void {
    this.returnShown = returned.kind;
    this.pendingConnectionData = returned.kind === 'returned' ? returned.connectionData : undefined;
  }

  override render() {
    return html`
      <header>
        <h1>${t('admin.heading')}</h1>
        ${
          this.phase === 'signedIn'
            ? html`<div class="who">
              <span>${t('admin.signedInAs', { username: this.administrator })}</span>
              <button @click=${() => void this.#signOut()}>${t('admin.signOut')}</button>
            </div>`
            : nothing
        }
      </header>
      <main>${this.#renderMain()}</main>
    `;
  }
}
