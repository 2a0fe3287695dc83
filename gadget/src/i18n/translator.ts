type Catalog<K extends string> = Readonly<Record<K, string>>;
type Loaders<K extends string> = Readonly<Record<string, () => Promise<Catalog<K>>>>;

/**
 * Strings for one page, every language a catalog loaded on demand, so a page ships only the catalog its desktop's
 * locale needs (the tab's bundle budget counts every byte). English (`en` among the loaders) is the fallback. Until
 * `use` has resolved once, `t` answers the key itself: pages wait for `use` before they render words.
 */
export class Translator<K extends string> {
  readonly #loaders: Loaders<K>;
  #active: Catalog<K> | undefined;
  #locale = 'en';

  constructor(loaders: Loaders<K>) {
    this.#loaders = loaders;
  }

  /** The BCP 47 locale in use, for Intl formatting. */
  get locale(): string {
    return this.#locale;
  }

  /**
   * Switches to a desktop locale such as Finesse's `es_ES` or a browser's `es-MX`: its language's catalog when there
   * is one (loaded once), English otherwise or when the catalog cannot be loaded.
   */
  async use(locale: string): Promise<void> {
    const tag = locale.replace('_', '-');
    const language = tag.split('-')[0]?.toLowerCase() ?? 'en';
    const load = this.#loaders[language];
    if (load !== undefined) {
      try {
        this.#active = await load();
        this.#locale = tag;
        return;
      } catch {
        // A catalog chunk that cannot be fetched: English rather than no words at all.
      }
    }
    const english = this.#loaders.en;
    if (english !== undefined) this.#active = await english();
    this.#locale = 'en';
  }

  /** The string for a key with its {placeholders} filled in. */
  t(key: K, parameters: Readonly<Record<string, string | number>> = {}): string {
    if (this.#active === undefined) return key;
    return this.#active[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = parameters[name];
      return value === undefined ? whole : String(value);
    });
  }
}
