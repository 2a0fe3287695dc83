import { LitElement, html, nothing } from 'lit';
import type { Customer } from '../../../../shared/api/context.js';
import type { DeskApi } from '../../api/desk-api.js';
import { DeskApiError } from '../../api/desk-api-error.js';
import { emit } from '../../events.js';
import { t } from '../../i18n/i18n.js';
import { controlStyles } from '../../theme/tokens.js';
import { customerDetails } from '../customer-card/customer-details.js';
import { customerDetailsStyles } from '../customer-card/customer-details.styles.js';
import { contextStyles } from '../context-common/context.styles.js';
import { customerName } from '../context-common/customer-name.js';
import { failureText } from '../context-common/failure-text.js';
import { applyDraft, changedFields, draftOf } from '../customer-form/customer-draft.js';
import type { CustomerDraft, DraftProblems } from '../customer-form/customer-draft.js';
import { customerFields, submittedDraft } from '../customer-form/customer-fields.js';
import { customerFormStyles } from '../customer-form/customer-form.styles.js';
import { customerEditorStyles } from './customer-editor.styles.js';

/**
 * The customer card's editor, in the card while the agent edits (loaded on demand with the other customer forms).
 * Saving sends only the changed fields with the lastUpdated the agent edited (optimistic concurrency); when someone
 * else saved meanwhile (409) both versions are shown side by side and the agent keeps theirs or saves theirs over
 * with the edit. It takes focus when it appears: it only ever does because the agent chose Edit.
 *
 * @event cd-customer-saved - `{ customer }` after the agent's change is saved.
 * @event cd-edit-closed - `{ customer }` when the editor is done: the version the card shows from now on.
 */
export class CustomerEditor extends LitElement {
  static override styles = [
    controlStyles,
    contextStyles,
    customerFormStyles,
    customerDetailsStyles,
    customerEditorStyles,
  ];
  static override properties = {
    api: { attribute: false },
    customer: { attribute: false },
    draft: { state: true },
    problems: { state: true },
    theirs: { state: true },
    busy: { state: true },
    failure: { state: true },
  };

  declare draft: CustomerDraft | undefined;
  declare problems: DraftProblems;
  /** The version someone else saved, during a conflict. */
  declare theirs: Customer | undefined;
  declare busy: boolean;
  declare failure: string;

  /** The BFF client. */
  declare api: DeskApi | undefined;
  /** The version the agent edits: the card's, or theirs once the agent chose to save over it. */
  declare customer: Customer | undefined;

  constructor() {
    super();
    this.draft = undefined;
    this.problems = {};
    this.theirs = undefined;
    this.busy = false;
    this.failure = '';
    this.api = undefined;
    this.customer = undefined;
  }

  /** The draft starts as the customer the editor first gets; it is the agent's from then on. */
  override willUpdate(): void {
    if (this.draft === undefined && this.customer !== undefined) this.draft = draftOf(this.customer);
  }

  override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLElement>('input')?.focus();
  }

  #close(customer: Customer | undefined): void {
    if (customer !== undefined) emit(this, 'cd-edit-closed', { customer });
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
      this.#close(base);
      return;
    }
    if (this.api === undefined) return;
    this.busy = true;
    this.failure = '';
    try {
      const saved = await this.api.updateCustomer(base.id, changes, base.lastUpdated);
      emit(this, 'cd-customer-saved', { customer: saved });
      this.#close(saved);
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
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#conflict')?.focus();
    } catch (error) {
      this.failure = failureText(error);
    }
  }

  async #saveMine(): Promise<void> {
    if (this.theirs === undefined || this.draft === undefined) return;
    this.customer = this.theirs;
    await this.#save(this.theirs, this.draft);
  }

  #renderFailure() {
    return this.failure === ''
      ? nothing
      : html`<p class="problem" role="alert">${t('card.saveFailed', { reason: this.failure })}</p>`;
  }

  #renderEdit(customer: Customer, draft: CustomerDraft) {
    return html`<form novalidate aria-label=${t('card.editOf', { name: customerName(customer) || t('customer.unnamed') })}
      @submit=${(event: SubmitEvent) => void this.#submit(event)}
      @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.#close(customer)}>
      ${customerFields(draft, this.problems)}
      <div class="row">
        <button class="primary" type="submit" ?disabled=${this.busy}>${t('card.save')}</button>
        <button type="button" @click=${() => this.#close(customer)}>${t('card.cancel')}</button>
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
        <button type="button" ?disabled=${this.busy} @click=${() => this.#close(theirs)}>${t('card.keepTheirs')}</button>
        <button class="primary" type="button" ?disabled=${this.busy} @click=${() => void this.#saveMine()}>${t('card.saveMine')}</button>
      </div>
      ${this.#renderFailure()}
    </div>`;
  }

  override render() {
    const { customer, draft, theirs } = this;
    if (customer === undefined || draft === undefined) return nothing;
    return theirs === undefined ? this.#renderEdit(customer, draft) : this.#renderConflict(customer, theirs, draft);
  }
}
