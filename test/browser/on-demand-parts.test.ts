import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { MARIA_GARCIA, UNKNOWN_NUMBER } from '../../bff/sandbox/context-service/demo/demo-facts.js';
import { newContext, screenshotPath, useDesktop } from '../kit/browser.js';
import { STEP, ringFromPanel, signInToDesktop } from '../kit/desktop-page.js';
import { focused } from '../kit/keyboard.js';

/** The customer forms' chunk beside the tab's bundle (test/gadget/bundle-budget.test.ts names every chunk). */
const CUSTOMER_FORMS = /\/gadget\/context-desk-customer-forms-[A-Za-z0-9_-]{8}\.js$/;
const MARIA = `${MARIA_GARCIA.firstName} ${MARIA_GARCIA.lastName}`;

/** The chunk requests of one page, each held until the test lets it through or fails it, handed out in order. */
async function holdChunk(page: Page, url: RegExp): Promise<{ requested(): Promise<Route>; count(): number }> {
  const held: Route[] = [];
  let handedOut = 0;
  let waiter: (() => void) | undefined;
  await page.context().route(url, (route) => {
    held.push(route);
    waiter?.();
  });
  return {
    async requested() {
      if (held.length <= handedOut) await new Promise<void>((resolve) => (waiter = resolve));
      return held[handedOut++] as Route;
    },
    count: () => held.length,
  };
}

describe('the parts the tab loads on demand, in the simulated Finesse desktop', () => {
  const desktop = useDesktop({ env: { SIGN_IN_LIMIT_PER_CLIENT: '200' } });

  it('an unknown caller: "Loading…" while the create form is fetched; a failed fetch says so with Try again, which brings the prefilled form', async () => {
    const context = await newContext(desktop.browser);
    const page = await context.newPage();
    const chunk = await holdChunk(page, CUSTOMER_FORMS);
    const frame = await signInToDesktop(page, desktop.desk, {
      username: 'agent1',
      extension: '1001001',
      name: 'Alex Rivera',
    });
    expect(chunk.count()).toBe(0);

    await ringFromPanel(page, UNKNOWN_NUMBER, '1001001');
    const pop = frame.locator('cd-screen-pop');
    await pop.getByText('No customer matched', { exact: true }).waitFor(STEP);
    const first = await chunk.requested();
    await pop.getByRole('status').getByText('Loading…').waitFor(STEP);
    await page.screenshot({ path: screenshotPath('on-demand-01-loading'), fullPage: true });

    await first.abort('internetdisconnected');
    const alert = pop.getByRole('alert');
    await alert
      .getByText('This part of Context Desk could not be loaded. Check the connection and try again.')
      .waitFor(STEP);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: screenshotPath(`on-demand-02-failed-${colorScheme}`), fullPage: true });
    }

    await pop.getByRole('button', { name: 'Try again' }).click();
    await (await chunk.requested()).continue();
    const form = frame.locator('cd-new-customer');
    await form.getByLabel('Mobile phone').waitFor(STEP);
    expect(await form.getByLabel('Mobile phone').inputValue()).toBe(UNKNOWN_NUMBER);
    expect(await alert.count()).toBe(0);

    await context.close();
  }, 120_000);

  it("a known caller's pop fetches no form; Edit on the card fetches the editor, keeping focus on Edit meanwhile, then focuses First name", async () => {
    const context = await newContext(desktop.browser);
    const page = await context.newPage();
    const chunk = await holdChunk(page, CUSTOMER_FORMS);
    const frame = await signInToDesktop(page, desktop.desk, {
      username: 'agent2',
      extension: '1001002',
      name: 'Sam Okafor',
    });

    await ringFromPanel(page, MARIA_GARCIA.mobilePhone, '1001002');
    const card = frame.locator('cd-customer-card');
    await card.getByRole('heading', { name: MARIA }).waitFor(STEP);
    expect(chunk.count()).toBe(0);

    await card.getByRole('button', { name: `Edit ${MARIA}` }).focus();
    await page.keyboard.press('Enter');
    const held = await chunk.requested();
    await card.getByRole('status').getByText('Loading…').waitFor(STEP);
    expect(await card.getByText(MARIA_GARCIA.mobilePhone).count()).toBeGreaterThan(0);
    expect(await focused(page, frame)).toMatchObject({ role: 'button', name: `Edit ${MARIA}` });
    await held.continue();
    await card.getByLabel('First name').waitFor(STEP);
    // The editor takes focus as it first renders, before its fields can be found.
    expect(await focused(page, frame)).toMatchObject({ role: 'textbox', name: 'First name' });

    await context.close();
  }, 120_000);
});
