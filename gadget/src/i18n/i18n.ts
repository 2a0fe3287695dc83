import type { MessageKey as TabMessageKey } from './catalog-en.js';
import type { CallPanelsKey } from './catalog-call-panels-en.js';
import type { CustomerFormsKey } from './catalog-customer-forms-en.js';
import { Translator } from './translator.js';

/** Every key of the tab: its own catalog's and those of the parts it loads on demand. */
export type MessageKey = TabMessageKey | CustomerFormsKey | CallPanelsKey;

// Each language is a chunk of its own: a desktop fetches only the one its locale needs.
const translator = new Translator<MessageKey>({
  en: () => import('./catalog-en.js').then((module) => module.en),
  es: () => import('./catalog-es.js').then((module) => module.es),
});

/**
 * The strings a part loaded on demand brings (components/context-common/on-demand.ts): every language's, in the part's
 * own chunk, so that the part needs one fetch and the tab's bundle names none of them.
 */
export type PartStrings = Readonly<Record<string, () => Promise<Readonly<Partial<Record<MessageKey, string>>>>>>;

/** Switches the tab's strings to the desktop's locale (Finesse's `es_ES`, a browser's `es-MX`); English otherwise. */
export function setLocale(locale: string): Promise<void> {
  return translator.use(locale);
}

/** Adds the strings of a part loaded on demand, in the language in use. */
export function addPartStrings(strings: PartStrings): Promise<void> {
  return translator.extend(strings);
}

/** The BCP 47 locale in use, for Intl formatting. */
export function currentLocale(): string {
  return translator.locale;
}

/** The string for a key with its {placeholders} filled in. */
export function t(key: MessageKey, parameters: Readonly<Record<string, string | number>> = {}): string {
  return translator.t(key, parameters);
}
