import { LitElement, html, nothing } from 'lit';
import { Task } from '@lit/task';
import type { WebexOrg, WebexOrgList } from '../../../../shared/api/webex-admin.js';
import { currentLocale, t } from '../i18n/admin-i18n.js';
import type { AdminMessageKey } from '../i18n/admin-i18n.js';
import { controlStyles } from '../../theme/tokens.js';
import type { AdminApi } from '../admin-api.js';
import { adminDefinitionListStyles, adminPanelStyles } from '../admin-panel.styles.js';
import { reasonOf } from '../../api/error-reason.js';
import type { WebexReturn } from '../webex-return.js';
import { webexOrgsStyles } from './webex-orgs.styles.js';

const OUTCOMES: Readonly<Record<WebexReturn['outcome'], AdminMessageKey>> = {
  connected: 'admin.webex.outcome.connected',
  refused: 'admin.webex.outcome.refused',
  state_mismatch: 'admin.webex.outcome.stateMismatch',
  code_refused: 'admin.webex.outcome.codeRefused',
  failed: 'admin.webex.outcome.failed',
};

/**
 * The "Webex Contact Center" section of /admin: the connected orgs (region and API base, scopes, token expiries, last
 * refresh, state), Connect for a region ("Login with Webex": the browser goes to Webex and the BFF's callback brings it
 * back with `outcome`), Reconnect for an org that needs it, and Disconnect after a confirmation.
 */
export class WebexOrgs extends LitElement {
  static override styles = [controlStyles, adminPanelStyles, adminDefinitionListStyles, webexOrgsStyles];
  static override properties = {
    api: { attribute: false },
    outcome: { attribute: false },
    region: { state: true },
    busy: { state: true },
    problem: { state: true },
    confirming: { state: true },
  };

  #orgs = new Task(this, {
    task: ([api], { signal }) =>
      api === undefined ? Promise.reject(new Error('no session')) : api.webexOrgs({ signal }),
    args: () => [this.api] as const,
  });

  /** The administrator's client of the Administration API. */
  declare api: AdminApi | undefined;
  /** What the last "Login with Webex" came back with, if the page was just returned to. */
  declare outcome: WebexReturn | undefined;
  declare region: string;
  declare busy: boolean;
  declare problem: string;
  /** The org whose Disconnect waits for a confirmation. */
  declare confirming: string | undefined;

  constructor() {
    super();
    this.api = undefined;
    this.outcome = undefined;
    this.region = '';
    this.busy = false;
    this.problem = '';
    this.confirming = undefined;
  }

  async #connect(region: string): Promise<void> {
    if (this.api === undefined || region === '') return;
    this.busy = true;
    this.problem = '';
    try {
      const { authorizeUrl } = await this.api.connectWebex(region);
      window.location.assign(authorizeUrl);
    } catch (error) {
      this.problem = t('admin.webex.connectFailed', { reason: reasonOf(error) });
      this.busy = false;
    }
  }

  async #disconnect(orgId: string): Promise<void> {
    if (this.api === undefined) return;
    this.busy = true;
    this.problem = '';
    try {
      await this.api.disconnectWebex(orgId);
      this.confirming = undefined;
      this.outcome = undefined;
      void this.#orgs.run();
    } catch (error) {
      this.problem = t('admin.webex.disconnectFailed', { reason: reasonOf(error) });
    } finally {
      this.busy = false;
    }
  }

  #renderOutcome() {
    const outcome = this.outcome;
    if (outcome === undefined) return nothing;
    const words = t(OUTCOMES[outcome.outcome], { org: outcome.orgId ?? '', reason: outcome.reason ?? '' });
    return html`<p class="outcome ${outcome.outcome === 'connected' ? 'good' : 'bad'}" role=${outcome.outcome === 'connected' ? 'status' : 'alert'}>${words}</p>`;
  }

  #renderOrg(org: WebexOrg) {
    const when = new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' });
    const time = (iso: string | null) =>
      iso === null ? t('admin.webex.never') : html`<time datetime=${iso}>${when.format(new Date(iso))}</time>`;
    const row = (term: string, value: unknown) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
    const needsReauthorization = org.state === 'needs_reauthorization';
    return html`<li class="org ${needsReauthorization ? 'needs' : ''}" aria-label=${t('admin.webex.orgLabel', { org: org.orgId })}>
      <p class="org-state ${needsReauthorization ? 'bad' : 'good'}"><strong>${t(needsReauthorization ? 'admin.webex.state.needsReauthorization' : 'admin.webex.state.connected')}</strong></p>
      ${needsReauthorization ? html`<p>${t('admin.webex.explain.needsReauthorization')}</p>` : nothing}
      <dl>
        ${row(t('admin.webex.orgId'), html`<code>${org.orgId}</code>`)}
        ${row(t('admin.webex.region'), html`${org.region} · <code>${org.apiBase}</code>`)}
        ${row(t('admin.webex.scopes'), html`<code>${org.scopes.join(' ')}</code>`)}
        ${row(t('admin.webex.accessExpires'), time(org.accessExpiresAt))}
        ${row(t('admin.webex.refreshExpires'), time(org.refreshExpiresAt))}
        ${row(t('admin.webex.lastRefresh'), time(org.lastRefreshAt))}
      </dl>
      <div class="actions">
        ${needsReauthorization ? html`<button class="primary" ?disabled=${this.busy} @click=${() => void this.#connect(org.region)}>${t('admin.webex.reconnect')}</button>` : nothing}
        ${
          this.confirming === org.orgId
            ? html`<p class="confirm" role="alert">${t('admin.webex.confirmDisconnect', { org: org.orgId })}</p>
              <button class="danger" ?disabled=${this.busy} @click=${() => void this.#disconnect(org.orgId)}>${t('admin.webex.confirmYes')}</button>
              <button ?disabled=${this.busy} @click=${() => (this.confirming = undefined)}>${t('admin.webex.confirmNo')}</button>`
            : html`<button ?disabled=${this.busy} @click=${() => (this.confirming = org.orgId)}>${t('admin.webex.disconnect')}</button>`
        }
      </div>
    </li>`;
  }

  #renderList(list: WebexOrgList) {
    const region = this.region === '' ? (list.regions[0] ?? '') : this.region;
    return html`${list.orgs.length === 0 ? html`<p role="status">${t('admin.webex.none')}</p>` : html`<ul class="orgs">${list.orgs.map((org) => this.#renderOrg(org))}</ul>`}
      <form class="connect" @submit=${(event: Event) => (event.preventDefault(), void this.#connect(region))}>
        <label for="webex-region">${t('admin.webex.regionLabel')}</label>
        <select id="webex-region" .value=${region} @change=${(event: Event) => (this.region = (event.target as HTMLSelectElement).value)}>
          ${list.regions.map((name) => html`<option value=${name} ?selected=${name === region}>${name}</option>`)}
        </select>
        <button class="primary" type="submit" ?disabled=${this.busy}>${t('admin.webex.connect')}</button>
      </form>`;
  }

  override render() {
    return html`<section aria-labelledby="webex-heading">
      <h2 id="webex-heading">${t('admin.webex.heading')}</h2>
      ${this.#renderOutcome()}
      ${this.#orgs.render({
        initial: () => html`<p role="status">${t('admin.webex.loading')}</p>`,
        pending: () => html`<p role="status">${t('admin.webex.loading')}</p>`,
        complete: (list) => this.#renderList(list),
        error: (error) => html`<div class="problem">
          <p role="alert">${t('admin.webex.loadFailed', { reason: reasonOf(error) })}</p>
          <button @click=${() => void this.#orgs.run()}>${t('admin.retry')}</button>
        </div>`,
      })}
      ${this.problem === '' ? nothing : html`<p class="problem-text" role="alert">${this.problem}</p>`}
    </section>`;
  }
}
