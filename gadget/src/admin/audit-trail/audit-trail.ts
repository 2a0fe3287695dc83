import { LitElement, html, nothing } from 'lit';
import { Task } from '@lit/task';
import type { AuditedState, RegistrationAuditEntry } from '../../../../shared/api/admin.js';
import { currentLocale, t } from '../i18n/admin-i18n.js';
import type { AdminMessageKey } from '../i18n/admin-i18n.js';
import { controlStyles } from '../../theme/tokens.js';
import type { AdminApi } from '../admin-api.js';
import { adminPanelStyles } from '../admin-panel.styles.js';
import { reasonOf } from '../../api/error-reason.js';
import { auditTrailStyles } from './audit-trail.styles.js';
import { adminTableStyles } from '../admin-table.styles.js';

/** How many changes the page shows: the newest, as the BFF lists them. */
const SHOWN = 50;

const STATES: Readonly<Record<AuditedState, AdminMessageKey>> = {
  notRegistered: 'admin.audit.state.notRegistered',
  registered: 'admin.audit.state.registered',
  invalid: 'admin.audit.state.invalid',
  unknown: 'admin.audit.state.unknown',
};
const ACTIONS: Readonly<Record<RegistrationAuditEntry['action'], AdminMessageKey>> = {
  register: 'admin.audit.action.register',
  deregister: 'admin.audit.action.deregister',
};
const RESULTS: Readonly<Record<RegistrationAuditEntry['result'], AdminMessageKey>> = {
  saved: 'admin.audit.result.saved',
  partial: 'admin.audit.result.partial',
  refused: 'admin.audit.result.refused',
  busy: 'admin.audit.result.busy',
  failed: 'admin.audit.result.failed',
};

/**
 * The audit trail of registration changes, newest first: when, who, what, from which state to which, and how CCE
 * answered. Read again whenever the page bumps `revision` (after each change).
 */
export class AuditTrail extends LitElement {
  static override styles = [controlStyles, adminPanelStyles, adminTableStyles, auditTrailStyles];
  static override properties = { api: { attribute: false }, revision: { type: Number } };

  #trail = new Task(this, {
    task: ([api], { signal }) =>
      api === undefined ? Promise.reject(new Error('no session')) : api.auditTrail(SHOWN, { signal }),
    args: () => [this.api, this.revision] as const,
  });

  /** The administrator's client of the Administration API. */
  declare api: AdminApi | undefined;
  /** Bumped by the page after each change, to read the trail again. */
  declare revision: number;

  constructor() {
    super();
    this.api = undefined;
    this.revision = 0;
  }

  #renderEntries(entries: readonly RegistrationAuditEntry[], refreshing: boolean) {
    if (entries.length === 0) return html`<p role="status">${t('admin.audit.empty')}</p>`;
    const when = new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'medium' });
    return html`<div class="scroll" tabindex="0" role="region" aria-labelledby="audit-heading">
      <table aria-busy=${refreshing ? 'true' : 'false'}>
        <thead>
          <tr>
            <th scope="col">${t('admin.audit.when')}</th>
            <th scope="col">${t('admin.audit.who')}</th>
            <th scope="col">${t('admin.audit.action')}</th>
            <th scope="col">${t('admin.audit.change')}</th>
            <th scope="col">${t('admin.audit.result')}</th>
            <th scope="col">${t('admin.audit.detail')}</th>
          </tr>
        </thead>
        <tbody>
          ${entries.map(
            (entry) => html`<tr>
              <td><time datetime=${entry.at}>${when.format(new Date(entry.at))}</time></td>
              <td>${entry.actor}</td>
              <td>${t(ACTIONS[entry.action])}</td>
              <td>${t('admin.audit.fromTo', { from: t(STATES[entry.fromState]), to: t(STATES[entry.toState]) })}</td>
              <td class="result ${entry.result}">${t(RESULTS[entry.result])}</td>
              <td>${entry.detail ?? nothing}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  override render() {
    return html`<section aria-labelledby="audit-heading">
      <h2 id="audit-heading">${t('admin.audit.heading')}</h2>
      ${this.#trail.render({
        initial: () => html`<p role="status">${t('admin.audit.loading')}</p>`,
        pending: () => {
          const previous = this.#trail.value;
          return previous === undefined
            ? html`<p role="status">${t('admin.audit.loading')}</p>`
            : this.#renderEntries(previous.entries, true);
        },
        complete: (trail) => this.#renderEntries(trail.entries, false),
        error: (error) => html`<div class="problem">
          <p role="alert">${t('admin.audit.loadFailed', { reason: reasonOf(error) })}</p>
          <button @click=${() => void this.#trail.run()}>${t('admin.retry')}</button>
        </div>`,
      })}
    </section>`;
  }
}
