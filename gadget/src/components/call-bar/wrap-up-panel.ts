import { html, nothing } from 'lit';
import type { Task } from '@lit/task';
import type { WrapUpReason } from '../../../../shared/api/agent.js';
import type { Dialog } from '../../../../shared/api/dialog.js';
import type { DeskApi } from '../../api/desk-api.js';
import { reasonOf } from '../../api/error-reason.js';
import { t } from '../../i18n/i18n.js';

export interface WrapUpView {
  /** The call that ended, kept by Finesse in the agent's calls until wrap-up ends. */
  readonly dialog: Dialog;
  readonly reasons: Task<readonly [DeskApi | undefined, boolean], WrapUpReason[]>;
  readonly allowed: boolean;
  readonly busy: boolean;
  readonly onSubmit: (event: SubmitEvent) => void;
}

/**
 * The wrap-up reason picker, inside the wrap-up section the bar keeps (loaded on demand with the call panels). Finesse takes the reason as text (`mediaProperties/wrapUpReason`, at most 39 bytes) in an
 * UPDATE_CALL_DATA on the ended call, which it keeps with the agent's participant in WRAP_UP until the agent leaves
 * wrap-up; after that the call is gone and the reason can no longer be set.
 */
export function wrapUpForm(view: WrapUpView) {
  const saved = view.dialog.wrapUpReason ?? '';
  const form = (reasons: readonly WrapUpReason[]) =>
    reasons.length === 0
      ? html`<p>${t('callBar.noWrapUpReasons')}</p>`
      : html`<form
          @submit=${(event: SubmitEvent) => {
            event.preventDefault();
            if (view.allowed && !view.busy) view.onSubmit(event);
          }}
        >
          <label
            >${t('callBar.wrapUpReason')}
            <select name="wrapUpReason">
              ${reasons.map((reason) => html`<option value=${reason.label} ?selected=${reason.label === saved}>${reason.label}</option>`)}
            </select></label
          >
          <button class="primary" type="submit" aria-disabled=${view.allowed && !view.busy ? 'false' : 'true'}>${t('callBar.saveWrapUp')}</button>
        </form>`;
  return html`${view.reasons.render({
    pending: () => html`<p role="status">${t('callBar.loadingWrapUp')}</p>`,
    error: (error) => html`<p role="alert">${t('callBar.wrapUpFailed', { reason: reasonOf(error) })}</p>
        <button type="button" @click=${() => void view.reasons.run()}>${t('app.retry')}</button>`,
    complete: form,
  })}
    <p role="status">${saved === '' ? nothing : t('callBar.wrapUpSaved', { reason: saved })}</p>`;
}
