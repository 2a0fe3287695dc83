import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousAxeViolations, useBrowser } from '../kit/browser.js';
import { useForDescribe } from '../kit/describe-resource.js';
import { listen } from '../kit/listening-server.js';
import { RegistrationClient, readXml, startCceAdmin } from '../sandbox/ccadmin/ccadmin-kit.js';

describe('the emulated Webex registration wizard in a browser', () => {
  const browser = useBrowser();
  const emulator = useForDescribe('the CCE Administration emulator', () => startCceAdmin());
  // Stands in for the admin page that receives the browser back.
  const callback = useForDescribe('the callback page', () =>
    listen((_request, response) =>
      response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!DOCTYPE html><title>back</title><h1>Back</h1>'),
    ),
  );

  async function registrationUrl(client: RegistrationClient): Promise<string> {
    return String(
      readXml((await client.get(`${callback().url}/admin?tab=cs`)).text, 'contextServiceRegistration').registrationUrl,
    );
  }

  it('with JavaScript off, signing in and allowing access returns to the callback with connectionData that registers', async () => {
    const client = new RegistrationClient(emulator());
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(await registrationUrl(client));
    await page.getByLabel('Username').fill('administrator');
    await page.getByLabel('Password').fill('sandbox');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Allow access to your Hybrid Services node').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL((url) => url.origin === callback().url);
    const back = new URL(page.url());
    expect(back.searchParams.get('tab')).toBe('cs');
    const connectionData = back.searchParams.get('connectionData') ?? '';
    await client.put(connectionData).expect(200);
    expect(readXml((await client.get()).text, 'contextServiceRegistration').state).toBe('registered');
    await client.put('').expect(200);
    await context.close();
  });

  async function expectNoSeriousViolations(page: Page, step: string): Promise<void> {
    expect(await seriousAxeViolations(page), step).toEqual([]);
  }

  it('every step, its error states included, has no serious axe violations in light and dark', async () => {
    const client = new RegistrationClient(emulator());
    for (const colorScheme of ['light', 'dark'] as const) {
      // The pages forbid scripts by CSP; axe is injected, so this context bypasses it.
      const context = await browser().newContext({ colorScheme, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(await registrationUrl(client));
      await expectNoSeriousViolations(page, `${colorScheme} sign-in`);
      await page.getByLabel('Username').fill('administrator');
      await page.getByLabel('Password').fill('wrong');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('alert').textContent()).resolves.toContain('not correct');
      await expectNoSeriousViolations(page, `${colorScheme} failed sign-in`);
      await page.getByLabel('Password').fill('sandbox');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Allow access to your Hybrid Services node' }).waitFor();
      await expectNoSeriousViolations(page, `${colorScheme} confirm`);
      await page.goto(`${emulator().url}/webex/registration`);
      await expectNoSeriousViolations(page, `${colorScheme} problem page`);
      await context.close();
    }
  });
});
