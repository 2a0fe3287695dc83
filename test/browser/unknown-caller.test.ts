import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import {
  SHARED_HOME_PHONE,
  SHARED_HOME_PHONE_CUSTOMERS,
  UNKNOWN_NUMBER,
} from '../../bff/sandbox/context-service/demo/demo-facts.js';
import { newContext, screenshotPath, useDesktop } from '../kit/browser.js';
import { STEP, ringFromPanel, sandboxPanel, signInToDesktop, tabValue } from '../kit/desktop-page.js';

/** The customer the agent creates for the unknown caller. */
const NEW_CUSTOMER = { firstName: 'Priya', lastName: 'Raman' };
const NEW_NAME = `${NEW_CUSTOMER.firstName} ${NEW_CUSTOMER.lastName}`;
const [DAVID, MEI] = SHARED_HOME_PHONE_CUSTOMERS;

describe('callers the directory does not know at once, in the simulated Finesse desktop', () => {
  const desktop = useDesktop({ env: { SIGN_IN_LIMIT_PER_CLIENT: '200' } });

  async function shot(page: Page, step: string): Promise<void> {
    await page.screenshot({ path: screenshotPath(`unknown-caller-${step}`), fullPage: true });
  }

  function signIn(page: Page, username: string, extension: string, name: string): Promise<Frame> {
    return signInToDesktop(page, desktop.desk, { username, extension, name });
  }

  /** The caller of the (only) ringing or connected call hangs up, through the sandbox panel. */
  async function hangUp(page: Page, from: string): Promise<void> {
    const sandbox = sandboxPanel(page);
    await sandbox
      .getByRole('listitem')
      .filter({ hasNotText: 'DROPPED' })
      .getByRole('button', { name: 'Caller hangs up' })
      .click();
    await sandbox.getByRole('status').getByText(`${from} hung up.`).waitFor(STEP);
  }

  it('an unknown caller gets the create form prefilled with their number; once created, their next call pops the new customer directly', async () => {
    const context = await newContext(desktop.browser);
    const page = await context.newPage();
    const frame = await signIn(page, 'agent1', '1001001', 'Alex Rivera');
    const pop = frame.locator('cd-screen-pop');

    // The unknown number rings: no customer matched, and the create form holds the caller's number.
    const firstCall = await ringFromPanel(page, UNKNOWN_NUMBER, '1001001');
    expect(await tabValue(frame, 'cd-screen-pop', ['dialog', 'id'], firstCall)).toBe(firstCall);
    await pop.getByText('No customer matched', { exact: true }).waitFor(STEP);
    const form = frame.locator('cd-new-customer');
    expect(await form.getByLabel('Mobile phone').inputValue()).toBe(UNKNOWN_NUMBER);
    expect(await form.getByLabel('First name').inputValue()).toBe('');
    await shot(page, '01-no-match');

    // The agent answers, asks for the name and creates the customer: the card shows them.
    await frame.locator('cd-call-bar').getByRole('button', { name: 'Answer' }).click();
    await tabValue(frame, 'cd-agent-state', ['agent', 'state'], 'TALKING');
    await form.getByLabel('First name').fill(NEW_CUSTOMER.firstName);
    await form.getByLabel('Last name').fill(NEW_CUSTOMER.lastName);
    await form.getByRole('button', { name: 'Create customer' }).click();
    const card = frame.locator('cd-customer-card');
    await card.getByRole('heading', { name: NEW_NAME }).waitFor(STEP);
    expect(await card.getByText(UNKNOWN_NUMBER).count()).toBeGreaterThan(0);
    expect(await frame.locator('cd-new-customer').count()).toBe(0);
    await shot(page, '02-created');

    // The caller hangs up; they call again: the pop goes straight to the customer just created.
    // Finesse keeps the dropped call while the agent wraps it up (WORK).
    await hangUp(page, UNKNOWN_NUMBER);
    await tabValue(frame, 'cd-agent-state', ['agent', 'state'], 'WORK');
    const secondCall = await ringFromPanel(page, UNKNOWN_NUMBER, '1001001');
    expect(secondCall).not.toBe(firstCall);
    expect(await tabValue(frame, 'cd-screen-pop', ['dialog', 'id'], secondCall)).toBe(secondCall);
    await card.getByRole('heading', { name: NEW_NAME }).waitFor(STEP);
    expect(await frame.locator('cd-new-customer').count()).toBe(0);
    expect(await pop.getByText('No customer matched').count()).toBe(0);
    await shot(page, '03-second-call');

    await hangUp(page, UNKNOWN_NUMBER);
    await context.close();
  }, 120_000);

  it('a call from a home phone two customers share lists both; choosing Mei shows her card and journey, and Back to the list returns to the choice', async () => {
    const context = await newContext(desktop.browser);
    const page = await context.newPage();
    const frame = await signIn(page, 'agent2', '1001002', 'Sam Okafor');
    const pop = frame.locator('cd-screen-pop');

    const call = await ringFromPanel(page, SHARED_HOME_PHONE, '1001002');
    await tabValue(frame, 'cd-screen-pop', ['dialog', 'id'], call);
    await pop.getByRole('heading', { name: '2 customers share this number' }).waitFor(STEP);
    expect(await pop.getByText('Choose the customer who is calling.').count()).toBe(1);
    const david = pop.getByRole('button', { name: `${DAVID.firstName} ${DAVID.lastName}`, exact: true });
    const mei = pop.getByRole('button', { name: `${MEI.firstName} ${MEI.lastName}`, exact: true });
    expect([await david.count(), await mei.count()]).toEqual([1, 1]);
    expect(await frame.locator('cd-customer-card').count()).toBe(0);
    await shot(page, '04-candidates');

    // Choosing Mei: her card, and her journey with its activities.
    await mei.click();
    await frame
      .locator('cd-customer-card')
      .getByRole('heading', { name: `${MEI.firstName} ${MEI.lastName}` })
      .waitFor(STEP);
    const journey = frame.locator('cd-journey');
    await journey.getByRole('heading', { name: 'Journey' }).waitFor(STEP);
    await journey.locator('li').first().waitFor(STEP);
    expect(await journey.locator('li').count()).toBeGreaterThan(0);
    // Each activity reads once: a one-line note is its own summary.
    const activities = journey.locator('li.activity');
    for (let index = 0; index < (await activities.count()); index += 1) {
      const paragraphs = await activities.nth(index).locator('p').allTextContents();
      expect(new Set(paragraphs).size, paragraphs.join(' | ')).toBe(paragraphs.length);
    }
    expect(await frame.locator('cd-customer-card').getByText(DAVID.firstName).count()).toBe(0);
    await shot(page, '05-chose-mei');

    // Back to the list: both candidates again, no card.
    await pop.getByRole('button', { name: 'Back to the list' }).click();
    await pop.getByRole('heading', { name: '2 customers share this number' }).waitFor(STEP);
    expect([await david.count(), await mei.count()]).toEqual([1, 1]);
    expect(await frame.locator('cd-customer-card').count()).toBe(0);
    await shot(page, '06-back-to-list');

    await hangUp(page, SHARED_HOME_PHONE);
    await sandboxPanel(page).getByText('No calls.').waitFor(STEP);
    await context.close();
  }, 120_000);
});
