import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import type { ScreenPop } from '../../../../shared/api/context.js';
import type { DeskApi } from '../../api/desk-api.js';
import { emit } from '../../events.js';
import { t } from '../../i18n/i18n.js';
import { controlStyles } from '../../theme/tokens.js';
import { contextStyles } from '../context-common/context.styles.js';
import { failureText } from '../context-common/failure-text.js';
import { draftOfPrefill, emptyDraft, inputOf } from '../customer-form/customer-draft.js';
import type { CustomerDraft, DraftProblems } from '../customer-form/customer-draft.js';
import { customerFields, submittedDraft } from '../customer-form/customer-fields.js';
import { customerFormStyles } from '../customer-form/customer-form.styles.js';

/**
 * The form that creates a customer for an unknown caller, prefilled from the call (number or email, and the name
 * the IVR collected). The number is saved as the call delivered it, so the next call from it pops this customer.
 *
 * @event cd-customer-saved - `{ customer }` once Context Service has the new customer.
 */
export class NewCustomer extends LitElement {
  static override styles = [controlStyles, contextStyles, customerFormStyles];
  static override properties = {
    api: { attribute: false },
    prefill: { attribute: false },
    draft: { state: true },
    problems: { state: true },
    busy: { state: true },
    failure: { state: true },
  };

  declare draft: CustomerDraft;
  declare problems: DraftProblems;
  declare busy: boolean;
  declare failure: string;

  /** The BFF client. */
  declare api: DeskApi | undefined;
  /** What the call says about the caller. */
  declare prefill: ScreenPop['prefill'];

  constructor() {
    super();
    this.draft = emptyDraft();
    this.problems = {};
    this.busy = false;
    this.failure = '';
    this.api = undefined;
    this.prefill = undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('prefill')) this.draft = draftOfPrefill(this.prefill);
  }

  async #submit(event: SubmitEvent): Promise<void> {
    const draft = await submittedDraft(this, event, { requireIdentity: true });
    if (draft === undefined || this.api === undefined || this.busy) return;
    this.busy = true;
    this.failure = '';
    try {
      emit(this, 'cd-customer-saved', { customer: await this.api.createCustomer(inputOf(draft)) });
    } catch (error) {
      this.failure = failureText(error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<form novalidate aria-labelledby="create" @submit=${(event: SubmitEvent) => void this.#submit(event)}>
      <h3 id="create">${t('create.heading')}</h3>
      ${customerFields(this.draft, this.problems)}
      <button class="primary" type="submit" ?disabled=${this.busy}>${t('create.submit')}</button>
      ${this.failure === '' ? nothing : html`<p class="problem" role="alert">${t('create.failed', { reason: this.failure })}</p>`}
    </form>`;
  }
}
