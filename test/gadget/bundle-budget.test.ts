import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const dist = path.resolve(import.meta.dirname, '..', '..', 'dist', 'gadget');
const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as { tab: string };
const gzipped = (file: string): number => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
const source = (file: string): string => readFileSync(path.join(dist, file), 'utf8');
/** The file names a module's `import("./…")` calls name, each once. */
const dynamicImports = (file: string): string[] =>
  [
    ...new Set([...source(file).matchAll(/import\(\s*["']\.\/([^"']+)["']\s*\)/g)].map((match) => match[1] ?? '')),
  ].sort();
const HASH = '[A-Za-z0-9_-]{8}';
const tabChunks = readdirSync(dist).filter((file) => new RegExp(`^context-desk-.+-${HASH}\\.js$`).test(file));
const chunksNamed = (name: string): string[] =>
  tabChunks.filter((file) => new RegExp(`^context-desk-${name}-${HASH}\\.js$`).test(file));
/** The tab's language catalogs: chunks of their own, one fetched per desktop. */
const catalogs = chunksNamed('catalog-[a-z]{2}');

/**
 * The parts of the tab loaded on demand, none of them needed when the tab first renders or a call pops, each with a
 * gzip budget of its own (bytes). The tab's own budget is what the
 * product rule is about; these keep a part from growing unnoticed. A part's chunk carries its strings in every language.
 */
const ON_DEMAND_BUDGETS: Readonly<Record<string, number>> = {
  /** The card's editor (edit and conflict) and the new-customer form of an unknown caller. */
  'customer-forms': 4 * 1024 + 512,
  /** The call bar's keypad, the number form of Consult and Direct transfer, and the wrap-up form. */
  'call-panels': 2 * 1024,
};
const PARTS = Object.keys(ON_DEMAND_BUDGETS);
const partChunk = (part: string): string | undefined => chunksNamed(part)[0];

describe('the tab bundle', () => {
  it('the tab as a desktop first loads it (the bundle, Lit included, and its largest language catalog) is at most 30 KB gzipped', () => {
    expect(catalogs.length).toBeGreaterThanOrEqual(2);
    const largestCatalog = Math.max(...catalogs.map(gzipped));
    expect(gzipped(manifest.tab) + largestCatalog).toBeLessThanOrEqual(30 * 1024);
  });

  it.each(Object.entries(ON_DEMAND_BUDGETS))(
    'its on-demand part %s is a chunk of its own within %i bytes gzipped',
    (part, budget) => {
      const file = partChunk(part);
      expect(file, `no chunk for ${part} among ${tabChunks.join(', ')}`).toBeDefined();
      expect(gzipped(file ?? '')).toBeLessThanOrEqual(budget);
    },
  );

  it('imports nothing statically, Lit inlined; its only dynamic imports are its language catalogs and its named on-demand parts', () => {
    const entry = source(manifest.tab);
    expect(entry).not.toMatch(/(^|[;}\s])import\s*["'{*]/);
    expect(entry).not.toMatch(/from\s*["']lit/);
    const allowed = [...catalogs, ...PARTS.map(partChunk)].sort();
    expect(dynamicImports(manifest.tab)).toEqual(allowed);
    // Nothing else: every chunk of the tab is a catalog or a named part.
    expect([...tabChunks].sort()).toEqual(allowed);
  });

  it('an on-demand part imports only the tab bundle itself (Lit and the shared code once, from it) and loads nothing further', () => {
    for (const part of PARTS) {
      const file = partChunk(part) ?? '';
      const imported = [...source(file).matchAll(/from\s*["']\.\/([^"']+)["']/g)].map((match) => match[1]);
      expect(new Set(imported)).toEqual(new Set([manifest.tab]));
      expect(dynamicImports(file)).toEqual([]);
    }
  });

  it('has a hashed file name and a source map beside it', () => {
    expect(manifest.tab).toMatch(/^context-desk-[A-Za-z0-9_-]{8}\.js$/);
    expect(readFileSync(path.join(dist, `${manifest.tab}.map`), 'utf8')).toContain('"sources"');
  });
});
