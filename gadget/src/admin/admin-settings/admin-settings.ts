import { LitElement, html } from 'lit';
import { Task } from '@lit/task';
import type { ContextServiceSettings } from '../../../../shared/api/admin.js';
import { t } from '../i18n/admin-i18n.js';
import { controlStyles } from '../../theme/tokens.js';
import type { AdminApi } from '../admin-api.js';
import { adminDefinitionListStyles, adminPanelStyles } from '../admin-panel.styles.js';
import { reasonOf } from '../../api/error-reason.js';

/**
 * How this BFF reaches Context Service and CCE Administration (the settings CCE's guide asks for when registering:
 * proxy, timeout, lab mode), read-only: they come from the BFF's configuration, not from this page.
 */
export class AdminSettings extends LitElement {
  static override styles = [controlStyles, adminPanelStyles, adminDefinitionListStyles];
  static override properties = { api: { attribute: false } };

  #settings = new Task(this, {
    task: ([api], { signal }) =>
      api === undefined ? Promise.reject(new Error('no session')) : api.settings({ signal }),
    args: () => [this.api] as const,
  });

  /** The administrator's client of the Administration API. */
  declare api: AdminApi | undefined;

  constructor() {
    super();
    this.api = undefined;
  }

  #renderSettings(settings: ContextServiceSettings) {
    const row = (term: string, value: unknown) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
    return html`<dl>
      ${row(t('admin.settings.mode'), t(settings.mode === 'sandbox' ? 'admin.settings.mode.sandbox' : 'admin.settings.mode.upstream'))}
      ${row(t('admin.settings.contextServiceUrl'), html`<code>${settings.contextServiceUrl}</code>`)}
      ${row(t('admin.settings.timeout'), t('admin.settings.timeoutValue', { ms: settings.timeoutMs }))}
      ${row(t('admin.settings.labMode'), t(settings.labMode ? 'admin.settings.on' : 'admin.settings.off'))}
      ${row(t('admin.settings.proxy'), settings.proxy === undefined ? t('admin.settings.noProxy') : html`<code>${settings.proxy}</code>`)}
      ${row(t('admin.settings.cceAdminUrl'), settings.cceAdminUrl === '' ? t('admin.settings.notConfigured') : html`<code>${settings.cceAdminUrl}</code>`)}
    </dl>`;
  }

  override render() {
    return html`<section aria-labelledby="settings-heading">
      <h2 id="settings-heading">${t('admin.settings.heading')}</h2>
      ${this.#settings.render({
        initial: () => html`<p role="status">${t('admin.settings.loading')}</p>`,
        pending: () => html`<p role="status">${t('admin.settings.loading')}</p>`,
        complete: (settings) => this.#renderSettings(settings),
        error: (error) => html`<div class="problem">
          <p role="alert">${t('admin.settings.loadFailed', { reason: reasonOf(error) })}</p>
          <button @click=${() => void this.#settings.run()}>${t('admin.retry')}</button>
        </div>`,
      })}
    </section>`;
  }
}
