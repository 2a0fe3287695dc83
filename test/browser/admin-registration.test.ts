import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newContext, screenshotPath, seriousAxeViolations } from '../kit/browser.js';
import {
  confirmWizard,
  deepMarkup,
  openSignedIn,
  registrationState,
  signInToWizard,
  signedInPage,
  useAdminDesk,
  watchConnectionData,
} from '../kit/admin-desk.js';

/** The audit trail's rows as text, newest first. */
async function auditRows(page: Page): Promise<string[]> {
  return page.locator('cd-audit-trail tbody tr').allInnerTexts();
}

describe('the /admin page: registration and deregistration through the Webex wizard', () => {
  const admin = useAdminDesk();

  it('Register, the wizard and back saves the registration, shows Registered with the management link, and Deregister undoes it; connectionData is shown, answered and logged nowhere', async () => {
    const context = await newContext(admin.browser);
    const page = await context.newPage();
    const watch = watchConnectionData(page);
    await openSignedIn(page, admin.desk);
    await expect(registrationState(page).textContent()).resolves.toBe('Not registered');
    await expect(
      page
        .getByText('You will sign in to Cisco Webex to authorise this contact center; you come back here afterwards.')
        .isVisible(),
    ).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath('admin-not-registered'), fullPage: true });

    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await signInToWizard(page);
    await confirmWizard(page, 'registration');
    await page.getByText('Context Service registration saved').waitFor();
    await page.locator('cd-registration-panel .state.registered').waitFor();
    await expect(registrationState(page).textContent()).resolves.toBe('Registered');
    expect(new URL(page.url()).search).toBe('');
    await expect(
      page.getByRole('link', { name: 'Manage Context Service in Cisco Webex Control Hub' }).getAttribute('href'),
    ).resolves.toBe(`${admin.desk.cce.url}/webex/management`);
    await page.screenshot({ path: screenshotPath('admin-registered'), fullPage: true });

    await page.getByRole('button', { name: 'Deregister', exact: true }).click();
    await signInToWizard(page);
    await confirmWizard(page, 'deregistration');
    await page.getByText('Context Service deregistration saved').waitFor();
    await page.locator('cd-registration-panel .state.notRegistered').waitFor();
    expect(new URL(page.url()).search).toBe('');

    expect(watch.returned).toHaveLength(1);
    const [connectionData] = watch.returned;
    expect(connectionData!.length).toBeGreaterThan(100);
    expect(await deepMarkup(page)).not.toContain(connectionData);
    const bodies = await watch.apiBodies();
    expect(bodies.length).toBeGreaterThan(5);
    for (const body of bodies) expect(body).not.toContain(connectionData);
    expect(admin.desk.logs()).not.toContain(connectionData);
    expect(
      await page.evaluate(() =>
        JSON.stringify({ ...(globalThis as unknown as { sessionStorage: object }).sessionStorage }),
      ),
    ).not.toContain(connectionData);
    await context.close();
  }, 60_000);

  it('after a registration and a deregistration the audit trail lists both, newest first, with who, the states and the result', async () => {
    const page = await signedInPage(admin);
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await signInToWizard(page);
    await confirmWizard(page, 'registration');
    await page.getByText('Context Service registration saved').waitFor();
    await page.getByRole('button', { name: 'Deregister', exact: true }).click();
    await signInToWizard(page);
    await confirmWizard(page, 'deregistration');
    await page.getByText('Context Service deregistration saved').waitFor();

    await page.locator('cd-audit-trail tbody tr').nth(1).waitFor();
    const [newest, before] = await auditRows(page);
    expect(newest).toMatch(/administrator\s+Deregister\s+Registered → Not registered\s+Saved/);
    expect(before).toMatch(/administrator\s+Register\s+Not registered → Registered\s+Saved/);
    await page.screenshot({ path: screenshotPath('admin-audit-trail'), fullPage: true });
    await page.context().close();
  }, 60_000);

  it('the registered and not-registered views and a saved outcome have no serious axe violations in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await admin.desk.control('reset');
      const page = await signedInPage(admin, { colorScheme });
      await page.locator('cd-audit-trail section').waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Register', exact: true }).click();
      await signInToWizard(page);
      await confirmWizard(page, 'registration');
      await page.getByText('Context Service registration saved').waitFor();
      await page.locator('cd-registration-panel .state.registered').waitFor();
      await page.locator('cd-audit-trail tbody tr').first().waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath(`admin-saved-${colorScheme}`), fullPage: true });
      await page.context().close();
    }
  }, 90_000);
});
