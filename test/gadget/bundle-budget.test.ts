import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const dist = path.resolve(import.meta.dirname, '..', '..', 'dist', 'gadget');
const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as { tab: string };

describe('the tab bundle', () => {
  it('the whole tab, Lit included, is at most 30 KB gzipped (the gadget build of this checkout)', () => {
    const bundle = readFileSync(path.join(dist, manifest.tab));
    const gzipped = gzipSync(bundle, { level: 9 }).length;
    expect(gzipped).toBeLessThanOrEqual(30 * 1024);
  });

  it('is a single self-contained ES module: no import of another file, Lit inlined', () => {
    const source = readFileSync(path.join(dist, manifest.tab), 'utf8');
    expect(source).not.toMatch(/\bimport\s*["'{*]/);
    expect(source).not.toMatch(/from\s*["']lit/);
  });

  it('has a hashed file name and a source map beside it', () => {
    expect(manifest.tab).toMatch(/^context-desk-[A-Za-z0-9_-]{8}\.js$/);
    expect(readFileSync(path.join(dist, `${manifest.tab}.map`), 'utf8')).toContain('"sources"');
  });
});
