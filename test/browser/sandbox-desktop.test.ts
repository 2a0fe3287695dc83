import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newContext, screenshotPath, seriousAxeViolations, useDesktop } from '../kit/browser.js';
import { gadgetFrame, tabValue } from '../kit/desktop-page.js';

describe('the simulated Finesse desktop (sandbox mode, `/`)', () => {
  const desktop = useDesktop({ env: { SIGN_IN_LIMIT_PER_CLIENT: '200' } });

  async function open(path: string): Promise<Page> {
    const context = await newContext(desktop.browser);
    const page = await context.newPage();
    await page.goto(`${desktop.desk.url}${path}`);
    return page;
  }

  it('at / without parameters it offers the demo users and a Finesse sign-in with username, password and extension', async () => {
    const page = await open('/');
    await page.getByRole('button', { name: 'Sign in as Alex Rivera' }).waitFor();
    expect(await page.getByRole('button', { name: /^Sign in as / }).allTextContents()).toEqual([
      'Sign in as Alex Rivera',
      'Sign in as Sam Okafor',
      'Sign in as Dana Whitfield',
    ]);
    for (const label of ['Username', 'Password', 'Extension']) expect(await page.getByLabel(label).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('sandbox-desktop-sign-in') });
    await page.context().close();
  });

  it('signing in with typed credentials and extension opens the desktop for that agent', async () => {
    const page = await open('/');
    await page.getByLabel('Username').fill('agent2');
    await page.getByLabel('Password').fill('sandbox');
    await page.getByLabel('Extension').fill('1001002');
    await page.getByRole('button', { name: 'Sign In', exact: true }).click();
    await page.getByRole('banner').getByText('Sam Okafor').waitFor();
    expect(await page.getByRole('banner').getByText('Extension 1001002').count()).toBe(1);
    await page.context().close();
  });

  it('/?as=agent1 signs in at once: the header shows Alex Rivera, Not Ready, and the Home tab', async () => {
    const page = await open('/?as=agent1');
    const banner = page.getByRole('banner');
    await banner.getByText('Alex Rivera').waitFor();
    expect(await banner.getByLabel('Agent state').locator('option:checked').textContent()).toMatch(/^Not Ready/);
    expect(await page.getByRole('tab', { name: 'Home' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('tabpanel', { name: 'Home' }).getByText('Welcome, Alex Rivera.').count()).toBe(1);
    expect(await page.getByRole('complementary', { name: 'Sandbox' }).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('sandbox-desktop-home') });
    await page.context().close();
  });

  it('the arrow key from Home selects the Context Desk tab: the gadget iframe shows the tab signed in through finesse.js, no sign-in form', async () => {
    const page = await open('/?as=agent1');
    await page.getByRole('banner').getByText('Alex Rivera').waitFor();
    await page.getByRole('tab', { name: 'Home' }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('tab', { name: 'Context Desk' }).getAttribute('aria-selected')).toBe('true');

    const frame = await gadgetFrame(page);
    expect(await page.locator('iframe[title="Context Desk"]').isVisible()).toBe(true);
    expect(await tabValue(frame, 'cd-agent-state', ['agent', 'id'])).toBe('1001001');
    expect(await frame.locator('cd-sign-in').count()).toBe(0);
    expect(await frame.locator('input[type="password"]').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('sandbox-desktop-context-desk') });
    await page.context().close();
  });

  it('the desktop’s state control sets Ready through finesse.js, and the gadget’s agent state shows READY', async () => {
    const page = await open('/?as=super1');
    await page.getByRole('banner').getByText('Dana Whitfield').waitFor();
    await page.getByRole('tab', { name: 'Context Desk' }).click();
    const frame = await gadgetFrame(page);
    await tabValue(frame, 'cd-agent-state', ['agent', 'state'], 'NOT_READY');

    await page.getByLabel('Agent state').selectOption('READY');

    expect(await tabValue(frame, 'cd-agent-state', ['agent', 'state'], 'READY')).toBe('READY');
    expect(await page.getByLabel('Agent state').locator('option:checked').textContent()).toBe('Ready');
    await page.context().close();
  });

  it('ringing from the sandbox panel pops Maria Garcia’s call in the gadget, and the caller hanging up ends it', async () => {
    const page = await open('/?as=agent1');
    await page.getByRole('banner').getByText('Alex Rivera').waitFor();
    await page.getByRole('tab', { name: 'Context Desk' }).click();
    const frame = await gadgetFrame(page);
    await tabValue(frame, 'cd-agent-state', ['agent', 'id']);

    const sandbox = page.getByRole('complementary', { name: 'Sandbox' });
    await sandbox.getByLabel('Caller').selectOption('+14155550123');
    await sandbox.getByRole('button', { name: 'Ring extension 1001001' }).click();

    expect(await tabValue(frame, 'cd-screen-pop', ['dialog', 'from'])).toBe('+14155550123');
    await frame.getByText('Maria', { exact: false }).first().waitFor();
    await page.screenshot({ path: screenshotPath('sandbox-desktop-ringing') });

    await sandbox.getByRole('button', { name: 'Caller hangs up' }).click();
    await sandbox.getByText('No calls.').waitFor();
    expect(await sandbox.getByRole('status').textContent()).toContain('+14155550123 hung up.');
    await page.context().close();
  });

  it('reloading /?as=agent1 resumes the desktop’s and finesse.js’s BFF sessions: only the tab signs in again', async () => {
    const page = await open('/?as=agent1');
    await page.getByRole('tab', { name: 'Context Desk' }).click();
    await tabValue(await gadgetFrame(page), 'cd-agent-state', ['agent', 'id']);
    const signIns: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/session')
        signIns.push(request.frame().url());
    });

    await page.reload();
    await page.getByRole('tab', { name: 'Context Desk' }).click();
    expect(await tabValue(await gadgetFrame(page), 'cd-agent-state', ['agent', 'id'])).toBe('1001001');
    expect(signIns).toHaveLength(1);
    expect(signIns[0]).toContain('/gadgets/ifr');
    await page.context().close();
  });

  it('Sign Out logs the agent out of Finesse, ends the desktop’s session and returns to the sign-in page', async () => {
    const page = await open('/?as=agent2');
    await page.getByRole('banner').getByText('Sam Okafor').waitFor();

    await page.getByRole('button', { name: 'Sign Out' }).click();

    await page.getByRole('button', { name: 'Sign in as Sam Okafor' }).waitFor();
    const agents = (await desktop.desk.bff.sandbox().get('/sandbox/agents')).body as {
      loginName: string;
      state: string;
    }[];
    expect(agents.find((agent) => agent.loginName === 'agent2')?.state).toBe('LOGOUT');
    // The desktop's token goes at once; the gadget frame's finesse.js drops its own as the frame unloads.
    await expect
      .poll(
        () =>
          page.evaluate(() => (globalThis as unknown as { sessionStorage: { length: number } }).sessionStorage.length),
        { timeout: 5_000 },
      )
      .toBe(0);
    await page.context().close();
  });

  it('the sandbox panel takes Context Service down with a 503 fault and brings it back', async () => {
    const page = await open('/?as=agent2');
    const sandbox = page.getByRole('complementary', { name: 'Sandbox' });
    await sandbox.getByRole('button', { name: 'Start an outage' }).click();
    await sandbox.getByText('Context Service: outage (every call answers 503)').waitFor();
    const faults = await desktop.desk.bff.contextSandbox().get('/sandbox/faults');
    expect(faults.body).toMatchObject([{ mode: 'status', status: 503 }]);

    await sandbox.getByRole('button', { name: 'End the outage' }).click();
    await sandbox.getByText('Context Service: available').waitFor();
    expect((await desktop.desk.bff.contextSandbox().get('/sandbox/faults')).body).toEqual([]);
    await page.context().close();
  });
});
