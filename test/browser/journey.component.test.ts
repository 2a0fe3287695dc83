import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Journey } from '../../shared/api/context.js';
import { screenshotPath, seriousAxeViolations } from '../kit/browser.js';
import { mount, useComponentHarness } from '../kit/component-harness.js';
import {
  MARIA,
  activity,
  answer,
  contextRequest,
  focusedElement,
  holdCalls,
  quiet,
} from '../kit/customer-context-fixtures.js';

const JOURNEY = /\/api\/customers\/cust-maria\/journey/;
const REFUND = contextRequest('req-refund', 'Refund for a double charge');
const ROUTER = contextRequest('req-router', 'Replacement router has not arrived');
const OLD = contextRequest('req-old', 'Old modem', 'closed');

const page1: Journey = {
  activities: [
    activity('a1', {
      channel: 'chat',
      requestId: REFUND.id,
      summary: 'Chat about the refund',
      createdAt: '2025-02-28T10:00:00.000Z',
    }),
    activity('a2', { channel: 'web', summary: 'Visited the service page', createdAt: '2025-02-27T10:00:00.000Z' }),
    activity('a3', {
      channel: 'voice',
      requestId: ROUTER.id,
      summary: 'Called about the router',
      notes: 'Promised a callback',
      createdAt: '2025-02-26T10:00:00.000Z',
    }),
  ],
  requests: [REFUND, ROUTER, OLD],
  next: 'cursor-2',
};
const page2: Journey = {
  activities: [
    activity('a4', {
      channel: 'email',
      requestId: OLD.id,
      summary: 'Emailed about the modem',
      createdAt: '2025-01-10T10:00:00.000Z',
    }),
  ],
  requests: [REFUND, ROUTER, OLD],
};

/** The refund with two notes (the newest a day after its chat), and a request with a note and no activity loaded. */
const REFUND_NOTED = {
  ...REFUND,
  notes: [
    {
      id: 'n2',
      text: 'Bank confirmed the refund posts on Friday.\nCall her back in Spanish.',
      author: 'Alex Rivera',
      createdAt: '2025-03-01T09:30:00.000Z',
    },
    { id: 'n1', text: 'Refund approved by billing.', createdAt: '2025-02-28T11:00:00.000Z' },
  ],
};
const ROUTER_NOTED = {
  ...ROUTER,
  notes: [
    { id: 'n3', text: 'Courier lost the first parcel.', author: '1001001', createdAt: '2025-02-27T12:00:00.000Z' },
  ],
};
const withNotes: Journey = {
  activities: [page1.activities[0]!, page1.activities[1]!],
  requests: [REFUND_NOTED, ROUTER_NOTED, OLD],
};

/** The notes of the request titled `title`: who wrote each (or "Note") and the text, newest first. */
function notesOn(page: Page, title: string): Promise<string[]> {
  return page
    .getByRole('list', { name: `Notes on ${title}` })
    .locator('.note')
    .evaluateAll((items) =>
      (items as unknown as GroupNode[]).map(
        (item) =>
          `${item.querySelector('.by')?.textContent?.trim() ?? ''}: ${item.querySelector('p')?.textContent ?? ''}`,
      ),
    );
}

function query(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams);
}

interface GroupNode {
  querySelector(selector: string): { textContent: string | null } | null;
  querySelectorAll(selector: string): Iterable<{ textContent: string | null }>;
}

/** The journey's group headings and each group's activity summaries, in order. */
function groups(page: Page): Promise<string[]> {
  return page.locator('cd-journey .groups > li').evaluateAll((items) =>
    (items as unknown as GroupNode[]).map((item) => {
      const summaries = [...item.querySelectorAll('.activity:not(.note) > p:first-of-type')].map(
        (p) => p.textContent?.trim() ?? '',
      );
      return `${item.querySelector('h4')?.textContent?.trim() ?? ''}: ${summaries.join(' | ')}`;
    }),
  );
}

/** An activity's summary or notes paragraph. */
function summary(page: Page, text: string) {
  return page.locator('cd-journey .activity > p', { hasText: text });
}

async function tabUntil(
  page: Page,
  matches: (focused: { tag: string; name: string; label: string; text: string }) => boolean,
): Promise<void> {
  for (let step = 0; step < 30; step++) {
    if (matches(await focusedElement(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`focus never reached the element; at ${JSON.stringify(await focusedElement(page))}`);
}

describe('<cd-journey>', () => {
  const harness = useComponentHarness();

  it('shows Loading… while the journey is held, then activities newest first grouped under their request titles and "Other activities"', async () => {
    const page = await harness.open();
    const calls = await holdCalls(page, JOURNEY);
    await mount(page, 'cd-journey', { customerId: MARIA.id });
    await calls.arrived(1);
    await expect(page.getByText('Loading…').isVisible()).resolves.toBe(true);
    await calls.release(0, page1);
    await page.getByRole('heading', { name: 'Refund for a double charge' }).waitFor();
    await expect(groups(page)).resolves.toEqual([
      'Refund for a double charge: Chat about the refund',
      'Other activities: Visited the service page',
      'Replacement router has not arrived: Called about the router',
    ]);
    await expect(summary(page, 'Promised a callback').isVisible()).resolves.toBe(true);
    await expect(page.locator('cd-journey .activity').first().innerText()).resolves.toContain('Chat');
  });

  it("a request's notes show under its title, newest first, with who wrote them, above its activities; a request with notes and no activity loaded has its own group", async () => {
    const page = await harness.open();
    await page.route(JOURNEY, (route) => answer(route, withNotes));
    await mount(page, 'cd-journey', { customerId: MARIA.id });
    await page.getByRole('list', { name: `Notes on ${REFUND.title}` }).waitFor();
    await expect(notesOn(page, REFUND.title)).resolves.toEqual([
      'Note by Alex Rivera: Bank confirmed the refund posts on Friday.\nCall her back in Spanish.',
      'Note: Refund approved by billing.',
    ]);
    await expect(notesOn(page, ROUTER.title)).resolves.toEqual(['Note by 1001001: Courier lost the first parcel.']);
    await expect(groups(page)).resolves.toEqual([
      'Refund for a double charge: Chat about the refund',
      'Replacement router has not arrived: ',
      'Other activities: Visited the service page',
    ]);
    const refundGroup = page.locator('cd-journey .groups > li').first();
    await expect(
      refundGroup
        .locator('.activity')
        .evaluateAll((items) => (items as unknown as { className: string }[]).map((item) => item.className)),
    ).resolves.toEqual(['activity note', 'activity note', 'activity']);
    await expect(refundGroup.locator('.note time').first().getAttribute('datetime')).resolves.toBe(
      '2025-03-01T09:30:00.000Z',
    );
    await page.locator('cd-journey').screenshot({ path: screenshotPath('journey-request-notes-light') });
  });

  it("with a channel filter a request's notes still show under it, but a request with notes and no activity of that channel has no group", async () => {
    const page = await harness.open();
    await page.route(JOURNEY, (route) =>
      answer(
        route,
        query(route.request().url()).channel === 'chat'
          ? { activities: [page1.activities[0]!], requests: withNotes.requests }
          : withNotes,
      ),
    );
    await mount(page, 'cd-journey', { customerId: MARIA.id });
    await page.getByRole('list', { name: `Notes on ${ROUTER.title}` }).waitFor();
    await page.getByLabel('Channel').selectOption('chat');
    await page.getByRole('list', { name: `Notes on ${ROUTER.title}` }).waitFor({ state: 'detached' });
    await expect(groups(page)).resolves.toEqual(['Refund for a double charge: Chat about the refund']);
    await expect(notesOn(page, REFUND.title)).resolves.toHaveLength(2);
  });

  it('a customer with no activity but a request with notes shows that request and its notes, not "No activities."', async () => {
    const page = await harness.open();
    await page.route(JOURNEY, (route) => answer(route, { activities: [], requests: [ROUTER_NOTED] }));
    await mount(page, 'cd-journey', { customerId: MARIA.id });
    await page.getByRole('heading', { name: ROUTER.title }).waitFor();
    await expect(notesOn(page, ROUTER.title)).resolves.toEqual(['Note by 1001001: Courier lost the first parcel.']);
    await expect(page.getByText('No activities.').count()).resolves.toBe(0);
  });

  it('a customer without activities reads "No activities."', async () => {
    const page = await harness.open();
    await page.route(JOURNEY, (route) => answer(route, { activities: [], requests: [] }));
    await mount(page, 'cd-journey', { customerId: MARIA.id });
    await page.getByText('No activities.').waitFor();
  });

  it('Context Service unavailable shows the Cisco message with Try again, which loads the journey once it answers', async () => {
    const page = await harness.open();
    let available = false;
    await page.route(JOURNEY, (route) =>
      available ? answer(route, page1) : answer(route, { error: { code: 'context_timeout', message: 'timeout' } }, 504),
    );
    await mount(page, 'cd-journey', { customerId: MARIA.id });
    await expect(page.getByRole('alert').innerText()).resolves.toContain(
      "Experiencing issues with accessing customer's context information",
    );
    available = true;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'Refund for a double charge' }).waitFor();
  });

  it('keyboard only: the channel filter reloads with ?channel=voice, and a late answer for all channels never replaces it', async () => {
    const page = await harness.open();
    const calls = await holdCalls(page, JOURNEY);
    await mount(page, 'cd-journey', { customerId: MARIA.id });
    await calls.arrived(1);
    await tabUntil(page, (focused) => focused.tag === 'select');
    await page.keyboard.press('ArrowDown');
    await calls.arrived(2);
    expect(query(calls.requests[0]!.url())).toEqual({});
    expect(query(calls.requests[1]!.url())).toEqual({ channel: 'voice' });

    await calls.release(1, { activities: [page1.activities[2]], requests: page1.requests });
    await summary(page, 'Called about the router').waitFor();
    await calls.release(0, page1);
    // The late answer has been taken (or abandoned) and everything it could set off has rendered.
    await quiet(page);
    await expect(summary(page, 'Chat about the refund').count()).resolves.toBe(0);
    await expect(summary(page, 'Called about the router').isVisible()).resolves.toBe(true);
  });

  it('Load more asks for the next cursor with the channel filter and appends the page', async () => {
    const page = await harness.open();
    const urls: string[] = [];
    await page.route(JOURNEY, (route) => {
      urls.push(route.request().url());
      return answer(route, query(route.request().url()).cursor === 'cursor-2' ? page2 : page1);
    });
    await mount(page, 'cd-journey', { customerId: MARIA.id });
    await page.getByLabel('Channel').selectOption('email');
    await page.getByRole('button', { name: 'Load more' }).click();
    await summary(page, 'Emailed about the modem').waitFor();
    expect(urls.map(query)).toEqual([{}, { channel: 'email' }, { channel: 'email', cursor: 'cursor-2' }]);
    await expect(groups(page)).resolves.toEqual([
      'Refund for a double charge: Chat about the refund',
      'Other activities: Visited the service page',
      'Replacement router has not arrived: Called about the router',
      'Old modem (closed): Emailed about the modem',
    ]);
    await expect(page.getByRole('button', { name: 'Load more' }).count()).resolves.toBe(0);
  });

  it('keyboard only: Move an activity to another request sends PATCH { requestId } and regroups it; focus returns to its Move button', async () => {
    const page = await harness.open();
    await page.route(JOURNEY, (route) => answer(route, page1));
    let body: unknown;
    await page.route('**/api/activities/a2', (route) => {
      body = route.request().postDataJSON();
      return answer(route, { ...page1.activities[1], requestId: ROUTER.id });
    });
    await mount(page, 'cd-journey', { customerId: MARIA.id });
    await summary(page, 'Visited the service page').waitFor();
    await tabUntil(page, (focused) => focused.text === 'Move Visited the service page');
    await page.keyboard.press('Enter');
    await expect(focusedElement(page)).resolves.toMatchObject({ tag: 'select', name: 'requestId' });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('combobox', { name: 'Move to request' }).waitFor({ state: 'detached' });
    expect(body).toEqual({ requestId: ROUTER.id });
    await expect(groups(page)).resolves.toEqual([
      'Refund for a double charge: Chat about the refund',
      'Replacement router has not arrived: Visited the service page | Called about the router',
    ]);
    await expect(focusedElement(page)).resolves.toMatchObject({ text: 'Move Visited the service page' });
  });

  it('a move the BFF refuses keeps the form open and says why next to the activity', async () => {
    const page = await harness.open();
    await page.route(JOURNEY, (route) => answer(route, page1));
    await page.route('**/api/activities/a1', (route) =>
      answer(
        route,
        { error: { code: 'request_customer_mismatch', message: 'The request belongs to another customer' } },
        409,
      ),
    );
    await mount(page, 'cd-journey', { customerId: MARIA.id });
    await page.getByRole('button', { name: 'Move Chat about the refund' }).click();
    await page.getByRole('button', { name: 'Move', exact: true }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'Could not move: The request belongs to another customer',
    );
    await expect(page.getByRole('combobox', { name: 'Move to request' }).isVisible()).resolves.toBe(true);
  });

  it('an activity three days old reads "3 days ago"; keyboard focus on it shows the exact time in a tooltip', async () => {
    const page = await harness.open();
    const createdAt = new Date(Date.now() - 3 * 86_400_000 - 60_000).toISOString();
    await page.route(JOURNEY, (route) => answer(route, { activities: [activity('a9', { createdAt })], requests: [] }));
    await mount(page, 'cd-journey', { customerId: MARIA.id });
    const time = page.locator('cd-journey time');
    await time.waitFor();
    await expect(time.textContent()).resolves.toBe('3 days ago');
    await expect(time.getAttribute('datetime')).resolves.toBe(createdAt);
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip.isVisible()).resolves.toBe(false);
    await tabUntil(page, (focused) => focused.tag === 'time');
    await expect(tooltip.isVisible()).resolves.toBe(true);
    const exact = await page.evaluate(
      (iso) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
      createdAt,
    );
    await expect(tooltip.textContent()).resolves.toBe(exact);
    await expect(time.getAttribute('title')).resolves.toBe(exact);
  });

  it('the grouped journey, an open move form, request notes, the empty and the unavailable states have no serious axe violations in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await harness.open({ colorScheme });
      let answerWith: Journey | undefined = page1;
      await page.route(JOURNEY, (route) =>
        answerWith === undefined
          ? answer(route, { error: { code: 'context_unavailable', message: 'down' } }, 503)
          : answer(route, answerWith),
      );
      await mount(page, 'cd-journey', { customerId: MARIA.id });
      await page.getByRole('button', { name: 'Move Chat about the refund' }).click();
      expect(await seriousAxeViolations(page)).toEqual([]);
      answerWith = withNotes;
      await mount(page, 'cd-journey', { customerId: MARIA.id });
      await page.getByRole('list', { name: `Notes on ${REFUND.title}` }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      if (colorScheme === 'dark')
        await page.locator('cd-journey').screenshot({ path: screenshotPath('journey-request-notes-dark') });
      answerWith = { activities: [], requests: [] };
      await mount(page, 'cd-journey', { customerId: MARIA.id });
      await page.getByText('No activities.').waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      answerWith = undefined;
      await mount(page, 'cd-journey', { customerId: MARIA.id });
      await page.getByRole('alert').waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.context().close();
    }
  });
});
