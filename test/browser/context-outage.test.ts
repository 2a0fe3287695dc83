import { describe, expect, it } from 'vitest';
import type { Frame, Locator, Page } from 'playwright-core';
import { MARIA_GARCIA } from '../../bff/sandbox/context-service/demo/demo-facts.js';
import { newContext, screenshotPath, useDesktop } from '../kit/browser.js';
import { STEP, ringFromPanel, sandboxPanel, signInToDesktop, tabValue } from '../kit/desktop-page.js';
import { untilPasses } from '../kit/eventually.js';

const MARIA = `${MARIA_GARCIA.firstName} ${MARIA_GARCIA.lastName}`;
/** Cisco's Customer Context gadget's words for an unavailable Context Service, which the tab shows as they are. */
const UNAVAILABLE = "Experiencing issues with accessing customer's context information";
/** The pop retries by itself with backoff up to 30 s between tries: recovery may take that long, plus a try. */
const RECOVERY = { timeout: 60_000 };

describe('a Context Service outage in the simulated Finesse desktop', () => {
  // The note outbox's longest pause between two tries, at its 1 s minimum: the healed delivery comes quickly.
  const desktop = useDesktop({ env: { SIGN_IN_LIMIT_PER_CLIENT: '200', NOTE_RETRY_MAX_DELAY: '1s' } });

  async function shot(page: Page, step: string): Promise<void> {
    await page.screenshot({ path: screenshotPath(`outage-${step}`), fullPage: true });
  }

  function signIn(page: Page, username: string, extension: string, name: string): Promise<Frame> {
    return signInToDesktop(page, desktop.desk, { username, extension, name });
  }

  async function ringFromMaria(page: Page, extension: string): Promise<void> {
    await ringFromPanel(page, MARIA_GARCIA.mobilePhone, extension);
  }

  /** The sandbox panel's outage control: every Context Service request answers 503 until it is ended. */
  async function startOutage(page: Page): Promise<void> {
    await sandboxPanel(page).getByRole('button', { name: 'Start an outage' }).click();
    await sandboxPanel(page).getByText('Context Service: outage (every call answers 503)').waitFor(STEP);
  }

  async function endOutage(page: Page): Promise<void> {
    await sandboxPanel(page).getByRole('button', { name: 'End the outage' }).click();
    await sandboxPanel(page).getByText('Context Service: available').waitFor(STEP);
  }

  function callButton(frame: Frame, name: string): Locator {
    return frame.locator('cd-call-bar').getByRole('button', { name, exact: true });
  }

  it('a call during an outage shows exactly the Cisco message while Answer, Hold and Retrieve still work; once it ends the tab shows Maria by itself', async () => {
    const context = await newContext(desktop.browser);
    const page = await context.newPage();
    const frame = await signIn(page, 'agent1', '1001001', 'Alex Rivera');
    await frame.locator('cd-agent-state').getByRole('button', { name: 'Ready', exact: true }).click();
    await tabValue(frame, 'cd-agent-state', ['agent', 'state'], 'READY');
    await startOutage(page);
    // From here on the tab is neither reloaded nor told to retry: recovery must be its own.
    let gadgetLoads = 0;
    page.on('framenavigated', (navigated) => {
      if (navigated.url().includes('/gadgets/ifr')) gadgetLoads += 1;
    });

    await ringFromMaria(page, '1001001');
    const pop = frame.locator('cd-screen-pop');
    const alert = pop.getByRole('alert');
    await alert.getByText(UNAVAILABLE, { exact: true }).waitFor(STEP);
    expect(await alert.textContent()).toBe(UNAVAILABLE);
    expect(await frame.locator('cd-customer-card').count()).toBe(0);
    await shot(page, '01-message');

    // The call controls do not depend on Context Service.
    await callButton(frame, 'Answer').click();
    expect(await tabValue(frame, 'cd-agent-state', ['agent', 'state'], 'TALKING')).toBe('TALKING');
    await callButton(frame, 'Hold').and(frame.locator('[aria-disabled="false"]')).click();
    expect(await tabValue(frame, 'cd-agent-state', ['agent', 'state'], 'HOLD')).toBe('HOLD');
    expect(await tabValue(frame, 'cd-call-bar', ['dialogs', '0', 'participants', '0', 'state'], 'HELD')).toBe('HELD');
    await shot(page, '02-on-hold');
    await callButton(frame, 'Retrieve').and(frame.locator('[aria-disabled="false"]')).click();
    expect(await tabValue(frame, 'cd-agent-state', ['agent', 'state'], 'TALKING')).toBe('TALKING');
    expect(await alert.textContent()).toBe(UNAVAILABLE);
    await pop.getByText(/^Retrying in \d+ s\.$/).waitFor(STEP);

    // The outage ends: the pop's own retry brings Maria, with no reload and no click on Try again.
    await endOutage(page);
    await frame.locator('cd-customer-card').getByRole('heading', { name: MARIA }).waitFor(RECOVERY);
    expect(await pop.getByText(UNAVAILABLE).count()).toBe(0);
    expect(gadgetLoads).toBe(0);
    expect(await tabValue(frame, 'cd-agent-state', ['agent', 'state'])).toBe('TALKING');
    await shot(page, '03-recovered');

    await callButton(frame, 'End call').click();
    await tabValue(frame, 'cd-agent-state', ['agent', 'state'], 'WORK_READY');
    await context.close();
  }, 120_000);

  it('a note added while Context Service is down after the pop shows as queued, the card stays, and it is delivered once the outage ends; no token in the log', async () => {
    const context = await newContext(desktop.browser);
    const page = await context.newPage();
    const frame = await signIn(page, 'agent2', '1001002', 'Sam Okafor');
    await ringFromMaria(page, '1001002');
    const card = frame.locator('cd-customer-card');
    await card.getByRole('heading', { name: MARIA }).waitFor(STEP);
    await frame.locator('cd-journey').getByRole('heading', { name: 'Journey' }).waitFor(STEP);
    await callButton(frame, 'Answer').click();
    await tabValue(frame, 'cd-agent-state', ['agent', 'state'], 'TALKING');

    // The fault book matches paths, not methods: the whole of Context Service goes down, after the pop loaded.
    await startOutage(page);
    const composer = frame.locator('cd-note-composer');
    await frame.getByLabel('New note').fill('Called during the outage: wants the refund as store credit.');
    await frame.getByRole('button', { name: 'Add note' }).click();
    await composer.getByText('Queued for Context Service', { exact: true }).waitFor(STEP);
    // The outbox tried and was refused: the note waits in the BFF, not lost.
    await untilPasses(() => expect(desktop.desk.bff.logs.join('')).toContain('note delivery postponed'), 15_000);
    expect(await composer.getByText('Queued for Context Service', { exact: true }).count()).toBe(1);
    expect(await card.getByRole('heading', { name: MARIA }).count()).toBe(1);
    expect(await frame.locator('cd-screen-pop').getByText(UNAVAILABLE).count()).toBe(0);
    await shot(page, '04-note-queued');

    await endOutage(page);
    await composer.getByText('Delivered', { exact: true }).waitFor({ timeout: 30_000 });
    expect(await composer.getByText('Queued for Context Service').count()).toBe(0);
    await shot(page, '05-note-delivered');

    const logs = desktop.desk.bff.logs.join('');
    expect(desktop.desk.bff.contextService.token.length).toBeGreaterThan(0);
    expect(logs).not.toContain(desktop.desk.bff.contextService.token);
    await callButton(frame, 'End call').click();
    await context.close();
  }, 120_000);
});
