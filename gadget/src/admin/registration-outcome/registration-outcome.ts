import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { emit } from '../../events.js';
import { t } from '../i18n/admin-i18n.js';
import { controlStyles } from '../../theme/tokens.js';
import type { AdminApi } from '../admin-api.js';
import { adminPanelStyles } from '../admin-panel.styles.js';
import { registrationOutcomeStyles } from './registration-outcome.styles.js';
import { actionOf, sendConnectionData } from './update-outcome.js';
import type { UpdateAction, UpdateOutcome } from './update-outcome.js';

type Shown =
  UpdateOutcome | { readonly kind: 'sending' } | { readonly kind: 'cancelled' } | { readonly kind: 'unreadable' };

/** Outcomes after which sending the same connectionData again could succeed. */
const RETRYABLE: ReadonlySet<Shown['kind']> = new Set(['partial', 'busy', 'cancelled', 'failed']);

/**
 * The return from the Webex wizard (step 8 of CCE's registration workflow): hands CCE the connectionData the wizard
 * appended to this page's address and says how that went. Busy CCE is retried by itself after Retry-After seconds,
 * with a countdown and a cancel; partial success and failure offer Retry with the same data, which lives only in
 * memory. The connectionData itself is never rendered.
 *
 * @event cd-registration-attempted - `{ news, keepConnectionData }` after each answer from the BFF.
 * @event cd-registration-start - `{ flow: 'deregistration' }` from the Deregister button of a refusal.
 */
export class RegistrationOutcome extends LitElement {
  static override styles = [controlStyles, adminPanelStyles, registrationOutcomeStyles];
  static override properties = {
    api: { attribute: false },
    connectionData: { attribute: false },
    unreadable: { type: Boolean },
    shown: { state: true },
    secondsLeft: { state: true },
  };

  #abort: AbortController | undefined;
  #countdown: ReturnType<typeof setInterval> | undefined;
  /** Fixed by the first data handed over, so that the words stay right after the page lets go of the data. */
  #action: UpdateAction = 'register';

  declare shown: Shown;
  declare secondsLeft: number;

  /** The administrator's client of the Administration API. */
  declare api: AdminApi | undefined;
  /** What the wizard returned ("" after a deregistration); undefined once the page has let go of it. */
  declare connectionData: string | undefined;
  /** The wizard's return could not be decoded: there is nothing to send. */
  declare unreadable: boolean;

  constructor() {
    super();
    this.shown = { kind: 'sending' };
    this.secondsLeft = 0;
    this.api = undefined;
    this.connectionData = undefined;
    this.unreadable = false;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('unreadable') && this.unreadable) this.shown = { kind: 'unreadable' };
    if (
      (changed.has('connectionData') || changed.has('api')) &&
      this.connectionData !== undefined &&
      this.api !== undefined &&
      this.shown.kind === 'sending'
    ) {
      this.#action = actionOf(this.connectionData);
      void this.#send();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#stopCountdown();
  }

  async #send(): Promise<void> {
    const { api, connectionData } = this;
    if (api === undefined || connectionData === undefined) return;
    this.#stopCountdown();
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.shown = { kind: 'sending' };
    let outcome: UpdateOutcome;
    try {
      outcome = await sendConnectionData(api, connectionData, abort.signal);
    } catch {
      return; // Aborted: a newer attempt or the page leaving.
    }
    if (abort.signal.aborted) return;
    this.shown = outcome;
    if (outcome.kind === 'busy') this.#startCountdown(outcome.retryAfterSeconds);
    if (outcome.kind === 'signedOut') return;
    const failedDevices = outcome.kind === 'partial' ? outcome.failedDevices : [];
    emit(this, 'cd-registration-attempted', {
      news: { action: this.#action, result: outcome.kind, failedDevices },
      keepConnectionData: RETRYABLE.has(outcome.kind),
    });
  }

  #startCountdown(seconds: number): void {
    this.secondsLeft = seconds;
    this.#countdown = setInterval(() => {
      this.secondsLeft -= 1;
      if (this.secondsLeft > 0) return;
      this.#stopCountdown();
      void this.#send();
    }, 1000);
  }

  #stopCountdown(): void {
    if (this.#countdown !== undefined) clearInterval(this.#countdown);
    this.#countdown = undefined;
  }

  #cancel(): void {
    this.#stopCountdown();
    this.shown = { kind: 'cancelled' };
  }

  #retryButton() {
    if (!RETRYABLE.has(this.shown.kind) || this.shown.kind === 'busy' || this.connectionData === undefined)
      return nothing;
    return html`<button class="primary" @click=${() => void this.#send()}>${t('admin.outcome.retry')}</button>`;
  }

  /** Polite news: progress and success, partial success, the busy wait. */
  #status() {
    const shown = this.shown;
    const register = this.#action === 'register';
    switch (shown.kind) {
      case 'sending':
        return t(register ? 'admin.outcome.sending.register' : 'admin.outcome.sending.deregister');
      case 'saved':
        return t(register ? 'admin.outcome.saved.register' : 'admin.outcome.saved.deregister');
      case 'partial':
        return t('admin.outcome.partial', { devices: shown.failedDevices.join(', ') });
      case 'busy':
        return t('admin.outcome.busy');
      case 'cancelled':
        return t('admin.outcome.cancelled');
      default:
        return nothing;
    }
  }

  /** Assertive news: what stopped the change. */
  #alert() {
    const shown = this.shown;
    switch (shown.kind) {
      case 'refused':
        return t('admin.outcome.refused');
      case 'failed':
        return t('admin.outcome.failed', { reason: shown.reason });
      case 'unreadable':
        return t('admin.outcome.unreadable');
      default:
        return nothing;
    }
  }

  #details() {
    const shown = this.shown;
    switch (shown.kind) {
      case 'partial':
        return html`<p>${t('admin.outcome.partialHint')}</p>
          <p class="quote">${t('admin.outcome.cceSaid', { message: shown.message })}</p>`;
      case 'busy':
        // Outside the live region: a number that changes every second must not be read out every second.
        return html`<p class="countdown">${t('admin.outcome.busyCountdown', { seconds: this.secondsLeft })}</p>
          <button @click=${() => this.#cancel()}>${t('admin.outcome.cancel')}</button>`;
      case 'refused':
        return html`<p>${t('admin.outcome.refusedHint')}</p>
          <button class="danger" @click=${() => emit(this, 'cd-registration-start', { flow: 'deregistration' })}>${t('admin.registration.deregister')}</button>`;
      default:
        return nothing;
    }
  }

  override render() {
    const register = this.#action === 'register';
    return html`<section aria-labelledby="outcome-heading" class=${this.shown.kind}>
      <h2 id="outcome-heading">${t(register ? 'admin.outcome.heading.register' : 'admin.outcome.heading.deregister')}</h2>
      <p role="status" class="status">${this.#status()}</p>
      <p role="alert" class="alert">${this.#alert()}</p>
      ${this.#details()} ${this.#retryButton()}
    </section>`;
  }
}
