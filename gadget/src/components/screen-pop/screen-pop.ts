import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { Agent } from '../../../../shared/api/agent.js';
import type { Dialog } from '../../../../shared/api/dialog.js';
import type { ContextRequest, Customer, NoteStatus, ScreenPop } from '../../../../shared/api/context.js';
import type { DeskApi } from '../../api/desk-api.js';
import { DeskApiError } from '../../api/desk-api-error.js';
import { emit } from '../../events.js';
import { t } from '../../i18n/i18n.js';
import { controlStyles } from '../../theme/tokens.js';
import { contextStyles } from '../context-common/context.styles.js';
import { customerName } from '../context-common/customer-name.js';
import { failureText } from '../context-common/failure-text.js';
import { OnDemand, onDemandStyles } from '../context-common/on-demand.js';
import { loadCustomerForms } from '../customer-form/load-customer-forms.js';
import { browserStorage } from '../customer-search/browser-storage.js';
import { rememberCustomer } from '../customer-search/recent-customers.js';
import { popAnnouncement } from './pop-announcement.js';
import { retryDelaySeconds } from './retry-delay.js';
import { screenPopStyles } from './screen-pop.styles.js';

const unavailable = (error: unknown): error is DeskApiError => error instanceof DeskApiError && error.isUnavailable;

/**
 * The screen pop of the current call: who is calling (the customer view), whom the number may belong to (a list to
 * pick from), or nobody (a form to create the customer). While Context Service is unavailable it says so, as Cisco's
 * Customer Context gadget does, and tries again by itself with backoff; call controls live outside and keep working.
 *
 * @event cd-pop-shown - `{ announcement }` once per call, when its pop is ready.
 * @event cd-customer-chosen - `{ customer }` when the agent picks one of several candidates.
 */
export class CustomerScreenPop extends LitElement {
  static override styles = [controlStyles, contextStyles, onDemandStyles, screenPopStyles];
  static override properties = {
    api: { attribute: false },
    dialog: { attribute: false },
    agent: { attribute: false },
    noteStatuses: { attribute: false },
    chosen: { state: true },
    failure: { state: true },
    retryIn: { state: true },
  };

  #attempt = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The call whose pop was announced: one announcement per call, not per retry or re-render. */
  #announced: string | undefined;
  #pop = new Task(this, {
    task: async ([api, dialogId], { signal }) => {
      if (api === undefined || dialogId === undefined) return initialState;
      return api.screenPop(dialogId, { signal });
    },
    args: () => [this.api, this.dialog?.id] as const,
    onComplete: (pop) => this.#shown(pop),
    onError: (error) => this.#failed(error),
  });
  /** The create form, fetched only for a caller nobody matched. */
  readonly #forms = new OnDemand(this, { load: loadCustomerForms, wanted: () => this.#nobodyMatched() });

  /** The customer the agent picked among candidates or just created. */
  declare chosen: Customer | undefined;
  /** The last failure, kept on screen while the pop tries again. */
  declare failure: unknown;
  /** Seconds until the next try of its own, while one is planned. */
  declare retryIn: number | undefined;

  /** The BFF client. */
  declare api: DeskApi | undefined;
  /** The call; the pop reloads when its id changes, not when its state does. */
  declare dialog: Dialog | undefined;
  /** The signed-in agent (their id keys the recent customers). */
  declare agent: Agent | undefined;
  /** Delivery of the agent's notes, from the event stream. */
  declare noteStatuses: ReadonlyMap<string, NoteStatus>;

  constructor() {
    super();
    this.chosen = undefined;
    this.failure = undefined;
    this.retryIn = undefined;
    this.api = undefined;
    this.dialog = undefined;
    this.agent = undefined;
    this.noteStatuses = new Map();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('dialog') && changed.get('dialog')?.id !== this.dialog?.id) {
      this.#stopRetrying();
      this.#attempt = 0;
      this.chosen = undefined;
      this.failure = undefined;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (unavailable(this.failure) && this.#timer === undefined) this.#failed(this.failure);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopRetrying();
  }

  #stopRetrying(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.retryIn = undefined;
  }

  #shown(pop: ScreenPop): void {
    this.#stopRetrying();
    this.#attempt = 0;
    this.failure = undefined;
    if (pop.customer !== undefined) this.#remember(pop.customer);
    const dialog = this.dialog;
    if (dialog === undefined || this.#announced === dialog.id) return;
    this.#announced = dialog.id;
    emit(this, 'cd-pop-shown', { announcement: popAnnouncement(pop, dialog.from) });
  }

  #failed(error: unknown): void {
    this.failure = error;
    if (!unavailable(error)) return;
    this.#stopRetrying();
    const seconds = retryDelaySeconds(this.#attempt, error.retryAfterSeconds);
    this.#attempt += 1;
    this.retryIn = seconds;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.retryIn = undefined;
      void this.#pop.run();
    }, seconds * 1000);
  }

  #retry(): void {
    this.#stopRetrying();
    void this.#pop.run();
  }

  /** The pop found no customer and no candidates, and the agent has not created one yet: the create form is due. */
  #nobodyMatched(): boolean {
    const pop = this.#pop.status === TaskStatus.COMPLETE ? this.#pop.value : undefined;
    return (
      pop !== undefined &&
      pop.customer === undefined &&
      (pop.candidates ?? []).length === 0 &&
      this.chosen === undefined
    );
  }

  #remember(customer: Customer): void {
    if (this.agent !== undefined) rememberCustomer(browserStorage(), this.agent.id, customer);
  }

  async #show(customer: Customer | undefined, focus: string): Promise<void> {
    this.chosen = customer;
    if (customer !== undefined) this.#remember(customer);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
  }

  #view(customer: Customer, requests: readonly ContextRequest[] | undefined) {
    return html`<cd-customer-view .api=${this.api} .customer=${customer} .dialogId=${this.dialog?.id} .requests=${requests} .noteStatuses=${this.noteStatuses}></cd-customer-view>`;
  }

  #renderCandidates(candidates: readonly Customer[]) {
    if (this.chosen !== undefined) {
      return html`<button class="back" @click=${() => void this.#show(undefined, '.candidates button')}>${t('pop.backToCandidates')}</button>${this.#view(this.chosen, undefined)}`;
    }
    return html`<h3>${t('pop.candidates', { count: candidates.length })}</h3>
      <p>${t('pop.pick')}</p>
      <ul class="plain candidates">
        ${candidates.map((customer) => {
          const reach = [
            ...customer.phones.map((phone) => phone.number),
            ...customer.emails.map((email) => email.address),
          ].join(', ');
          return html`<li>
            <button @click=${() => {
              emit(this, 'cd-customer-chosen', { customer });
              void this.#show(customer, '.back');
            }}>${customerName(customer) || t('customer.unnamed')}</button>
            <span class="muted">${reach}</span>
          </li>`;
        })}
      </ul>`;
  }

  #renderPop(pop: ScreenPop) {
    if (pop.customer !== undefined) return this.#view(pop.customer, pop.requests);
    if (pop.candidates !== undefined && pop.candidates.length > 0) return this.#renderCandidates(pop.candidates);
    if (this.chosen !== undefined) return this.#view(this.chosen, []);
    return html`<p class="no-match">${t('pop.noMatch')}</p>
      ${
        this.#forms.part === undefined
          ? this.#forms.renderStatus()
          : html`<cd-new-customer .api=${this.api} .prefill=${pop.prefill} @cd-customer-saved=${(event: CustomEvent<{ customer: Customer }>) => void this.#show(event.detail.customer, 'cd-customer-view')}></cd-new-customer>`
      }`;
  }

  #renderFailure(failure: unknown) {
    const pending = this.#pop.status === TaskStatus.PENDING;
    return html`<div class="failure" role="alert"><p>${failureText(failure)}</p></div>
      <div class="row">
        <button ?disabled=${pending} @click=${() => this.#retry()}>${t('app.retry')}</button>
        ${pending ? html`<span class="muted">${t('app.loading')}</span>` : nothing}
        ${this.retryIn === undefined ? nothing : html`<span class="muted">${t('app.contextRetrying', { seconds: this.retryIn })}</span>`}
      </div>`;
  }

  #renderCaller(dialog: Dialog) {
    const outbound = this.agent !== undefined && dialog.from === this.agent.extension;
    const details = [dialog.callType, dialog.queue === undefined ? '' : t('pop.queue', { name: dialog.queue.name })]
      .filter((part) => part !== '')
      .join(' · ');
    return html`<header>
      <h2>${outbound ? t('pop.callTo', { number: dialog.to }) : t('pop.callFrom', { number: dialog.from })}</h2>
      ${details === '' ? nothing : html`<p class="muted">${details}</p>`}
    </header>`;
  }

  override render() {
    if (this.dialog === undefined) return nothing;
    return html`${this.#renderCaller(this.dialog)}
      ${
        this.failure === undefined
          ? this.#pop.render({
              pending: () => html`<p class="muted">${t('app.loading')}</p>`,
              complete: (pop) => this.#renderPop(pop),
            })
          : this.#renderFailure(this.failure)
      }`;
  }
}
