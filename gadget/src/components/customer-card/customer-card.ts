import { LitElement, html, nothing } from 'lit';
import type { Customer } from '../../../../shared/api/context.js';
import type { DeskApi } from '../../api/desk-api.js';
import { DeskApiError } from '../../api/desk-api-error.js';
import { emit } from '../../events.js';
import { t } from '../../i18n/i18n.js';
import { controlStyles } from '../../theme/tokens.js';
import { contextStyles } from '../context-common/context.styles.js';
import { customerName } from '../context-common/customer-name.js';
import { failureText } from '../context-common/failure-text.js';
import { applyDraft, changedFields, draftOf } from '../customer-form/customer-draft.js';
import type { CustomerDraft, DraftProblems } from '../customer-form/customer-draft.js';
import { customerFields, submittedDraft } from '../customer-form/customer-fields.js';
import { customerFormStyles } from '../customer-form/customer-form.styles.js';
import { customerCardStyles } from './customer-card.styles.js';
import { customerDetails } from './customer-details.js';

type Mode = 'view' | 'edit' | 'conflict';

/**
 * A customer's card: name, phones, emails, address, language, external id, edited in place. Saving sends only the
 * changed fields with the lastUpdated the agent edited (optimistic concurrency); when someone else saved meanwhile
 * (409) both versions are shown side by side and the agent keeps theirs or saves theirs over with the edit.
 *
 * @event cd-customer-saved - `{ customer }` after the agent's change is saved.
 */
export class CustomerCard extends LitElement {
  static override styles = [controlStyles, contextStyles, customerFormStyles, customerCardStyles];
  static override properties = {
    api: { attribute: false },
    customer: { attribute: false },
    mode: { state: true },
    draft: { state: true },
    problems: { state: true },
    theirs: { state: true },
    busy: { state: true },
    failure: { state: true },
  };

  declare mode: Mode;
  declare draft: CustomerDraft | undefined;
  declare problems: DraftProblems;
  /** The version someone else saved, during a conflict. */
  declare theirs: Customer | undefined;
  declare busy: boolean;
  declare failure: string;

  /** The BFF client. */
  declare api: DeskApi | undefined;
  /** The customer shown; replaced by the saved version after an edit. */
  declare customer: Customer | undefined;

  constructor() {
    super();
    this.mode = 'view';
    this.draft = undefined;
    this.problems = {};
    this.theirs = undefined;
    this.busy = false;
    this.failure = '';
    this.api = undefined;
    this.customer = undefined;
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #edit(): void {
    if (this.customer === undefined) return;
    this.draft = draftOf(this.customer);
    this.problems = {};
    this.failure = '';
    this.mode = 'edit';
    void this.#focus('input');
  }

  #close(): void {
    this.mode = 'view';
    this.theirs = undefined;
    this.failure = '';
    void this.#focus('.edit');
  }

  async #submit(event: SubmitEvent): Promise<void> {
    const draft = await submittedDraft(this, event, { requireIdentity: false });
    if (draft === undefined || this.customer === undefined) return;
    await this.#save(this.customer, draft);
  }

  /**
   * Saves what `draft` changes in `base` (the version the agent saw), closing the editor when that is nothing; a 409
   * brings in their version to compare.
   */
  async #save(base: Customer, draft: CustomerDraft): Promise<void> {
    const changes = changedFields(base, draft);
    if (Object.keys(changes).length === 0) {
      this.#close();
      return;
    }
    if (this.api === undefined) return;
    this.busy = true;
    this.failure = '';
    try {
      this.customer = await this.api.updateCustomer(base.id, changes, base.lastUpdated);
      emit(this, 'cd-customer-saved', { customer: this.customer });
      this.#close();
    } catch (error) {
      if (error instanceof DeskApiError && error.status === 409) await this.#compare(base.id);
      else this.failure = failureText(error);
    } finally {
      this.busy = false;
    }
  }

  async #compare(id: string): Promise<void> {
    if (this.api === undefined) return;
    try {
      this.theirs = await this.api.customer(id);
      this.mode = 'conflict';
      void this.#focus('#conflict');
    } catch (error) {
      this.failure = failureText(error);
    }
  }

  #keepTheirs(): void {
    this.customer = this.theirs;
    this.#close();
  }

  async #saveMine(): Promise<void> {
    if (this.theirs === undefined || this.draft === undefined) return;
    this.customer = this.theirs;
    await this.#save(this.theirs, this.draft);
  }

  #renderFailure() {
    return this.failure === '' ? nothing : html`<p class="problem" role="alert">${t('card.saveFailed', { reason: this.failure })}</p>`;
  }

  #renderEdit(customer: Customer, draft: CustomerDraft) {
    return html`<form novalidate aria-label=${t('card.editOf', { name: customerName(customer) || t('customer.unnamed') })}
      @submit=${(event: SubmitEvent) => void this.#submit(event)}
      @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.#close()}>
      ${customerFields(draft, this.problems)}
      <div class="row">
        <button class="primary" type="submit" ?disabled=${this.busy}>${t('card.save')}</button>
        <button type="button" @click=${() => this.#close()}>${t('card.cancel')}</button>
      </div>
      ${this.#renderFailure()}
    </form>`;
  }

  #renderConflict(customer: Customer, theirs: Customer, draft: CustomerDraft) {
    const yours = applyDraft(customer, draft);
    return html`<div class="conflict">
      <p id="conflict" role="alert" tabindex="-1">${t('card.conflict')}</p>
      <div class="versions">
        <section aria-labelledby="theirs"><h4 id="theirs">${t('card.theirs')}</h4><p>${customerName(theirs)}</p>${customerDetails(theirs)}</section>
        <section aria-labelledby="yours"><h4 id="yours">${t('card.yours')}</h4><p>${customerName(yours)}</p>${customerDetails(yours)}</section>
      </div>
      <div class="row">
        <button type="button" ?disabled=${this.busy} @click=${() => this.#keepTheirs()}>${t('card.keepTheirs')}</button>
        <button class="primary" type="button" ?disabled=${this.busy} @click=${() => void this.#saveMine()}>${t('card.saveMine')}</button>
      </div>
      ${this.#renderFailure()}
    </div>`;
  }

  override render() {
    const customer = this.customer;
    if (customer === undefined) return nothing;
    const name = customerName(customer) || t('customer.unnamed');
    let body;
    if (this.mode === 'edit' && this.draft !== undefined) body = this.#renderEdit(customer, this.draft);
    else if (this.mode === 'conflict' && this.theirs !== undefined && this.draft !== undefined) body = this.#renderConflict(customer, this.theirs, this.draft);
    else body = customerDetails(customer);
    return html`<article aria-labelledby="name">
      <div class="row head">
        <h3 id="name">${name}</h3>
        ${this.mode === 'view' ? html`<button class="edit" aria-label=${t('card.editOf', { name })} @click=${() => this.#edit()}>${t('card.edit')}</button>` : nothing}
      </div>
      ${body}
    </article>`;
  }
}
