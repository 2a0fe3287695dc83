import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startWebexEmulator } from '../../bff/sandbox/webex/webex-emulator.js';
import type { WebexEmulator } from '../../bff/sandbox/webex/webex-emulator.js';
import { DEMO_ORG } from '../../bff/sandbox/webex/demo/demo-facts.js';
import { newContext, screenshotPath, seriousAxeViolations, useBrowserWith } from '../kit/browser.js';
import { deepMarkup, openSignedIn, startAdminDesk } from '../kit/admin-desk.js';
import type { AdminDesk } from '../kit/admin-desk.js';

/** The admin desk with its Webex integration on a Webex emulator. */
interface WebexAdminDesk extends AdminDesk {
  readonly webex: WebexEmulator;
}

async function startWebexAdminDesk(): Promise<WebexAdminDesk> {
  const webex = await startWebexEmulator();
  const admin = await startAdminDesk({
    CREDENTIALS_KEY: randomBytes(32).toString('base64'),
    WEBEX_CLIENT_ID: webex.clientId,
    WEBEX_CLIENT_SECRET: webex.clientSecret,
    WEBEX_AUTHORIZE_URL: `${webex.url}/v1/authorize`,
    WEBEX_TOKEN_URL: `${webex.url}/v1/access_token`,
  });
  return {
    ...admin,
    webex,
    async close() {
      await admin.close();
      await webex.close();
    },
  };
}

const section = (page: Page) => page.locator('cd-webex-orgs');

/** Connect in `region`, accept on Webex's consent page as the first org's administrator, and come back. */
async function connectThroughWebex(page: Page, region: string): Promise<void> {
  await section(page).getByLabel('Region of the org to connect').selectOption(region);
  await section(page).getByRole('button', { name: 'Connect with Webex' }).click();
  await page.getByRole('heading', { name: 'Authorize access to Webex Contact Center' }).waitFor();
  await page.getByRole('button', { name: 'Accept' }).click();
  await page.waitForURL((url) => url.pathname === '/admin');
}

describe('the /admin page: Webex Contact Center orgs', () => {
  const admin = useBrowserWith('the admin desk with Webex', startWebexAdminDesk);

  it("Connect with Webex runs the code flow through Webex's consent page and lists the org with its region; no token reaches the page", async () => {
    const context = await newContext(admin.browser);
    const page = await context.newPage();
    await openSignedIn(page, admin.desk);
    await section(page).getByText('No Webex Contact Center org is connected yet.').waitFor();

    await connectThroughWebex(page, 'eu1');

    await section(page).getByText(`Connected org ${DEMO_ORG.id}.`).waitFor();
    expect(new URL(page.url()).search).toBe('');
    await expect(section(page).locator('.org-state').textContent()).resolves.toBe('Connected');
    await expect(section(page).getByText('eu1 ·').isVisible()).resolves.toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('admin-webex-connected-light'), fullPage: true });
    const { accessToken } = await admin.desk.desk.bff.assembly.webexAccess.access();
    expect(await deepMarkup(page)).not.toContain(accessToken);
    expect(admin.desk.logs()).not.toContain(accessToken);
    await context.close();
  }, 60_000);

  it('an org whose refresh token Webex refused shows Needs re-authorization with Reconnect, which connects it again', async () => {
    const { webexAccess } = admin.desk.desk.bff.assembly;
    const held = await webexAccess.access();
    await fetch(`${admin.desk.webex.url}/sandbox/tokens/expire`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ tokens: 'all' }),
    });
    await expect(webexAccess.afterUnauthorized(held)).rejects.toMatchObject({ needsReauthorization: true });
    const context = await newContext(admin.browser, { colorScheme: 'dark' });
    const page = await context.newPage();

    await openSignedIn(page, admin.desk);

    await section(page).getByText('Needs re-authorization').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('admin-webex-needs-reauthorization-dark'), fullPage: true });
    await section(page).getByRole('button', { name: 'Reconnect' }).click();
    await page.getByRole('button', { name: 'Accept' }).click();
    await page.waitForURL((url) => url.pathname === '/admin');
    await section(page).getByText(`Connected org ${DEMO_ORG.id}.`).waitFor();
    await expect(section(page).locator('.org-state').textContent()).resolves.toBe('Connected');
    await page.screenshot({ path: screenshotPath('admin-webex-connected-dark'), fullPage: true });
    await context.close();
  }, 60_000);

  it("declining on Webex's page comes back in Webex's words; Disconnect asks first, then the org is gone", async () => {
    const context = await newContext(admin.browser);
    const page = await context.newPage();
    await openSignedIn(page, admin.desk);
    await section(page).getByRole('button', { name: 'Connect with Webex' }).click();
    await page.getByRole('button', { name: 'Decline' }).click();
    await page.waitForURL((url) => url.pathname === '/admin');
    await section(page).getByText('Webex did not connect the org: The user declined the authorization').waitFor();

    await section(page).getByRole('button', { name: 'Disconnect' }).click();
    await section(page)
      .getByText(`Disconnect ${DEMO_ORG.id}? Its tokens are deleted and Context Desk stops reading its data.`)
      .waitFor();
    await page.screenshot({ path: screenshotPath('admin-webex-disconnect-confirm-light'), fullPage: true });
    await section(page).getByRole('button', { name: 'Yes, disconnect' }).click();

    await section(page).getByText('No Webex Contact Center org is connected yet.').waitFor();
    await context.close();
  }, 60_000);
});
