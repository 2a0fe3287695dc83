import type { MessageKey } from './catalog-en.js';
import { Translator } from './translator.js';

export type { MessageKey };

// Each language is a chunk of its own: a desktop fetches only the one its locale needs.
const translator = new Translator<MessageKey>({
  en: () => import('./catalog-en.js').then((module) => module.en),
  es: () => import('./catalog-es.js').then((module) => module.es),
});

/** Switches the tab's strings to the desktop's locale (Finesse's `es_ES`, a browser's `es-MX`); English otherwise. */
export function setLocale(locale: string): Promise<void> {
  return translator.use(locale);
}

/** The BCP 47 locale in use, for Intl formatting. */
export function currentLocale(): string {
  return translator.locale;
}

/** The string for a key with its {placeholders} filled in. */
export function t(key: MessageKey, parameters: Readonly<Record<string, string | number>> = {}): string {
  return translator.t(key, parameters);
}
