import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, startDesktopBff } from '../kit/browser.js';
import type { DesktopBff } from '../kit/browser.js';

describe('the tab on a page of its own', () => {
  let browser: Browser;
  let desk: DesktopBff;
  beforeAll(async () => {
    browser = await launchBrowser();
    desk = await startDesktopBff();
  }, 30_000);
  afterAll(async () => {
    await browser.close();
    await desk.close();
  });

  it('signing in with the demo agent shows the agent state control instead of the sign-in form', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${desk.url}/tab`);
    await page.getByLabel('Username').fill('agent1');
    await page.getByLabel('Password').fill('sandbox');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('cd-agent-state').waitFor({ state: 'attached' });
    expect(await page.getByRole('button', { name: 'Sign in' }).count()).toBe(0);
    await context.close();
  });
});
