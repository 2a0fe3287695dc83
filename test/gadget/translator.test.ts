import { describe, expect, it } from 'vitest';
import { Translator } from '../../gadget/src/i18n/translator.js';

type Key = 'app.hello' | 'part.save';
const page = {
  en: () => Promise.resolve({ 'app.hello': 'Hello {name}' }),
  es: () => Promise.resolve({ 'app.hello': 'Hola {name}' }),
};
const part = {
  en: () => Promise.resolve({ 'part.save': 'Save' }),
  es: () => Promise.resolve({ 'part.save': 'Guardar' }),
};

describe('Translator', () => {
  it("a part's strings, added once the page speaks Spanish, read in Spanish beside the page's own", async () => {
    const translator = new Translator<Key>(page);
    await translator.use('es_ES');
    expect(translator.t('part.save')).toBe('part.save');
    await translator.extend(part);
    expect([translator.t('app.hello', { name: 'Ana' }), translator.t('part.save')]).toEqual(['Hola Ana', 'Guardar']);
  });

  it("switching the locale after a part was added switches the part's strings too", async () => {
    const translator = new Translator<Key>(page);
    await translator.use('es');
    await translator.extend(part);
    await translator.use('en-US');
    expect([translator.t('app.hello', { name: 'Ann' }), translator.t('part.save')]).toEqual(['Hello Ann', 'Save']);
  });

  it('a part whose strings cannot be fetched rejects, and the next try fetches them again', async () => {
    const translator = new Translator<Key>(page);
    await translator.use('en');
    let attempts = 0;
    const flaky = {
      en: () =>
        ++attempts === 1
          ? Promise.reject(new Error('Failed to fetch dynamically imported module'))
          : Promise.resolve({ 'part.save': 'Save' }),
    };
    await expect(translator.extend(flaky)).rejects.toThrow('Failed to fetch');
    await translator.extend(flaky);
    expect([attempts, translator.t('part.save')]).toEqual([2, 'Save']);
  });
});
