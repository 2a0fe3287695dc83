import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { MARIA_GARCIA } from '../../bff/sandbox/context-service/demo/demo-facts.js';
import { newContext, screenshotPath, useDesktop } from '../kit/browser.js';
import {
  STEP,
  colleagueAnswers,
  colleagueReady,
  ringFromPanel,
  signInToDesktop,
  tabValue,
} from '../kit/desktop-page.js';

const MARIA = `${MARIA_GARCIA.firstName} ${MARIA_GARCIA.lastName}`;

describe("an agent's day in the simulated Finesse desktop, with the mouse", () => {
  const desktop = useDesktop({ env: { SIGN_IN_LIMIT_PER_CLIENT: '200' } });

  async function shot(page: Page, step: string): Promise<void> {
    await page.screenshot({ path: screenshotPath(`agent-day-${step}`), fullPage: true });
  }

  function callBar(frame: Frame) {
    return frame.locator('cd-call-bar');
  }

  async function ring(page: Page): Promise<void> {
    await ringFromPanel(page, MARIA_GARCIA.mobilePhone, '1001001');
  }

  it('sign in with extension, Ready, a call pops Maria with journey and requests, answer, note delivered, consult and transfer, drop, wrap-up reason, Not Ready with a reason, log out', async () => {
    const context = await newContext(desktop.browser);
    const page = await context.newPage();

    // Sign in to the desktop with the extension.
    const frame = await signInToDesktop(page, desktop.desk, {
      username: 'agent1',
      extension: '1001001',
      name: 'Alex Rivera',
    });
    expect(await tabValue(frame, 'cd-agent-state', ['agent', 'state'], 'NOT_READY')).toBe('NOT_READY');
    await shot(page, '01-signed-in');

    // Ready.
    await frame.locator('cd-agent-state').getByRole('button', { name: 'Ready', exact: true }).click();
    expect(await tabValue(frame, 'cd-agent-state', ['agent', 'state'], 'READY')).toBe('READY');
    await shot(page, '02-ready');

    // A call rings: Maria pops with her journey and open requests.
    await ring(page);
    await frame.locator('cd-customer-card').getByText(MARIA).first().waitFor(STEP);
    await frame.locator('cd-screen-pop').getByRole('heading', { name: 'Open requests' }).waitFor(STEP);
    await frame.locator('cd-journey').getByRole('heading', { name: 'Journey' }).waitFor(STEP);
    expect(await frame.locator('cd-journey').locator('li').count()).toBeGreaterThan(0);
    expect(await frame.locator('cd-screen-pop').getByText('No open requests.').count()).toBe(0);
    await shot(page, '03-screen-pop');

    // Answer.
    await callBar(frame).getByRole('button', { name: 'Answer' }).click();
    expect(await tabValue(frame, 'cd-agent-state', ['agent', 'state'], 'TALKING')).toBe('TALKING');

    // A note, delivered.
    await frame.getByLabel('New note').fill('Asked about the replacement card; sent the form by email.');
    await frame.getByRole('button', { name: 'Add note' }).click();
    await frame.locator('cd-note-composer').getByText('Delivered', { exact: true }).first().waitFor(STEP);
    await shot(page, '04-note-delivered');

    // Consult agent2, who answers, then transfer to them.
    const colleague = await colleagueReady(desktop.desk);
    await callBar(frame).getByRole('button', { name: 'Consult' }).first().click();
    await frame.getByLabel('Number to consult').fill('1001002');
    await callBar(frame).getByRole('button', { name: 'Call', exact: true }).click();
    await colleagueAnswers(desktop.desk, colleague);
    const transfer = callBar(frame).locator('button:not([aria-disabled="true"])', { hasText: /^Transfer$/ });
    await transfer.first().waitFor(STEP);
    await shot(page, '05-consulting');
    await transfer.first().click();
    // The call went to agent2: no call left, the tab is back to search.
    await frame.locator('cd-customer-search').waitFor(STEP);
    expect(
      await frame.locator('cd-call-bar').evaluate((bar) => (bar as unknown as { dialogs: unknown[] }).dialogs.length),
    ).toBe(0);
    await shot(page, '06-transferred');

    // Back to Ready; another call from Maria, answered, then dropped: wrap-up with a reason.
    const state = await frame
      .locator('cd-agent-state')
      .evaluate((element) => (element as unknown as { agent: { state: string } }).agent.state);
    if (state !== 'READY')
      await frame.locator('cd-agent-state').getByRole('button', { name: 'Ready', exact: true }).click();
    await tabValue(frame, 'cd-agent-state', ['agent', 'state'], 'READY');
    await ring(page);
    await callBar(frame).getByRole('button', { name: 'Answer' }).click();
    await tabValue(frame, 'cd-agent-state', ['agent', 'state'], 'TALKING');
    await callBar(frame).getByRole('button', { name: 'End call' }).click();
    await frame.getByLabel('Wrap-up reason').waitFor(STEP);
    await frame.getByLabel('Wrap-up reason').selectOption({ label: 'Question answered' });
    await callBar(frame).getByRole('button', { name: 'Save reason' }).click();
    await callBar(frame).getByText('Reason saved: Question answered').waitFor(STEP);
    expect(await frame.locator('cd-customer-card').getByText(MARIA).count()).toBeGreaterThan(0);
    await shot(page, '07-wrap-up');

    // Not Ready with a reason.
    await frame.locator('cd-agent-state').getByRole('button', { name: 'Not Ready', exact: true }).click();
    await frame.getByLabel('Not Ready reason').selectOption({ label: 'Lunch' });
    await frame.getByRole('button', { name: 'Set Not Ready' }).click();
    expect(await tabValue(frame, 'cd-agent-state', ['agent', 'reasonCode', 'label'], 'Lunch')).toBe('Lunch');
    await frame.locator('cd-agent-state').getByText('Not Ready — Lunch').waitFor(STEP);
    await shot(page, '08-not-ready-lunch');

    // Log out with a reason: the tab offers to log in to the phone again.
    await frame.locator('cd-agent-state').getByRole('button', { name: 'Log out', exact: true }).click();
    await frame.getByLabel('Logout reason').selectOption({ label: 'End of shift' });
    await frame.getByRole('button', { name: 'Log out now' }).click();
    expect(await tabValue(frame, 'cd-agent-state', ['agent', 'state'], 'LOGOUT')).toBe('LOGOUT');
    await frame.getByRole('button', { name: 'Log in', exact: true }).waitFor(STEP);
    await shot(page, '09-logged-out');
    await context.close();
  }, 120_000);
});
