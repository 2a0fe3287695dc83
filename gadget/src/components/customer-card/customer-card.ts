import { LitElement, html, nothing } from 'lit';
import type { Customer } from '../../../../shared/api/context.js';
import type { DeskApi } from '../../api/desk-api.js';
import { t } from '../../i18n/i18n.js';
import { controlStyles } from '../../theme/tokens.js';
import { contextStyles } from '../context-common/context.styles.js';
import { customerName } from '../context-common/customer-name.js';
import { OnDemand, onDemandStyles } from '../context-common/on-demand.js';
import { loadCustomerForms } from '../customer-form/load-customer-forms.js';
import { customerCardStyles } from './customer-card.styles.js';
import { customerDetails } from './customer-details.js';
import { customerDetailsStyles } from './customer-details.styles.js';

/**
 * A customer's card: name, phones, emails, address, language, external id, edited in place by the customer editor
 * (loaded on demand the first time the agent chooses Edit; meanwhile the details stay and "Loading…" shows under
 * them, with focus kept on Edit).
 *
 * @event cd-customer-saved - `{ customer }` after the agent's change is saved (from the editor).
 */
export class CustomerCard extends LitElement {
  static override styles = [controlStyles, contextStyles, onDemandStyles, customerDetailsStyles, customerCardStyles];
  static override properties = {
    api: { attribute: false },
    customer: { attribute: false },
    editing: { state: true },
  };

  readonly #forms = new OnDemand(this, { load: loadCustomerForms, wanted: () => this.editing });

  /** The agent chose Edit: the editor shows once it is loaded. */
  declare editing: boolean;

  /** The BFF client. */
  declare api: DeskApi | undefined;
  /** The customer shown; replaced by the saved version after an edit. */
  declare customer: Customer | undefined;

  constructor() {
    super();
    this.editing = false;
    this.api = undefined;
    this.customer = undefined;
  }

  #edit(): void {
    if (this.editing) this.#forms.retry();
    else this.editing = this.customer !== undefined;
  }

  async #closed(customer: Customer): Promise<void> {
    this.customer = customer;
    this.editing = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.edit')?.focus();
  }

  override render() {
    const customer = this.customer;
    if (customer === undefined) return nothing;
    const name = customerName(customer) || t('customer.unnamed');
    const editor = this.editing && this.#forms.part !== undefined;
    return html`<article aria-labelledby="name">
      <div class="row head">
        <h3 id="name">${name}</h3>
        ${editor ? nothing : html`<button class="edit" aria-label=${t('card.editOf', { name })} @click=${() => this.#edit()}>${t('card.edit')}</button>`}
      </div>
      ${
        editor
          ? html`<cd-customer-editor .api=${this.api} .customer=${customer} @cd-edit-closed=${(event: CustomEvent<{ customer: Customer }>) => void this.#closed(event.detail.customer)}></cd-customer-editor>`
          : html`${customerDetails(customer)}${this.#forms.renderStatus()}`
      }
    </article>`;
  }
}
