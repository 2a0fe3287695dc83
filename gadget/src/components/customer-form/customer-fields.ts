import { html, nothing } from 'lit';
import type { ReactiveElement, TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { t } from '../../i18n/i18n.js';
import { codeOptions } from './code-choices.js';
import { DRAFT_FIELDS, emptyDraft, isCoded, validateDraft } from './customer-draft.js';
import type { CustomerDraft, DraftField, DraftProblems } from './customer-draft.js';

function inputType(field: DraftField): string {
  if (field.startsWith('phone.')) return 'tel';
  return field.startsWith('email.') ? 'email' : 'text';
}

/**
 * The customer form's fields (the create form and the card's edit share them): a label for each input (language and
 * country are picked by name from a list, as the card shows them), and each
 * problem in words right under its field, tied to it with aria-describedby and aria-invalid (a select has none). Autocomplete is off:
 * the agent types a customer's details, and the browser would offer the agent's own.
 */
export function customerFields(draft: CustomerDraft, problems: DraftProblems): TemplateResult {
  return html`<div class="fields">
    ${DRAFT_FIELDS.map((field) => {
      const problem = problems[field];
      const id = `field-${field.replace('.', '-')}`;
      return html`<div class="field">
        <label for=${id}>${t(`form.${field}`)}</label>
        ${
          isCoded(field)
            ? html`<select id=${id} name=${field}>${codeOptions(field, draft[field])}</select>`
            : html`<input id=${id} name=${field} type=${inputType(field)} autocomplete="off" .value=${draft[field]}
              aria-invalid=${problem === undefined ? 'false' : 'true'} aria-describedby=${ifDefined(problem === undefined ? undefined : `${id}-problem`)} />`
        }
        ${problem === undefined ? nothing : html`<span id="${id}-problem" class="problem">${t(problem.key, problem.max === undefined ? {} : { max: problem.max })}</span>`}
      </div>`;
    })}
  </div>
  ${problems.form === undefined ? nothing : html`<p class="problem" role="alert">${t(problems.form.key)}</p>`}`;
}

/** A component that shows the customer form: its draft and the problems found in it. */
export interface DraftForm extends ReactiveElement {
  draft: CustomerDraft | undefined;
  problems: DraftProblems;
}

/** The draft as the form holds it now. */
function readDraft(form: HTMLFormElement): CustomerDraft {
  const data = new FormData(form);
  const draft = emptyDraft();
  for (const field of DRAFT_FIELDS) {
    const value = data.get(field);
    draft[field] = typeof value === 'string' ? value : '';
  }
  return draft;
}

/**
 * The submitted form's draft once it has no problems; otherwise undefined, with the problems shown and the first
 * field with one focused (after the form re-rendered them).
 */
export async function submittedDraft(
  host: DraftForm,
  event: SubmitEvent,
  options: { requireIdentity: boolean },
): Promise<CustomerDraft | undefined> {
  event.preventDefault();
  const draft = readDraft(event.target as HTMLFormElement);
  host.draft = draft;
  host.problems = validateDraft(draft, options);
  if (Object.keys(host.problems).length === 0) return draft;
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  return undefined;
}
