import { en } from './catalog-en.js';
import type { MessageKey } from './catalog-en.js';
import { es } from './catalog-es.js';

export type { MessageKey };

const catalogs: Record<string, Record<MessageKey, string>> = { en, es };
let active: Record<MessageKey, string> = en;
let activeLocale = 'en';

/** Picks the catalog for a desktop locale such as Finesse's `es_ES` or a browser's `es-MX`; English otherwise. */
export function setLocale(locale: string): void {
  const language = locale.replace('_', '-').split('-')[0]?.toLowerCase() ?? 'en';
  active = catalogs[language] ?? en;
  activeLocale = language in catalogs ? locale.replace('_', '-') : 'en';
}

/** The BCP 47 locale in use, for Intl formatting. */
export function currentLocale(): string {
  return activeLocale;
}

/** The string for a key with its {placeholders} filled in. */
export function t(key: MessageKey, parameters: Record<string, string | number> = {}): string {
  return active[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = parameters[name];
    return value === undefined ? whole : String(value);
  });
}
