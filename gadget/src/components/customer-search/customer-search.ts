import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { Agent } from '../../../../shared/api/agent.js';
import type { Customer, NoteStatus } from '../../../../shared/api/context.js';
import type { DeskApi } from '../../api/desk-api.js';
import { emit } from '../../events.js';
import { t } from '../../i18n/i18n.js';
import { controlStyles } from '../../theme/tokens.js';
import { contextStyles } from '../context-common/context.styles.js';
import { customerName } from '../context-common/customer-name.js';
import { failureText } from '../context-common/failure-text.js';
import { browserStorage } from './browser-storage.js';
import { readRecent, rememberCustomer } from './recent-customers.js';
import type { RecentCustomer } from './recent-customers.js';
import { searchTerms } from './search-terms.js';
import { customerSearchStyles } from './customer-search.styles.js';

/**
 * Between calls: the agent's recent customers and a search by name, phone or email. Choosing a customer shows them
 * in place (card, requests, notes, journey) with a way back.
 *
 * @event cd-customer-chosen - `{ customer }` when the agent opens a customer.
 */
export class CustomerSearch extends LitElement {
  static override styles = [controlStyles, contextStyles, customerSearchStyles];
  static override properties = {
    api: { attribute: false },
    agent: { attribute: false },
    noteStatuses: { attribute: false },
    recent: { state: true },
    chosen: { state: true },
    opening: { state: true },
  };

  #search = new Task(this, {
    task: async ([text]: readonly [string], { signal }) => {
      const terms = searchTerms(text);
      if (this.api === undefined || Object.keys(terms).length === 0) return initialState;
      return this.api.findCustomers(terms, { signal });
    },
    autoRun: false,
  });
  /** Opening a recent customer: only their id and name are kept, the rest is read fresh. */
  #open = new Task(this, {
    task: async ([id]: readonly [string], { signal }) =>
      this.api === undefined ? initialState : this.api.customer(id, { signal }),
    autoRun: false,
    onComplete: (customer) => {
      if (this.opening) void this.#choose(customer);
    },
  });

  declare recent: readonly RecentCustomer[];
  /** The customer shown in place of the lists. */
  declare chosen: Customer | undefined;
  /** A recent customer is being opened. */
  declare opening: boolean;

  /** The BFF client. */
  declare api: DeskApi | undefined;
  /** The signed-in agent (their id keys the recent customers). */
  declare agent: Agent | undefined;
  /** Delivery of the agent's notes, from the event stream. */
  declare noteStatuses: ReadonlyMap<string, NoteStatus>;

  constructor() {
    super();
    this.recent = [];
    this.chosen = undefined;
    this.opening = false;
    this.api = undefined;
    this.agent = undefined;
    this.noteStatuses = new Map();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('agent')) this.recent = this.agent === undefined ? [] : readRecent(browserStorage(), this.agent.id);
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  async #choose(customer: Customer): Promise<void> {
    this.opening = false;
    this.chosen = customer;
    if (this.agent !== undefined) this.recent = rememberCustomer(browserStorage(), this.agent.id, customer);
    emit(this, 'cd-customer-chosen', { customer });
    await this.#focus('.back');
  }

  #openRecent(recent: RecentCustomer): void {
    this.opening = true;
    void this.#open.run([recent.id]);
  }

  #back(): void {
    this.chosen = undefined;
    this.opening = false;
    this.#open.abort();
    void this.#focus('input');
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    const text = new FormData(event.target as HTMLFormElement).get('q');
    void this.#search.run([typeof text === 'string' ? text : '']);
  }

  #renderRecent() {
    if (this.opening && this.#open.status === TaskStatus.PENDING) return html`<p class="muted">${t('app.loading')}</p>`;
    const problem =
      this.opening && this.#open.status === TaskStatus.ERROR
        ? html`<p class="problem" role="alert">${failureText(this.#open.error)}</p>`
        : nothing;
    if (this.recent.length === 0) return html`${problem}<p>${t('search.noRecent')}</p>`;
    return html`${problem}<ul class="plain">
      ${this.recent.map((recent) => html`<li><button class="link" @click=${() => this.#openRecent(recent)}>${recent.name || t('customer.unnamed')}</button></li>`)}
    </ul>`;
  }

  #renderResults(customers: readonly Customer[]) {
    if (customers.length === 0) return html`<p role="status">${t('search.noResults')}</p>`;
    return html`<ul class="plain results" aria-label=${t('search.results')}>
      ${customers.map((customer) => {
        const reach = [customer.phones[0]?.number, customer.emails[0]?.address]
          .filter((part) => part !== undefined)
          .join(', ');
        return html`<li><button class="link" @click=${() => void this.#choose(customer)}>${customerName(customer) || t('customer.unnamed')}</button> <span class="muted">${reach}</span></li>`;
      })}
    </ul>`;
  }

  override render() {
    if (this.chosen !== undefined) {
      return html`<button class="back" @click=${() => this.#back()}>${t('search.back')}</button>
        <h2 class="visually-hidden">${t('search.customer')}</h2>
        <cd-customer-view .api=${this.api} .customer=${this.chosen} .noteStatuses=${this.noteStatuses}></cd-customer-view>`;
    }
    return html`<section aria-labelledby="find">
        <h2 id="find">${t('search.heading')}</h2>
        <form role="search" class="row" @submit=${(event: SubmitEvent) => this.#submit(event)}>
          <label for="q">${t('search.label')}</label>
          <input id="q" name="q" type="search" autocomplete="off" />
          <button class="primary" type="submit">${t('search.submit')}</button>
        </form>
        ${this.#search.render({
          pending: () => html`<p class="muted">${t('app.loading')}</p>`,
          complete: (customers) => this.#renderResults(customers),
          error: (error) => html`<p class="problem" role="alert">${failureText(error)}</p>`,
        })}
      </section>
      <section aria-labelledby="recent">
        <h2 id="recent">${t('search.recent')}</h2>
        ${this.#renderRecent()}
      </section>`;
  }
}
