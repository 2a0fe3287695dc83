type Catalog<K extends string> = Readonly<Partial<Record<K, string>>>;
type Loaders<K extends string> = Readonly<Record<string, () => Promise<Catalog<K>>>>;

/**
 * Strings for one page, every language a catalog loaded on demand, so a page ships only the catalog its desktop's
 * locale needs (the tab's bundle budget counts every byte). English (`en` among the loaders) is the fallback. Until
 * `use` has resolved once, `t` answers the key itself: pages wait for `use` before they render words. A part of the
 * page loaded on demand brings its own catalogs (`extend`), fetched with it.
 */
export class Translator<K extends string> {
  readonly #loaders: Loaders<K>;
  /** The catalogs of the parts loaded so far: a later `use` loads them in its language too. */
  readonly #parts = new Set<Loaders<K>>();
  #active: Catalog<K> | undefined;
  #locale = 'en';

  constructor(loaders: Loaders<K>) {
    this.#loaders = loaders;
  }

  /** The BCP 47 locale in use, for Intl formatting. */
  get locale(): string {
    return this.#locale;
  }

  /** One language's catalogs of the page and of every part loaded, merged; rejects when one has none or fails. */
  async #catalogs(language: string, parts: Iterable<Loaders<K>>): Promise<Catalog<K>> {
    const catalogs = [this.#loaders, ...parts].map(
      (loaders) => loaders[language]?.() ?? Promise.reject(new Error(`no ${language} catalog`)),
    );
    return Object.assign({}, ...(await Promise.all(catalogs))) as Catalog<K>;
  }

  /**
   * Switches to a desktop locale such as Finesse's `es_ES` or a browser's `es-MX`: its language's catalog when there
   * is one (loaded once), English otherwise or when the catalog cannot be loaded.
   */
  async use(locale: string): Promise<void> {
    const tag = locale.replace('_', '-');
    const language = tag.split('-')[0]?.toLowerCase() ?? 'en';
    try {
      this.#active = await this.#catalogs(language, this.#parts);
      this.#locale = tag;
    } catch {
      // A catalog chunk that cannot be fetched: English rather than no words at all.
      this.#active = await this.#catalogs('en', this.#parts);
      this.#locale = 'en';
    }
  }

  /**
   * Adds the strings of a part loaded on demand, in the language in use; rejects when they cannot be fetched (the
   * part then offers to try again, and a later call fetches them anew).
   */
  async extend(part: Loaders<K>): Promise<void> {
    if (this.#parts.has(part)) return;
    const language = this.#locale.split('-')[0]?.toLowerCase() ?? 'en';
    const load = part[language] ?? part.en;
    if (load === undefined) throw new Error('a part without English strings');
    this.#active = { ...this.#active, ...(await load()) };
    this.#parts.add(part);
  }

  /** The string for a key with its {placeholders} filled in. */
  t(key: K, parameters: Readonly<Record<string, string | number>> = {}): string {
    const text = this.#active?.[key];
    if (text === undefined) return key;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = parameters[name];
      return value === undefined ? whole : String(value);
    });
  }
}
