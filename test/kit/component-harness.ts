import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { listen } from './listening-server.js';
import type { ListeningServer } from './listening-server.js';

const root = path.resolve(import.meta.dirname, '..', '..');

/**
 * A page with every gadget component registered and `window.harness` (test/browser/harness/harness.ts) to mount one
 * of them. Components call the BFF API on the page's own origin; a test answers those calls with `page.route`, so it
 * decides each answer's body, status and timing (loading, empty, error, a late stale answer).
 */
export async function startComponentHarness(): Promise<ListeningServer> {
  const bundle = await build({
    entryPoints: [path.join(root, 'test/browser/harness/harness.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    tsconfig: path.join(root, 'test/browser/harness/tsconfig.json'),
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  const page =
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Component harness</title><script type="module" src="/harness.js"></script></head><body><main></main></body></html>';
  return listen((request, response) => {
    if (request.url === '/harness.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
      return;
    }
    if (request.url === '/' || request.url === '/index.html') {
      response.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
      return;
    }
    // Calls nobody routed: loud, so a test never passes on an answer it did not choose.
    response.writeHead(599, { 'Content-Type': 'application/json' }).end(
      JSON.stringify({
        error: { code: 'unrouted', message: `no route for ${request.method ?? ''} ${request.url ?? ''}` },
      }),
    );
  });
}

/** Opens the harness in a fresh page, ready for `harness.mount`. */
export async function openHarness(
  browser: Browser,
  server: ListeningServer,
  options: { colorScheme?: 'light' | 'dark' } = {},
): Promise<Page> {
  const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light', locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => 'harness' in globalThis);
  return page;
}

/** Mounts a component in the harness page. */
export async function mount(page: Page, tag: string, properties: Record<string, unknown> = {}): Promise<void> {
  await page.evaluate(
    ([name, values]) => {
      (
        globalThis as unknown as { harness: { mount(tag: string, properties: Record<string, unknown>): void } }
      ).harness.mount(name, values);
    },
    [tag, properties] as const,
  );
}

export interface HarnessPages {
  /** A fresh page (own context: no storage shared between tests) with the harness loaded. */
  open(options?: { colorScheme?: 'light' | 'dark' }): Promise<Page>;
}

/** One browser and one harness server for the enclosing `describe`, closed after it. */
export function useComponentHarness(): HarnessPages {
  let browser: Browser | undefined;
  let server: ListeningServer | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startComponentHarness();
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    open(options = {}) {
      if (browser === undefined || server === undefined)
        throw new Error('the harness is open only inside the describe that uses it');
      return openHarness(browser, server, options);
    },
  };
}
