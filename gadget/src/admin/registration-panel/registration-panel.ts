import { LitElement, html, nothing } from 'lit';
import { Task } from '@lit/task';
import type { Registration } from '../../../../shared/api/admin.js';
import { emit } from '../../events.js';
import { t } from '../i18n/admin-i18n.js';
import { controlStyles } from '../../theme/tokens.js';
import type { AdminApi } from '../admin-api.js';
import { reasonOf } from '../../api/error-reason.js';
import { adminPanelStyles } from '../admin-panel.styles.js';
import { registrationPanelStyles } from './registration-panel.styles.js';
import { registrationText } from './registration-text.js';
import type { DeviceLine, RegistrationNews } from './registration-text.js';

/**
 * The Context Service registration as CCE Administration reports it, in plain words, with the one next step it allows:
 * Register (not registered, or invalid: "Reregister to recover from this state") or Deregister (registered), each
 * explained before the browser leaves for the Webex wizard.
 *
 * @event cd-registration-start - `{ flow }` when the administrator chooses Register or Deregister.
 * @csspart state - the state in words.
 */
export class RegistrationPanel extends LitElement {
  static override styles = [controlStyles, adminPanelStyles, registrationPanelStyles];
  static override properties = {
    api: { attribute: false },
    callbackUrl: { type: String },
    revision: { type: Number },
    news: { attribute: false },
    leaving: { type: Boolean },
    leaveProblem: { type: String },
  };

  #registration = new Task(this, {
    task: ([api, callbackUrl], { signal }) =>
      api === undefined ? Promise.reject(new Error('no session')) : api.registration(callbackUrl, { signal }),
    args: () => [this.api, this.callbackUrl, this.revision] as const,
  });

  /** The administrator's client of the Administration API. */
  declare api: AdminApi | undefined;
  /** This page's address, handed to CCE so that its wizard links lead back here. */
  declare callbackUrl: string;
  /** Bumped by the page after each change, to read the state again. */
  declare revision: number;
  /** What CCE last answered on this page (undefined before any change): the state is told in its light. */
  declare news: RegistrationNews | undefined;
  /** The browser is on its way to the wizard: the buttons wait. */
  declare leaving: boolean;
  /** Why the wizard could not be opened ("" when it could). */
  declare leaveProblem: string;

  constructor() {
    super();
    this.api = undefined;
    this.callbackUrl = '';
    this.revision = 0;
    this.news = undefined;
    this.leaving = false;
    this.leaveProblem = '';
  }

  #renderAction(registration: Registration) {
    const deregister = registration.state === 'registered';
    const link = deregister ? registration.deregistrationUrl : registration.registrationUrl;
    if (link === undefined) return html`<p>${t('admin.registration.noLink')}</p>`;
    const flow = deregister ? 'deregistration' : 'registration';
    return html`<div class="action">
      <p id="before-leaving">${t(deregister ? 'admin.registration.beforeDeregister' : 'admin.registration.beforeRegister')}</p>
      <button class=${deregister ? 'danger' : 'primary'} aria-describedby="before-leaving" ?disabled=${this.leaving} @click=${() => emit(this, 'cd-registration-start', { flow })}>
        ${t(deregister ? 'admin.registration.deregister' : 'admin.registration.register')}
      </button>
      <p role="status">${this.leaving ? t('admin.registration.leaving') : nothing}</p>
      <p role="alert" class="leave-problem">${this.leaveProblem}</p>
    </div>`;
  }

  #renderDevices(devices: readonly DeviceLine[]) {
    if (devices.length === 0) return nothing;
    return html`<ul class="devices" aria-label=${t('admin.registration.devices')}>
      ${devices.map(
        (line) => html`<li class=${line.reached ? 'reached' : 'missed'}>
          <span class="mark" aria-hidden="true">${line.reached ? '✓' : '✕'}</span>${t(line.words, { device: line.device })}
        </li>`,
      )}
    </ul>`;
  }

  #renderRegistration(registration: Registration, refreshing: boolean) {
    const text = registrationText(registration.state, this.news);
    return html`<div aria-busy=${refreshing ? 'true' : 'false'}>
      <p class="state ${registration.state} ${text.devices.some((line) => !line.reached) ? 'incomplete' : ''}">
        <span class="label">${t('admin.registration.stateLabel')}</span>
        <strong part="state">${t(text.words)}</strong>
      </p>
      <p>${t(text.explanation)}</p>
      ${this.#renderDevices(text.devices)}
      ${
        registration.state === 'registered' && registration.managementUrl !== undefined
          ? html`<p><a href=${registration.managementUrl}>${t('admin.registration.manage')}</a></p>`
          : nothing
      }
      ${this.#renderAction(registration)}
    </div>`;
  }

  override render() {
    return html`<section aria-labelledby="registration-heading">
      <h2 id="registration-heading">${t('admin.registration.heading')}</h2>
      ${this.#registration.render({
        initial: () => html`<p role="status">${t('admin.registration.loading')}</p>`,
        pending: () => {
          const previous = this.#registration.value;
          return previous === undefined
            ? html`<p role="status">${t('admin.registration.loading')}</p>`
            : this.#renderRegistration(previous, true);
        },
        complete: (registration) => this.#renderRegistration(registration, false),
        error: (error) => html`<div class="problem">
          <p role="alert">${t('admin.registration.loadFailed', { reason: reasonOf(error) })}</p>
          <button @click=${() => void this.#registration.run()}>${t('admin.retry')}</button>
        </div>`,
      })}
    </section>`;
  }
}
