import { html, nothing } from 'lit';
import { t } from '../../i18n/i18n.js';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;
const DIGIT = /^[0-9*#]$/;

export interface NumberFormView {
  /** Element ids are made unique per call with this. */
  readonly id: string;
  readonly label: string;
  readonly submit: string;
  readonly invalid: boolean;
  readonly busy: boolean;
  readonly onSubmit: (event: SubmitEvent) => void;
  readonly onClose: () => void;
}

/** Escape closes a panel (and its owner returns focus to the button that opened it). */
function closeOnEscape(onClose: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };
}

/** The number to consult or to transfer to: a labelled input checked before anything is sent. */
export function numberForm(view: NumberFormView) {
  const errorId = `${view.id}-error`;
  return html`<form class="panel" novalidate @submit=${view.onSubmit} @keydown=${closeOnEscape(view.onClose)}>
    <label for=${view.id}>${view.label}</label>
    <input
      id=${view.id}
      name="number"
      type="tel"
      autocomplete="off"
      maxlength="64"
      aria-invalid=${view.invalid ? 'true' : 'false'}
      aria-describedby=${view.invalid ? errorId : nothing}
    />
    <button class="primary" type="submit" aria-disabled=${view.busy ? 'true' : 'false'}>${view.submit}</button>
    <button type="button" @click=${view.onClose}>${t('callBar.cancel')}</button>
    ${view.invalid ? html`<p id=${errorId} class="error" role="alert">${t('callBar.numberInvalid')}</p>` : nothing}
  </form>`;
}

export interface KeypadView {
  readonly id: string;
  /** Digits Finesse has confirmed sending on this call. */
  readonly sent: string;
  readonly onDigit: (digit: string) => void;
  readonly onClose: () => void;
}

/** A 12-key DTMF keypad; with focus inside it, typing 0-9, * and # presses the keys too. */
export function keypad(view: KeypadView) {
  const onKey = (event: KeyboardEvent) => {
    if (!DIGIT.test(event.key) || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    view.onDigit(event.key);
  };
  return html`<div class="panel" id=${view.id} role="group" aria-label=${t('callBar.keypad')} @keydown=${(event: KeyboardEvent) => (event.key === 'Escape' ? closeOnEscape(view.onClose)(event) : onKey(event))}>
    <div class="keys">${KEYS.map((key) => html`<button type="button" @click=${() => view.onDigit(key)}>${key}</button>`)}</div>
    <p class="sent">${view.sent === '' ? t('callBar.keypadHint') : t('callBar.dtmfSent', { digits: view.sent })}</p>
    <button type="button" @click=${view.onClose}>${t('callBar.closeKeypad')}</button>
  </div>`;
}
