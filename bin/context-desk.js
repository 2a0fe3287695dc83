#!/usr/bin/env node
// `npx context-desk`: runs the CLI compiled by `npm run build` (its TypeScript source is bff/src/cli/).
import process from 'node:process';
import { URL } from 'node:url';

const compiled = new URL('../dist/bff/src/cli/main.js', import.meta.url);
try {
  await import(compiled.href);
} catch (error) {
  if (
    error instanceof Error &&
    'code' in error &&
    error.code === 'ERR_MODULE_NOT_FOUND' &&
    error.message.includes(compiled.pathname)
  ) {
    process.stderr.write('context-desk: the CLI is not built yet; run "npm run build" first\n');
    process.exit(1);
  }
  throw error;
}
