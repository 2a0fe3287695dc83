import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SOURCE = path.resolve(import.meta.dirname, '..', '..', 'bff', 'src');

/** Every TypeScript file below a folder of bff/src, as a path relative to bff/src. */
function filesIn(folder: string): string[] {
  return readdirSync(path.join(SOURCE, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(folder, name));
}

/** The bff/src modules a file imports (relative to bff/src), leaving out packages and shared/. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(SOURCE, file), 'utf8');
  return [...text.matchAll(/from '(\.{1,2}\/[^']+)'/g)]
    .map((match) => path.relative(SOURCE, path.resolve(path.dirname(path.join(SOURCE, file)), match[1] ?? '')))
    .filter((target) => !target.startsWith('..'));
}

/** `file -> import` for every import of the files in `folders` that `forbidden` matches. */
function violations(folders: readonly string[], forbidden: RegExp): string[] {
  return folders.flatMap((folder) =>
    filesIn(folder).flatMap((file) =>
      importsOf(file)
        .filter((target) => forbidden.test(target))
        .map((target) => `${file} -> ${target}`),
    ),
  );
}

describe('the BFF keeps its layers: route -> service -> adapter -> upstream exchange', () => {
  it('auth/ imports no upstream client (credentials and roles are domain types)', () => {
    expect(violations(['auth'], /^(finesse|ccadmin|context)\//)).toEqual([]);
  });

  it('services/ take no wire types from a client: only its port (ContextStore) and its error table', () => {
    expect(violations(['services'], /^(finesse|ccadmin|context)\/(?!context-store\.js$|ccadmin-errors\.js$)/)).toEqual(
      [],
    );
  });

  it('upstream folders hold adapters only: no application service lives in finesse/, ccadmin/ or context/', () => {
    const services = ['finesse', 'ccadmin', 'context']
      .flatMap(filesIn)
      .filter((file) => /-service\.ts$/.test(file) && !file.endsWith('context-service-adapter.ts'));
    expect(services).toEqual([]);
  });

  it('the composition root takes nothing from a route file, and the CLI nothing from the composition root', () => {
    expect(importsOf('composition.ts').filter((target) => target.startsWith('routes/'))).toEqual([]);
    expect(violations(['cli'], /^composition\.js$/)).toEqual([]);
  });
});
