import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { currentLocale, t } from '../../i18n/i18n.js';
import { codeLabel } from '../context-common/code-labels.js';
import type { CodeKind } from '../context-common/code-labels.js';
import type { CodedField } from './customer-draft.js';

/** Context_Preferred_Language values the form offers (BCP 47, as Context Service's examples write them: es-ES). */
const LANGUAGES =
  'ar-SA de-DE en-GB en-US es-ES es-MX es-US fr-CA fr-FR hi-IN it-IT ja-JP ko-KR nl-NL pl-PL pt-BR pt-PT ru-RU tr-TR vi-VN zh-CN zh-TW'.split(
    ' ',
  );

/** Two-letter codes Intl names that are no country: groupings (EU, EZ, UN, QO) and private use (XA, XB, ZZ). */
const NOT_A_COUNTRY = /^(E[UZ]|UN|QO|X[AB]|ZZ)$/;

/** Every country the browser can name (ISO 3166-1 alpha-2, AA to ZZ tried), found rather than listed to keep the script small. */
function countries(): string[] {
  // fromCharCode truncates 65 + index / 26 to a whole code unit: AA, AB, … ZZ.
  const codes = Array.from({ length: 676 }, (_, index) => String.fromCharCode(65 + index / 26, 65 + (index % 26)));
  return codes.filter((code) => !NOT_A_COUNTRY.test(code) && codeLabel('region', code) !== code);
}

/** [label, code] pairs by language and field, alphabetical in that language: built once, the countries take a moment. */
const choices: Partial<Record<string, [string, string][]>> = {};

/**
 * The options of the language or country select, each showing the label the card shows: none, then a stored value the
 * list lacks (kept, never silently replaced, so that saving the untouched form sends nothing for it), then the list.
 */
export function codeOptions(field: CodedField, value: string): TemplateResult {
  const kind: CodeKind = field === 'country' ? 'region' : 'language';
  const list = (choices[currentLocale() + field] ??= (field === 'country' ? countries() : LANGUAGES)
    .map((code): [string, string] => [codeLabel(kind, code), code])
    .sort(([a], [b]) => a.localeCompare(b, currentLocale())));
  const kept: [string, string][] =
    value === '' || list.some(([, code]) => code === value) ? [] : [[codeLabel(kind, value), value]];
  return html`<option value="">${t('form.notSet')}</option>
    ${[...kept, ...list].map(([label, code]) => html`<option value=${code} ?selected=${code === value}>${label}</option>`)}`;
}
