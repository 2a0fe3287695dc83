import { Translator } from '../../i18n/translator.js';
import type { AdminMessageKey } from './admin-catalog-en.js';

export type { AdminMessageKey };

const translator = new Translator<AdminMessageKey>({
  en: () => import('./admin-catalog-en.js').then((module) => module.adminEn),
  es: () => import('./admin-catalog-es.js').then((module) => module.adminEs),
});

/** Switches the page's strings to the browser's locale; English when there is no catalog for it. */
export function setLocale(locale: string): Promise<void> {
  return translator.use(locale);
}

/** The BCP 47 locale in use, for Intl formatting. */
export function currentLocale(): string {
  return translator.locale;
}

/** The string for a key with its {placeholders} filled in. */
export function t(key: AdminMessageKey, parameters: Readonly<Record<string, string | number>> = {}): string {
  return translator.t(key, parameters);
}
