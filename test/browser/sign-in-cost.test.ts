import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useDesktop } from '../kit/browser.js';
import { gadgetFrame, tabValue } from '../kit/desktop-page.js';

/*
 * What a desktop load costs in sign-ins. The tab signs in once per load, as it does inside Finesse (with the
 * Authorization finesse.js holds); the simulated desktop's own sign-in stands for the Finesse login and is kept
 * across reloads, and its finesse.js uses that session rather than one of its own. Successful sign-ins cost nothing
 * against the limits, so reloading again and again is never refused, even with a per-client limit of 3.
 */
describe("a desktop load costs the tab's one sign-in", () => {
  const desktop = useDesktop({ env: { SIGN_IN_LIMIT_PER_CLIENT: '3' } });

  /** Opens the desktop as agent1 with the Context Desk tab, counting the sign-ins the page makes. */
  async function loadCounting(page: Page, path: string, signIns: { count: number }): Promise<void> {
    await page.goto(`${desktop.desk.url}${path}`);
    await page.getByRole('tab', { name: 'Context Desk' }).click();
    const frame = await gadgetFrame(page);
    await tabValue(frame, 'cd-agent-state', ['agent', 'extension'], '1001001');
    expect(signIns.count).toBeGreaterThan(0);
  }

  it("a first load of /?as=agent1 with the tab open makes two POST /api/session (the desktop's and the tab's), each of ten reloads one (the tab's), none refused", async () => {
    const context = await desktop.browser.newContext();
    const page = await context.newPage();
    const signIns = { count: 0, refused: 0 };
    page.on('response', (response) => {
      if (response.request().method() !== 'POST' || !response.url().endsWith('/api/session')) return;
      signIns.count += 1;
      if (response.status() !== 201) signIns.refused += 1;
    });
    try {
      await loadCounting(page, '/?as=agent1', signIns);
      expect(signIns.count).toBe(2);
      for (let reload = 1; reload <= 10; reload += 1) {
        const before = signIns.count;
        await loadCounting(page, '/?as=agent1', signIns);
        expect(signIns.count - before).toBe(1);
      }
      expect(signIns.refused).toBe(0);
    } finally {
      await context.close();
    }
    // Eleven desktop loads, each rendering the gadget from its XML: more than the default per-test budget on a busy machine.
  }, 90_000);
});
