import { describe, expect, it } from 'vitest';
import type { Frame, Page, Route } from 'playwright-core';
import { MARIA_GARCIA } from '../../bff/sandbox/context-service/demo/demo-facts.js';
import type { Agent } from '../../shared/api/agent.js';
import { newContext, screenshotPath, useDesktop } from '../kit/browser.js';
import { STEP, ringFromPanel, sandboxPanel, signInToDesktop, tabValue } from '../kit/desktop-page.js';

/** What a person reads of the agent's state: the state, the reason and the state that follows the call. */
interface StatePicture {
  readonly state: string;
  readonly reason: string;
  readonly pending: string;
}

function pictureOf(agent: Agent): StatePicture {
  return { state: agent.state, reason: agent.reasonCode?.label ?? '', pending: agent.pendingState ?? '' };
}

async function headerPicture(page: Page): Promise<StatePicture> {
  return pictureOf(
    await page.locator('sd-agent-header').evaluate((header) => (header as unknown as { agent: Agent }).agent),
  );
}

async function tabPicture(frame: Frame): Promise<StatePicture> {
  return pictureOf((await tabValue(frame, 'cd-agent-state', ['agent'])) as Agent);
}

/** The words the header's state control shows (its selected option), as a person reads them. */
async function headerShows(page: Page): Promise<string> {
  return page
    .locator('sd-agent-header select')
    .evaluate(
      (select) =>
        (
          select as unknown as { selectedOptions: ArrayLike<{ textContent: string | null } | undefined> }
        ).selectedOptions[0]?.textContent?.trim() ?? '',
    );
}

/** Waits until the header's agent is in `state` (with `pending` after the call, when given), and the tab's too; answers both. */
async function bothIn(
  page: Page,
  frame: Frame,
  state: string,
  pending = '',
): Promise<{ header: StatePicture; tab: StatePicture }> {
  await page.waitForFunction(
    ([wantedState, wantedPending]) => {
      const desktop = (
        globalThis as unknown as { document: { querySelector(selector: string): unknown } }
      ).document.querySelector('sandbox-desktop');
      const header = (
        desktop as { shadowRoot: { querySelector(selector: string): unknown } | null } | null
      )?.shadowRoot?.querySelector('sd-agent-header');
      const agent = (header as { agent?: Agent } | null | undefined)?.agent;
      return agent?.state === wantedState && (agent.pendingState ?? '') === wantedPending;
    },
    [state, pending] as const,
  );
  await tabValue(frame, 'cd-agent-state', ['agent', 'state'], state);
  if (pending !== '') await tabValue(frame, 'cd-agent-state', ['agent', 'pendingState'], pending);
  return { header: await headerPicture(page), tab: await tabPicture(frame) };
}

/**
 * Holds the answers to the desktop's own state changes (its header's finesse.js User.setState) until released: the
 * BFF has answered, the browser has not received it yet.
 */
async function holdHeaderStateAnswers(page: Page): Promise<{ answered: Promise<void>; release(): void }> {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  let answered = (): void => undefined;
  const answeredByBff = new Promise<void>((resolve) => (answered = resolve));
  await page.route('**/api/agent/state', async (route: Route) => {
    if (route.request().frame() !== page.mainFrame()) return route.continue();
    const response = await route.fetch();
    answered();
    await released;
    await route.fulfill({ response });
  });
  return { answered: answeredByBff, release: () => release() };
}

describe("the desktop header and the Context Desk tab never disagree on the agent's state", () => {
  const desktop = useDesktop({ env: { SIGN_IN_LIMIT_PER_CLIENT: '200' } });

  it('through a call and its wrap-up, Not Ready with a reason chosen in the header during the call, whose answer arrives after the wrap-up began, header and tab agree at every step', async () => {
    const context = await newContext(desktop.browser);
    const page = await context.newPage();
    const frame = await signInToDesktop(page, desktop.desk, {
      username: 'agent1',
      extension: '1001001',
      name: 'Alex Rivera',
    });

    await frame.locator('cd-agent-state').getByRole('button', { name: 'Ready', exact: true }).click();
    let both = await bothIn(page, frame, 'READY');
    expect(both.header).toEqual(both.tab);
    expect(await headerShows(page)).toBe('Ready');

    await ringFromPanel(page, MARIA_GARCIA.mobilePhone, '1001001');
    await frame.locator('cd-call-bar').getByRole('button', { name: 'Answer' }).click();
    both = await bothIn(page, frame, 'TALKING');
    expect(both.header).toEqual(both.tab);
    expect(await headerShows(page)).toBe('Talking');

    // Not Ready - Break during the call: Finesse keeps it as the state after the call. Its answer is held back.
    const held = await holdHeaderStateAnswers(page);
    await page.getByLabel('Agent state').selectOption({ label: 'Not Ready - Break' });
    await held.answered;
    both = await bothIn(page, frame, 'TALKING', 'NOT_READY');
    expect(both.header).toEqual(both.tab);
    // The pick is pending, not the state: the header says so rather than keep "Not Ready - Break" on show.
    expect(await headerShows(page)).toBe('Talking, then Not Ready');

    // The caller hangs up: wrap-up, then Not Ready. Only then does the header's answer (still "Talking") arrive.
    await sandboxPanel(page).getByRole('button', { name: 'Caller hangs up' }).click();
    both = await bothIn(page, frame, 'WORK');
    expect(both.header).toEqual(both.tab);
    held.release();
    await page.locator('sd-agent-header select:not([disabled])').waitFor(STEP);
    expect(await headerPicture(page)).toEqual(await tabPicture(frame));
    expect(await headerPicture(page)).toEqual({ state: 'WORK', reason: 'Break', pending: '' });
    expect(await headerShows(page)).toBe('Wrap-Up - Break');
    await frame.locator('cd-agent-state').getByText('Wrap-up', { exact: true }).waitFor(STEP);
    await page.screenshot({ path: screenshotPath('agent-state-agreement-wrap-up'), fullPage: true });

    // During wrap-up the agent picks Not Ready - Lunch in the header.
    await page.getByLabel('Agent state').selectOption({ label: 'Not Ready - Lunch' });
    both = await bothIn(page, frame, 'NOT_READY');
    expect(both.header).toEqual(both.tab);
    await page.locator('sd-agent-header select:not([disabled])').waitFor(STEP);
    expect(await headerPicture(page)).toEqual({ state: 'NOT_READY', reason: 'Lunch', pending: '' });
    expect(await tabPicture(frame)).toEqual({ state: 'NOT_READY', reason: 'Lunch', pending: '' });
    expect(await headerShows(page)).toBe('Not Ready - Lunch');
    await frame.locator('cd-agent-state').getByText('Not Ready — Lunch').waitFor(STEP);
    await page.screenshot({ path: screenshotPath('agent-state-agreement-not-ready'), fullPage: true });
    await context.close();
  }, 120_000);
});
