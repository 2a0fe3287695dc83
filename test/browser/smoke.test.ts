import { describe, expect, it } from 'vitest';
import { newContext, useDesktop } from '../kit/browser.js';

describe('the tab on a page of its own', () => {
  const desktop = useDesktop();

  it('signing in with the demo agent shows the agent state control instead of the sign-in form', async () => {
    const context = await newContext(desktop.browser);
    const page = await context.newPage();
    await page.goto(`${desktop.desk.url}/tab`);
    await page.getByLabel('Username').fill('agent1');
    await page.getByLabel('Password').fill('sandbox');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('cd-agent-state').waitFor({ state: 'attached' });
    expect(await page.getByRole('button', { name: 'Sign in' }).count()).toBe(0);
    await context.close();
  });
});
