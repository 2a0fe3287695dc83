import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { Task, initialState } from '@lit/task';
import type { ContextRequest, Customer, NoteStatus } from '../../../../shared/api/context.js';
import type { DeskApi } from '../../api/desk-api.js';
import { currentLocale, t } from '../../i18n/i18n.js';
import { controlStyles } from '../../theme/tokens.js';
import { contextStyles } from '../context-common/context.styles.js';
import { failureText } from '../context-common/failure-text.js';
import { relativeTime } from '../journey/relative-time.js';
import { customerViewStyles } from './customer-view.styles.js';

const open = (requests: readonly ContextRequest[]): ContextRequest[] =>
  requests.filter((request) => request.state === 'active');

/**
 * One customer: the card, their open requests (the agent may pick one for the note), the note composer and the
 * journey. Open requests come with the screen pop; otherwise (a candidate picked, a customer from search) they are
 * loaded here.
 */
export class CustomerView extends LitElement {
  static override styles = [controlStyles, contextStyles, customerViewStyles];
  static override properties = {
    api: { attribute: false },
    customer: { attribute: false },
    dialogId: { attribute: false },
    requests: { attribute: false },
    noteStatuses: { attribute: false },
    requestId: { state: true },
  };

  #openRequests = new Task(this, {
    task: async ([api, customerId, given], { signal }) => {
      if (given !== undefined) return open(given);
      if (api === undefined || customerId === undefined) return initialState;
      return open((await api.journey(customerId, {}, { signal })).requests);
    },
    args: () => [this.api, this.customer?.id, this.requests] as const,
  });

  /** The open request the agent's note is about; undefined for the customer alone. */
  declare requestId: string | undefined;

  /** The BFF client. */
  declare api: DeskApi | undefined;
  declare customer: Customer | undefined;
  /** The call this customer is on, for the note; undefined outside a call. */
  declare dialogId: string | undefined;
  /** Open requests when the parent has them already (the screen pop); undefined to load them. */
  declare requests: readonly ContextRequest[] | undefined;
  /** Delivery of the agent's notes, from the event stream. */
  declare noteStatuses: ReadonlyMap<string, NoteStatus>;

  constructor() {
    super();
    this.requestId = undefined;
    this.api = undefined;
    this.customer = undefined;
    this.dialogId = undefined;
    this.requests = undefined;
    this.noteStatuses = new Map();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('customer') && changed.get('customer')?.id !== this.customer?.id) this.requestId = undefined;
  }

  #renderRequests(requests: readonly ContextRequest[]) {
    if (requests.length === 0) return html`<p>${t('view.noRequests')}</p>`;
    const now = Date.now();
    const choice = (id: string | undefined, label: unknown) =>
      html`<label><input type="radio" name="about" .checked=${this.requestId === id} @change=${() => (this.requestId = id)} />${label}</label>`;
    return html`<fieldset>
      <legend>${t('view.noteAbout')}</legend>
      <ul class="plain">
        ${requests.map((request) => html`<li>${choice(request.id, request.title)} <span class="muted">${t('view.opened', { when: relativeTime(request.createdAt, now, currentLocale()) })}</span></li>`)}
        <li>${choice(undefined, t('view.customerOnly'))}</li>
      </ul>
    </fieldset>`;
  }

  override render() {
    const customer = this.customer;
    if (customer === undefined) return nothing;
    return html`<cd-customer-card .api=${this.api} .customer=${customer}></cd-customer-card>
      <section aria-labelledby="requests">
        <h3 id="requests">${t('view.openRequests')}</h3>
        ${this.#openRequests.render({
          pending: () => html`<p class="muted">${t('app.loading')}</p>`,
          complete: (requests) => this.#renderRequests(requests),
          error: (error) => html`<p class="problem" role="alert">${failureText(error)}</p>`,
        })}
      </section>
      <cd-note-composer .api=${this.api} .customerId=${customer.id} .requestId=${this.requestId} .dialogId=${this.dialogId} .noteStatuses=${this.noteStatuses}></cd-note-composer>
      <cd-journey .api=${this.api} .customerId=${customer.id}></cd-journey>`;
  }
}
