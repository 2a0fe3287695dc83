import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousAxeViolations } from '../kit/browser.js';
import { mount, useComponentHarness } from '../kit/component-harness.js';
import {
  AGENT,
  MARIA,
  answer,
  customer,
  focusedElement,
  harnessEvents,
  holdCalls,
  quiet,
} from '../kit/customer-context-fixtures.js';

const SEARCH = /\/api\/customers\?/;
const RECENT_KEY = `context-desk.recent.${AGENT.id}`;
const DAVID = customer('cust-david', 'David', 'Chen', '+14155550142');

interface PageStorage {
  localStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
}

function seedRecent(page: Page, list: unknown): Promise<void> {
  return page.evaluate(([key, value]) => (globalThis as unknown as PageStorage).localStorage.setItem(key, value), [
    RECENT_KEY,
    JSON.stringify(list),
  ] as const);
}

async function storedRecent(page: Page): Promise<unknown> {
  return JSON.parse(
    (await page.evaluate((key) => (globalThis as unknown as PageStorage).localStorage.getItem(key), RECENT_KEY)) ??
      'null',
  );
}

async function quietCustomerView(page: Page): Promise<void> {
  await page.route(/\/api\/customers\/[^/]+\/journey/, (route) => answer(route, { activities: [], requests: [] }));
}

async function search(page: Page, text: string): Promise<void> {
  await page.getByLabel('Name, phone or email').fill(text);
  await page.getByLabel('Name, phone or email').press('Enter');
}

describe('<cd-customer-search>', () => {
  const harness = useComponentHarness();

  it('an agent with no history reads "No recent customers yet."', async () => {
    const page = await harness.open();
    await mount(page, 'cd-customer-search', { agent: AGENT });
    await expect(page.getByText('No recent customers yet.').isVisible()).resolves.toBe(true);
  });

  it('a name searches by q, a number by phone, an address by email', async () => {
    const page = await harness.open();
    const queries: Record<string, string>[] = [];
    await page.route(SEARCH, (route) => {
      queries.push(Object.fromEntries(new URL(route.request().url()).searchParams));
      return answer(route, []);
    });
    await mount(page, 'cd-customer-search', { agent: AGENT });
    for (const text of ['Maria Garcia', '+1 (415) 555-0123', 'maria.garcia@example.com']) {
      await search(page, text);
      await page.getByText('No customer found.').waitFor();
    }
    expect(queries).toEqual([
      { q: 'Maria Garcia' },
      { phone: '+1 (415) 555-0123' },
      { email: 'maria.garcia@example.com' },
    ]);
  });

  it('results show Loading… while held; choosing one shows the customer with Back, remembers id and name only, and Back returns focus to the search', async () => {
    const page = await harness.open();
    await quietCustomerView(page);
    const searches = await holdCalls(page, SEARCH);
    await seedRecent(
      page,
      Array.from({ length: 10 }, (_, index) => ({ id: `old-${index}`, name: `Old ${index}` })),
    );
    await mount(page, 'cd-customer-search', { agent: AGENT });
    await search(page, 'Garcia');
    await searches.arrived(1);
    await expect(page.getByText('Loading…').isVisible()).resolves.toBe(true);
    await searches.release(0, [MARIA, DAVID]);
    await page.getByRole('button', { name: 'Maria Garcia' }).click();
    await page.getByRole('heading', { name: 'Maria Garcia' }).waitFor();
    await expect(focusedElement(page)).resolves.toMatchObject({ text: 'Back to search' });
    const recent = (await storedRecent(page)) as { id: string; name: string }[];
    expect(recent).toHaveLength(10);
    expect(recent[0]).toEqual({ id: MARIA.id, name: 'Maria Garcia' });
    expect(recent.map((entry) => entry.id)).not.toContain('old-9');
    const events = await harnessEvents(page);
    expect(events).toEqual([{ name: 'cd-customer-chosen', detail: { customer: MARIA } }]);

    await page.keyboard.press('Enter');
    await expect(focusedElement(page)).resolves.toMatchObject({ tag: 'input', name: 'q' });
    await expect(page.getByRole('button', { name: 'Maria Garcia' }).first().isVisible()).resolves.toBe(true);
  });

  it('a recent customer opens by id: Loading… while held, then their view', async () => {
    const page = await harness.open();
    await quietCustomerView(page);
    const reads = await holdCalls(page, /\/api\/customers\/cust-maria$/);
    await seedRecent(page, [{ id: MARIA.id, name: 'Maria Garcia' }]);
    await mount(page, 'cd-customer-search', { agent: AGENT });
    await page.getByRole('button', { name: 'Maria Garcia' }).click();
    await reads.arrived(1);
    await expect(page.getByText('Loading…').isVisible()).resolves.toBe(true);
    await reads.release(0, MARIA);
    await page.getByRole('heading', { name: 'Maria Garcia' }).waitFor();
    await expect(page.getByRole('link', { name: '+14155550123' }).isVisible()).resolves.toBe(true);
  });

  it('a search while Context Service is unavailable says so in an alert', async () => {
    const page = await harness.open();
    await page.route(SEARCH, (route) =>
      answer(route, { error: { code: 'context_unavailable', message: 'down' } }, 503),
    );
    await mount(page, 'cd-customer-search', { agent: AGENT });
    await search(page, 'Garcia');
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      "Experiencing issues with accessing customer's context information",
    );
  });

  it('the answer to an earlier search arriving after a newer one is ignored', async () => {
    const page = await harness.open();
    const searches = await holdCalls(page, SEARCH);
    await mount(page, 'cd-customer-search', { agent: AGENT });
    await search(page, 'Chen');
    await searches.arrived(1);
    await search(page, 'Garcia');
    await searches.arrived(2);
    await searches.release(1, [MARIA]);
    await page.getByRole('button', { name: 'Maria Garcia' }).waitFor();
    await searches.release(0, [DAVID]);
    // The late answer has been taken (or abandoned) and everything it could set off has rendered.
    await quiet(page);
    await expect(page.getByRole('button', { name: 'David Chen' }).count()).resolves.toBe(0);
  });

  it('the idle lists, results and a shown customer have no serious axe violations in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await harness.open({ colorScheme });
      await quietCustomerView(page);
      await page.route(SEARCH, (route) => answer(route, [MARIA, DAVID]));
      await seedRecent(page, [{ id: DAVID.id, name: 'David Chen' }]);
      await mount(page, 'cd-customer-search', { agent: AGENT });
      expect(await seriousAxeViolations(page)).toEqual([]);
      await search(page, 'Garcia');
      await page.getByRole('list', { name: 'Customers found' }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Maria Garcia' }).click();
      await page.getByRole('heading', { name: 'Journey' }).waitFor();
      await page.getByText('Loading…').first().waitFor({ state: 'detached' });
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.context().close();
    }
  });
});
