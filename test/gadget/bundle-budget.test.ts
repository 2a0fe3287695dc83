import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const dist = path.resolve(import.meta.dirname, '..', '..', 'dist', 'gadget');
const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as { tab: string };
const gzipped = (file: string): number => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
/** The tab's language catalogs: chunks of their own, one fetched per desktop. */
const catalogs = readdirSync(dist).filter((file) => /^context-desk-catalog-[a-z]{2}-[A-Za-z0-9_-]{8}\.js$/.test(file));

describe('the tab bundle', () => {
  it('the whole tab as a desktop loads it (the bundle, Lit included, and its largest language catalog) is at most 30 KB gzipped', () => {
    expect(catalogs.length).toBeGreaterThanOrEqual(2);
    const largestCatalog = Math.max(...catalogs.map(gzipped));
    expect(gzipped(manifest.tab) + largestCatalog).toBeLessThanOrEqual(30 * 1024);
  });

  it('imports nothing statically, Lit inlined; its only dynamic imports are its language catalogs', () => {
    const source = readFileSync(path.join(dist, manifest.tab), 'utf8');
    expect(source).not.toMatch(/(^|[;}\s])import\s*["'{*]/);
    expect(source).not.toMatch(/from\s*["']lit/);
    const dynamic = [...source.matchAll(/import\(\s*["']\.\/([^"']+)["']\s*\)/g)].map((match) => match[1]).sort();
    expect(dynamic).toEqual([...catalogs].sort());
  });

  it('has a hashed file name and a source map beside it', () => {
    expect(manifest.tab).toMatch(/^context-desk-[A-Za-z0-9_-]{8}\.js$/);
    expect(readFileSync(path.join(dist, `${manifest.tab}.map`), 'utf8')).toContain('"sources"');
  });
});
