import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { startTestBff } from './bff.js';
import type { TestBff, TestBffOptions } from './bff.js';
import { useForDescribe } from './describe-resource.js';
import type { Closable } from './describe-resource.js';
import { listen } from './listening-server.js';

/** Debian's chromium (`.ci/run` installs it when missing); CHROMIUM_PATH overrides. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless Chromium as this machine can run it: no sandbox (root), no GPU, and none of Chromium's own network
 * traffic (the machine's network is closed and every refused connection costs time).
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export interface DesktopBff {
  /** `http://127.0.0.1:<port>`: the BFF with its pages, on a real port the browser can open. */
  readonly url: string;
  readonly bff: TestBff;
  close(): Promise<void>;
}

/** The BFF of the sandbox (pages, simulated desktop, emulator control under /sandbox/<name>) on a loopback port. */
export async function startDesktopBff(options: TestBffOptions = {}): Promise<DesktopBff> {
  const bff = await startTestBff({ ...options, sandboxDesktop: true });
  const server = await listen(bff.app);
  return {
    url: server.url,
    bff,
    async close() {
      await server.close();
      await bff.close();
    },
  };
}

/** One browser for the enclosing `describe`, closed after it. */
export function useBrowser(): () => Browser {
  return useForDescribe('the browser', launchBrowser);
}

/** A browser and the server its pages come from, for the enclosing `describe`. */
export interface DeskUnderTest<T> {
  readonly browser: Browser;
  readonly desk: T;
}

/**
 * A browser and `start()`'s server for the enclosing `describe`, closed after it. Read the fields inside the tests and
 * hooks, not while the describe is being declared: they exist only while it runs.
 */
export function useBrowserWith<T extends Closable>(what: string, start: () => Promise<T>): DeskUnderTest<T> {
  const browser = useBrowser();
  const desk = useForDescribe(what, start);
  return {
    get browser() {
      return browser();
    },
    get desk() {
      return desk();
    },
  };
}

/** A browser and the sandbox BFF (`startDesktopBff(options)`) for the enclosing `describe`. */
export function useDesktop(options: TestBffOptions = {}): DeskUnderTest<DesktopBff> {
  return useBrowserWith('the desktop BFF', () => startDesktopBff(options));
}

/** Where screenshots go (CI keeps test-artifacts/ as the run's artifacts). */
export function screenshotPath(name: string): string {
  const directory = path.resolve(import.meta.dirname, '..', '..', 'test-artifacts', 'screenshots');
  mkdirSync(directory, { recursive: true });
  return path.join(directory, `${name}.png`);
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[] }[];
}

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** Evaluated through the DevTools protocol rather than added as a script tag: the BFF's pages forbid inline scripts (CSP). */
let axeScript: string | undefined;

/** axe-core in the page (and its open shadow roots): the serious and critical WCAG 2.1 A/AA violations. */
export async function seriousAxeViolations(page: Page | Frame): Promise<AxeViolation[]> {
  axeScript ??= readFileSync(axeSource, 'utf8');
  await page.evaluate(axeScript);
  const violations = await page.evaluate(async () => {
    // This function runs in the page, where axe and document exist; this file is type-checked for Node.
    const page = globalThis as unknown as {
      document: unknown;
      axe: { run(context: unknown, options: object): Promise<{ violations: AxeViolation[] }> };
    };
    const result = await page.axe.run(page.document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target })),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** A fresh context per test: no storage shared between tests. Locale and colour scheme as the test says. */
export function newContext(
  browser: Browser,
  options: { locale?: string; colorScheme?: 'light' | 'dark' } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
  });
}
