import { html, nothing } from 'lit';
import { callPanelsEn } from '../../i18n/catalog-call-panels-en.js';
import { callPanelsEs } from '../../i18n/catalog-call-panels-es.js';
import { t } from '../../i18n/i18n.js';
import type { PartStrings } from '../../i18n/i18n.js';
import { dialable } from './call-facts.js';

// The wrap-up form comes with the panels: neither is needed before a call is under way or over.
export { wrapUpForm } from './wrap-up-panel.js';

/** The panels' strings in every language, loaded with them (the call bar loads this module on demand). */
export const strings: PartStrings = {
  en: () => Promise.resolve(callPanelsEn),
  es: () => Promise.resolve(callPanelsEs),
};

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

/**
 * The number of a submitted number form, as it is dialled; undefined when it is not a number to dial, with focus back
 * in the field.
 */
export function submittedNumber(event: SubmitEvent): string | undefined {
  event.preventDefault();
  const input = (event.target as HTMLFormElement).elements.namedItem('number') as HTMLInputElement;
  const target = dialable(input.value);
  if (target === undefined) input.focus();
  return target;
}

/** DTMF digits in the order pressed: keys pressed while a send is under way go together in the next one. */
export class ToneQueue {
  #queue = '';
  #sending = false;

  /** Queues a digit; `send` sends a batch and answers whether Finesse took it. */
  async press(digit: string, send: (digits: string) => Promise<boolean>): Promise<void> {
    this.#queue += digit;
    if (this.#sending) return;
    this.#sending = true;
    while (this.#queue !== '') {
      const digits = this.#queue.slice(0, 32);
      this.#queue = this.#queue.slice(digits.length);
      // Tones after a refused one would be out of sequence: drop them.
      if (!(await send(digits))) this.#queue = '';
    }
    this.#sending = false;
  }
}
