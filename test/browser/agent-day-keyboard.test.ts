import { describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Frame, Page } from 'playwright-core';
import { MARIA_GARCIA } from '../../bff/sandbox/context-service/demo/demo-facts.js';
import { newContext, screenshotPath, seriousAxeViolations, useDesktop } from '../kit/browser.js';
import { STEP, colleagueAnswers, colleagueReady, gadgetFrame, tabValue } from '../kit/desktop-page.js';
import { untilPasses } from '../kit/eventually.js';
import { arrowTo, focused, tabBackTo, tabTo } from '../kit/keyboard.js';

const MARIA = `${MARIA_GARCIA.firstName} ${MARIA_GARCIA.lastName}`;

/** A string to equal, or a pattern to match (vitest types its asymmetric matchers as any). */
const text = (wanted: string | RegExp): unknown =>
  typeof wanted === 'string' ? wanted : (expect.stringMatching(wanted) as unknown);

/**
 * The agent's day of agent-day.test.ts, step for step, with the keyboard alone: Tab, Shift+Tab, arrows, Enter, Space,
 * Escape and typing. The caller ringing and the colleague answering are the world around the agent, so they go
 * through the sandbox's control API and the BFF's API, never through the agent's focus. At each state axe checks the
 * tab's frame and the desktop around it, once in light and once in dark.
 */
describe.each(['light', 'dark'] as const)(
  "an agent's day in the simulated Finesse desktop with the keyboard only, %s scheme",
  (colorScheme) => {
    // A desktop of its own per scheme: the first day leaves agent2 talking to Maria.
    const desktop = useDesktop({ env: { SIGN_IN_LIMIT_PER_CLIENT: '200' } });

    /** Maria calls agent1, through the sandbox's control API (the panel's Ring button would take the agent's focus). */
    async function mariaCalls(): Promise<void> {
      const rung = await request(desktop.desk.bff.app)
        .post('/sandbox/finesse/calls')
        .send({ from: MARIA_GARCIA.mobilePhone, to: '1001001' });
      expect(rung.status).toBe(201);
    }

    /** No serious or critical axe violation in the tab's frame nor in the desktop around it. */
    async function expectAccessible(page: Page, frame: Frame, state: string): Promise<void> {
      expect({ state, tab: await seriousAxeViolations(frame), desktop: await seriousAxeViolations(page) }).toEqual({
        state,
        tab: [],
        desktop: [],
      });
    }

    async function shot(page: Page, step: string): Promise<void> {
      await page.screenshot({ path: screenshotPath(`keyboard-${colorScheme}-${step}`), fullPage: true });
    }

    /**
     * Asserts where focus is and that it can be seen. Read again for a while: after an action the component moves
     * focus once it has rendered what the action changed.
     */
    async function expectFocusOn(
      page: Page,
      frame: Frame | undefined,
      name: string | RegExp,
      role: string | RegExp,
    ): Promise<void> {
      await untilPasses(async () => {
        const focus = await focused(page, frame);
        expect({ name: focus?.name, role: focus?.role, inFrame: focus?.inFrame, visible: focus?.focusVisible }).toEqual(
          { name: text(name), role: text(role), inFrame: true, visible: true },
        );
      });
    }

    /** Tab to a button and press it (Enter, or Space). */
    async function press(page: Page, frame: Frame, name: string, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
      await tabTo(page, frame, name, { role: 'button' });
      await page.keyboard.press(key);
    }

    const agentState = (frame: Frame, state: string) => tabValue(frame, 'cd-agent-state', ['agent', 'state'], state);

    it('sign in with extension, Ready, a call pops Maria, answer, note delivered, consult and transfer, drop, wrap-up reason, Not Ready with a reason, log out: every step by keyboard, no serious axe violation at any state', async () => {
      const context = await newContext(desktop.browser, { colorScheme });
      const page = await context.newPage();
      await page.goto(`${desktop.desk.url}/`);

      // Sign in to the desktop with the extension: type in each field, Enter submits.
      await tabTo(page, undefined, 'Username', { role: 'textbox' });
      await expectFocusOn(page, undefined, 'Username', 'textbox');
      await page.keyboard.type('agent1');
      await tabTo(page, undefined, 'Password', { role: 'textbox' });
      await page.keyboard.type('sandbox');
      await tabTo(page, undefined, 'Extension', { role: 'textbox' });
      await page.keyboard.type('1001001');
      await page.keyboard.press('Enter');
      await page.getByRole('banner').getByText('Alex Rivera').waitFor(STEP);

      // The Context Desk tab: Tab to the tab list, the arrow key selects the next tab.
      await tabTo(page, undefined, 'Home', { role: 'tab' });
      await arrowTo(page, undefined, 'Context Desk', { key: 'ArrowDown', role: 'tab' });
      await expectFocusOn(page, undefined, 'Context Desk', 'tab');
      expect(await page.getByRole('tab', { name: 'Context Desk' }).getAttribute('aria-selected')).toBe('true');
      const frame = await gadgetFrame(page);
      await agentState(frame, 'NOT_READY');
      await expectAccessible(page, frame, 'signed in, not ready');

      // Ready: focus stays on the button, which now says it is unavailable.
      await press(page, frame, 'Ready');
      await agentState(frame, 'READY');
      await expectFocusOn(page, frame, 'Ready', 'button');
      await expectAccessible(page, frame, 'ready, no recent customers');

      // A call rings: Maria pops with her journey and open requests.
      await mariaCalls();
      await frame.locator('cd-customer-card').getByText(MARIA).first().waitFor(STEP);
      await frame.locator('cd-screen-pop').getByRole('heading', { name: 'Open requests' }).waitFor(STEP);
      await frame.locator('cd-journey').getByRole('heading', { name: 'Journey' }).waitFor(STEP);
      expect(await frame.locator('cd-journey').locator('li').count()).toBeGreaterThan(0);
      await expectAccessible(page, frame, 'ringing with the screen pop');

      // Answer: the call bar's toolbar is one Tab stop, on Answer; focus stays in the bar once the call is up.
      await press(page, frame, 'Answer');
      await agentState(frame, 'TALKING');
      await expectFocusOn(page, frame, 'Answer', 'button');

      // A note, delivered.
      await tabTo(page, frame, 'New note', { role: 'textbox' });
      await expectFocusOn(page, frame, 'New note', 'textbox');
      await page.keyboard.type('Asked about the replacement card; sent the form by email.');
      await press(page, frame, 'Add note', 'Space');
      await frame.locator('cd-note-composer').getByText('Delivered', { exact: true }).first().waitFor(STEP);
      await expectAccessible(page, frame, 'talking, with the note composer');

      // Consult agent2: back to the toolbar, the arrow keys to Consult, the number, Enter.
      const colleague = await colleagueReady(desktop.desk);
      await tabBackTo(page, frame, 'Answer', { role: 'button' });
      await arrowTo(page, frame, 'Consult', { role: 'button' });
      await page.keyboard.press('Enter');
      await expectFocusOn(page, frame, 'Number to consult', 'textbox');
      await page.keyboard.type('1001002');
      await page.keyboard.press('Enter');
      await colleagueAnswers(desktop.desk, colleague);
      const transfer = frame
        .locator('cd-call-bar')
        .locator('button:not([aria-disabled="true"])', { hasText: /^Transfer$/ });
      await transfer.first().waitFor(STEP);
      // The number panel closed and gave focus back to the button that opened it.
      await expectFocusOn(page, frame, 'Consult', 'button');
      await expectAccessible(page, frame, 'consulting');
      await shot(page, '01-consulting');
      await arrowTo(page, frame, 'Transfer', { role: 'button' });
      await page.keyboard.press('Enter');
      await frame.locator('cd-customer-search').waitFor(STEP);
      expect(
        await frame.locator('cd-call-bar').evaluate((bar) => (bar as unknown as { dialogs: unknown[] }).dialogs.length),
      ).toBe(0);
      // The call took the focused Transfer button with it: focus waits on the agent's state, their next decision.
      await expectFocusOn(page, frame, 'Ready', 'button');

      // Back to Ready; the recent customers list Maria.
      const afterTransfer = await frame
        .locator('cd-agent-state')
        .evaluate((element) => (element as unknown as { agent: { state: string } }).agent.state);
      if (afterTransfer !== 'READY') await press(page, frame, 'Ready');
      await agentState(frame, 'READY');
      await frame.locator('cd-customer-search').getByRole('button', { name: MARIA }).waitFor(STEP);
      await expectAccessible(page, frame, 'ready, with recent customers');

      // Another call from Maria, answered, then ended: wrap-up with a reason picked in the closed select, with an arrow
      // key and by typing the first letters of a reason.
      await mariaCalls();
      await frame.locator('cd-customer-card').getByText(MARIA).first().waitFor(STEP);
      await press(page, frame, 'Answer');
      await agentState(frame, 'TALKING');
      await arrowTo(page, frame, 'End call', { role: 'button' });
      await page.keyboard.press('Enter');
      await frame.getByLabel('Wrap-up reason').waitFor(STEP);
      // The ended call's controls are gone: focus is on its wrap-up (the panel, or the reason once they have loaded).
      await expectFocusOn(page, frame, /^Wrap-up (of the call with \+14155550123|reason)$/, /^(combobox|)$/);
      await tabTo(page, frame, 'Wrap-up reason', { role: 'combobox' });
      await page.keyboard.press('ArrowDown');
      expect((await focused(page, frame))?.value).toBe('Order placed');
      await page.keyboard.type('Que');
      expect((await focused(page, frame))?.value).toBe('Question answered');
      await press(page, frame, 'Save reason');
      await frame.locator('cd-call-bar').getByText('Reason saved: Question answered').waitFor(STEP);
      expect(await frame.locator('cd-customer-card').getByText(MARIA).count()).toBeGreaterThan(0);
      await expectAccessible(page, frame, 'wrap-up');
      await shot(page, '02-wrap-up');

      // Not Ready with a reason: the button opens the panel, Escape closes it and gives focus back to the button, Space
      // opens it again; the arrow keys pick the reason and Enter confirms.
      await press(page, frame, 'Not Ready');
      await tabTo(page, frame, 'Not Ready reason', { role: 'combobox' });
      await page.keyboard.press('Escape');
      await frame.getByLabel('Not Ready reason').waitFor({ state: 'detached', ...STEP });
      await expectFocusOn(page, frame, 'Not Ready', 'button');
      await page.keyboard.press('Space');
      await tabTo(page, frame, 'Not Ready reason', { role: 'combobox' });
      await expectFocusOn(page, frame, 'Not Ready reason', 'combobox');
      // Break, Lunch, Meeting…: the second.
      await page.keyboard.press('ArrowDown');
      expect((await focused(page, frame))?.value).toBe('2');
      await press(page, frame, 'Set Not Ready');
      expect(await tabValue(frame, 'cd-agent-state', ['agent', 'reasonCode', 'label'], 'Lunch')).toBe('Lunch');
      await frame.locator('cd-agent-state').getByText('Not Ready — Lunch').waitFor(STEP);
      await expectFocusOn(page, frame, 'Not Ready', 'button');
      await expectAccessible(page, frame, 'not ready, lunch');

      // Log out with a reason: the tab offers to log in to the phone again, and focus waits there.
      await press(page, frame, 'Log out');
      await tabTo(page, frame, 'Logout reason', { role: 'combobox' });
      await page.keyboard.type('Pers');
      expect((await focused(page, frame))?.value).toBe('22');
      await page.keyboard.press('Home');
      expect((await focused(page, frame))?.value).toBe('21');
      await press(page, frame, 'Log out now');
      await agentState(frame, 'LOGOUT');
      await frame.getByRole('button', { name: 'Log in', exact: true }).waitFor(STEP);
      await expectFocusOn(page, frame, 'Extension', 'textbox');
      await expectAccessible(page, frame, 'logged out');
      await shot(page, '03-logged-out');
      await context.close();
    }, 180_000);
  },
);
