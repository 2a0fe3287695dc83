import { beforeEach } from 'vitest';
import type { Page, Response } from 'playwright-core';
import { startCceAdminEmulator } from '../../bff/sandbox/ccadmin/cce-admin-emulator.js';
import type { CceAdminEmulator } from '../../bff/sandbox/ccadmin/cce-admin-emulator.js';
import type { Environment } from '../../bff/src/config.js';
import { startFinesseEmulator } from '../../bff/sandbox/finesse/finesse-emulator.js';
import { demoAgentDirectory } from '../../bff/sandbox/directory/demo-contact-center.js';
import { newContext, startDesktopBff, useBrowserWith } from './browser.js';
import type { DeskUnderTest, DesktopBff } from './browser.js';

/** The CCE Administration account of the emulator, and the Webex Control Hub account of its wizard. */
export const CCE_ADMINISTRATOR = { username: 'administrator', password: 'sandbox' } as const;
export const WEBEX_ADMINISTRATOR = { username: 'administrator', password: 'sandbox' } as const;

/**
 * The BFF on a real port with its CCE_ADMIN_URL on a CCE Administration emulator, for the /admin page. The Finesse
 * and CCE emulators share one agent directory, as in the sandbox: an agent created on /admin signs in to the desktop.
 */
export interface AdminDesk {
  readonly url: string;
  readonly desk: DesktopBff;
  readonly cce: CceAdminEmulator;
  /** POST to the emulator's sandbox control API (`registration`, `sync`, `faults`, `reset`). */
  control(path: string, body?: object): Promise<unknown>;
  /** Everything the BFF logged so far. */
  logs(): string;
  close(): Promise<void>;
}

/** `env`: more configuration, e.g. a Webex integration. Finesse and CCE share one agent directory, as in sandbox mode. */
export async function startAdminDesk(env: Environment = {}): Promise<AdminDesk> {
  const agents = demoAgentDirectory();
  const finesse = await startFinesseEmulator({ answerDelayMs: 20, agents });
  const cce = await startCceAdminEmulator({ host: '127.0.0.1', port: 0, agents });
  // Many sign-ins (and deliberate failures) from one loopback client in one file: the limits are not under test here.
  const desk = await startDesktopBff({
    emulator: finesse,
    env: {
      CCE_ADMIN_URL: cce.url,
      CCE_ADMIN_TIMEOUT_MS: '5000',
      SIGN_IN_LIMIT_PER_CLIENT: '1000',
      SIGN_IN_LIMIT_PER_USER: '100',
      ...env,
    },
  });
  return {
    url: desk.url,
    desk,
    cce,
    async control(path, body = {}) {
      const response = await fetch(`${cce.url}/sandbox/${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`sandbox ${path} answered ${response.status}: ${await response.text()}`);
      return response.status === 204 ? undefined : response.json();
    },
    logs: () => desk.bff.logs.join(''),
    async close() {
      await desk.close();
      await finesse.close();
      await cce.close();
    },
  };
}

/**
 * A browser and an admin desk for the enclosing `describe`, closed after it; the emulator is reset before each test,
 * so every test starts not registered with an ordinary sync.
 */
export function useAdminDesk(): DeskUnderTest<AdminDesk> {
  const admin = useBrowserWith('the admin desk', startAdminDesk);
  beforeEach(async () => {
    await admin.desk.control('reset');
  });
  return admin;
}

/** Signs in on the /admin page's form (the page must show it). */
export async function signInOnPage(
  page: Page,
  credentials: { username: string; password: string } = CCE_ADMINISTRATOR,
): Promise<void> {
  const form = page.locator('cd-admin-sign-in');
  await form.getByLabel('User name').fill(credentials.username);
  await form.getByLabel('Password').fill(credentials.password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

/** Opens /admin and signs in; resolves once the registration state is shown. */
export async function openSignedIn(page: Page, admin: AdminDesk): Promise<void> {
  await page.goto(`${admin.url}/admin`);
  await signInOnPage(page);
  await registrationState(page).waitFor();
}

/** A fresh page (a context of its own) signed in on /admin; the test closes it with `page.context().close()`. */
export async function signedInPage(
  admin: DeskUnderTest<AdminDesk>,
  options: { colorScheme?: 'light' | 'dark' } = {},
): Promise<Page> {
  const context = await newContext(admin.browser, options);
  const page = await context.newPage();
  await openSignedIn(page, admin.desk);
  return page;
}

/** The state in words, as the registration panel shows it. */
export function registrationState(page: Page) {
  return page.locator('cd-registration-panel [part="state"]');
}

/** On the emulated Webex wizard: signs in as its Control Hub administrator. */
export async function signInToWizard(page: Page): Promise<void> {
  await page.waitForURL((url) => url.pathname.startsWith('/webex/'));
  await page.getByLabel('Username').fill(WEBEX_ADMINISTRATOR.username);
  await page.getByLabel('Password').fill(WEBEX_ADMINISTRATOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** On the wizard's second step: consents and continues; the wizard then sends the browser back to /admin. */
export async function confirmWizard(page: Page, flow: 'registration' | 'deregistration'): Promise<void> {
  if (flow === 'registration') {
    await page.getByLabel('Allow access to your Hybrid Services node').check();
    await page.getByRole('button', { name: 'Continue' }).click();
  } else {
    await page.getByRole('button', { name: 'Remove cluster' }).click();
  }
  await page.waitForURL((url) => url.pathname === '/admin');
}

/**
 * Watches a page for the secret of the workflow: the connectionData each wizard return carried (read from the
 * navigation to /admin), and the body of every /api/ answer the page received.
 */
export function watchConnectionData(page: Page): { returned: string[]; apiBodies(): Promise<string[]> } {
  const returned: string[] = [];
  const bodies: Promise<string>[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    const value = url.pathname === '/admin' ? url.searchParams.get('connectionData') : null;
    if (value !== null && value !== '') returned.push(value);
  });
  page.on('response', (response: Response) => {
    if (new URL(response.url()).pathname.startsWith('/api/')) bodies.push(response.text().catch(() => ''));
  });
  return { returned, apiBodies: () => Promise.all(bodies) };
}

/** All markup of the page, open shadow roots included: what the page shows and holds in its DOM. */
export function deepMarkup(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const visit = (root: {
      querySelectorAll(selector: string): Iterable<{ shadowRoot: { innerHTML: string } | null }>;
    }): void => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot === null) continue;
        parts.push(element.shadowRoot.innerHTML);
        visit(element.shadowRoot as unknown as Parameters<typeof visit>[0]);
      }
    };
    const document = (
      globalThis as unknown as { document: { documentElement: { outerHTML: string } } & Parameters<typeof visit>[0] }
    ).document;
    parts.push(document.documentElement.outerHTML);
    visit(document);
    return parts.join('\n');
  });
}
