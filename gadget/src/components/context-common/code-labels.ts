import { currentLocale } from '../../i18n/i18n.js';

/** What kind of code a field holds: a language (Context_Preferred_Language) or a region (Context_Country). */
export type CodeKind = 'language' | 'region';

/**
 * What a stored code reads as in the agent's language, on the card and in the form alike: "Spanish (Spain)" for es-ES,
 * "United States" for US. A value Intl cannot name exactly as written (free text, a code in other letter case) reads
 * as itself, so that neither ever shows a stored value as something else.
 */
export function codeLabel(kind: CodeKind, code: string): string {
  try {
    const tag = kind === 'region' ? `und-${code}` : code;
    return (
      (Intl.getCanonicalLocales(tag)[0] === tag &&
        new Intl.DisplayNames(currentLocale(), { type: kind, languageDisplay: 'standard', fallback: 'none' }).of(
          code,
        )) ||
      code
    );
  } catch {
    return code;
  }
}
