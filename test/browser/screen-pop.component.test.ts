import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ScreenPop } from '../../shared/api/context.js';
import { seriousAxeViolations } from '../kit/browser.js';
import { mount, useComponentHarness } from '../kit/component-harness.js';
import {
  AGENT,
  MARIA,
  answer,
  callFrom,
  contextRequest,
  customer,
  focusedElement,
  harnessEvents,
  holdCalls,
  quiet,
  setProperties,
} from '../kit/customer-context-fixtures.js';

const UNAVAILABLE = "Experiencing issues with accessing customer's context information";
const CONTEXT = /\/api\/context\?/;
const JOURNEY = /\/api\/customers\/[^/]+\/journey/;
const DAVID = customer('cust-david', 'David', 'Chen', '+14155550142');
const MEI = customer('cust-mei', 'Mei', 'Chen', '+14155550142');

const mariaPop: ScreenPop = {
  dialogId: 'dialog1',
  match: 'phone',
  customer: MARIA,
  activities: [],
  requests: [
    contextRequest('req-refund', 'Refund for a double charge'),
    contextRequest('req-router', 'Replacement router has not arrived'),
  ],
};
const sharedPop: ScreenPop = {
  dialogId: 'dialog1',
  match: 'none',
  activities: [],
  requests: [],
  candidates: [DAVID, MEI],
  prefill: { phone: '+14155550142' },
};
const unknownPop: ScreenPop = {
  dialogId: 'dialog1',
  match: 'none',
  activities: [],
  requests: [],
  prefill: { phone: '+16505550199', name: 'Ana Maria Lopez' },
};

/** Every journey the customer view loads answers empty: these tests are about the pop. */
async function quietJourneys(page: Page): Promise<void> {
  await page.route(JOURNEY, (route) => answer(route, { activities: [], requests: [] }));
}

async function popFor(
  page: Page,
  pop: ScreenPop | { status: number; body: unknown },
  from = '+14155550123',
): Promise<void> {
  await quietJourneys(page);
  await page.route(CONTEXT, (route) => ('status' in pop ? answer(route, pop.body, pop.status) : answer(route, pop)));
  await mount(page, 'cd-screen-pop', { dialog: callFrom(from), agent: AGENT });
}

describe('<cd-screen-pop>', () => {
  const harness = useComponentHarness();

  it('a call from a known number shows the caller and Loading… while held, then the customer with their open requests, announced once', async () => {
    const page = await harness.open();
    await quietJourneys(page);
    const pops = await holdCalls(page, CONTEXT);
    await mount(page, 'cd-screen-pop', { dialog: callFrom('+14155550123'), agent: AGENT });
    await expect(page.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      'Incoming call from +14155550123',
    );
    await expect(page.getByText('ACD_IN · Queue Support').isVisible()).resolves.toBe(true);
    await pops.arrived(1);
    await expect(page.getByText('Loading…').first().isVisible()).resolves.toBe(true);
    expect(new URL(pops.requests[0]!.url()).searchParams.get('dialogId')).toBe('dialog1');

    await pops.release(0, mariaPop);
    await page.getByRole('heading', { name: 'Maria Garcia' }).waitFor();
    await page.getByRole('radio', { name: 'Refund for a double charge' }).check();
    const composer = page.locator('cd-note-composer');
    await expect(
      composer.evaluate((element) => [
        (element as unknown as { customerId: string }).customerId,
        (element as unknown as { requestId: string }).requestId,
      ]),
    ).resolves.toEqual([MARIA.id, 'req-refund']);
    await setProperties(page, { dialog: { ...callFrom('+14155550123'), state: 'HELD' } });
    await page.getByRole('heading', { name: 'Maria Garcia' }).waitFor();
    const events = await harnessEvents(page);
    expect(events.filter((event) => event.name === 'cd-pop-shown')).toEqual([
      { name: 'cd-pop-shown', detail: { announcement: 'Maria Garcia — 2 open requests' } },
    ]);
    expect(pops.requests).toHaveLength(1);
    const recent = await page.evaluate(() =>
      (globalThis as unknown as { localStorage: { getItem(key: string): string | null } }).localStorage.getItem(
        'context-desk.recent.1001001',
      ),
    );
    expect(JSON.parse(recent ?? 'null')).toEqual([{ id: MARIA.id, name: 'Maria Garcia' }]);
  });

  it('Context Service unavailable (503) shows exactly the Cisco message in an alert, and Try again brings the customer once it answers', async () => {
    const page = await harness.open();
    await quietJourneys(page);
    let available = false;
    await page.route(CONTEXT, (route) =>
      available
        ? answer(route, mariaPop)
        : answer(route, { error: { code: 'context_unavailable', message: 'Context Service is unavailable' } }, 503),
    );
    await mount(page, 'cd-screen-pop', { dialog: callFrom('+14155550123'), agent: AGENT });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toBe(UNAVAILABLE);
    await expect(page.getByText('Retrying in 2 s.').isVisible()).resolves.toBe(true);

    available = true;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'Maria Garcia' }).waitFor();
    await expect(page.getByText(UNAVAILABLE).count()).resolves.toBe(0);
  });

  it('a 503 with Retry-After 1 is tried again by itself, and the pop recovers without the agent', async () => {
    const page = await harness.open();
    await quietJourneys(page);
    let calls = 0;
    await page.route(CONTEXT, (route) => {
      calls += 1;
      return calls === 1
        ? answer(route, { error: { code: 'context_unavailable', message: 'busy' } }, 503, { 'Retry-After': '1' })
        : answer(route, mariaPop);
    });
    await mount(page, 'cd-screen-pop', { dialog: callFrom('+14155550123'), agent: AGENT });
    await page.getByText('Retrying in 1 s.').waitFor();
    await page.getByRole('heading', { name: 'Maria Garcia' }).waitFor();
    expect(calls).toBe(2);
  });

  it('a late answer for the previous call never replaces the pop of the newer call', async () => {
    const page = await harness.open();
    await quietJourneys(page);
    const pops = await holdCalls(page, CONTEXT);
    await mount(page, 'cd-screen-pop', { dialog: callFrom('+14155550142', 'dialog1'), agent: AGENT });
    await pops.arrived(1);
    await setProperties(page, { dialog: callFrom('+14155550123', 'dialog2') });
    await pops.arrived(2);
    await pops.release(1, { ...mariaPop, dialogId: 'dialog2' });
    await page.getByRole('heading', { name: 'Maria Garcia' }).waitFor();
    await pops.release(0, { ...mariaPop, dialogId: 'dialog1', customer: DAVID });
    // The late answer has been taken (or abandoned) and everything it could set off has rendered.
    await quiet(page);
    await expect(page.getByRole('heading', { name: 'Maria Garcia' }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('David Chen').count()).resolves.toBe(0);
  });

  it('a number two customers share lists both; picking Mei shows her view, loads her journey and emits cd-customer-chosen', async () => {
    const page = await harness.open();
    await popFor(page, sharedPop, '+14155550142');
    await page.getByRole('heading', { name: '2 customers share this number' }).waitFor();
    const journey = page.waitForRequest((request) => request.url().includes('/api/customers/cust-mei/journey'));
    await page.getByRole('button', { name: 'Mei Chen' }).click();
    await journey;
    await page.getByRole('heading', { name: 'Mei Chen' }).waitFor();
    const events = await harnessEvents(page);
    expect(events.find((event) => event.name === 'cd-customer-chosen')?.detail).toEqual({ customer: MEI });
    expect(events.find((event) => event.name === 'cd-pop-shown')?.detail).toEqual({
      announcement: '2 customers share this number',
    });

    await page.getByRole('button', { name: 'Back to the list' }).click();
    await expect(page.getByRole('button', { name: 'David Chen' }).isVisible()).resolves.toBe(true);
  });

  it('an unknown caller gets "No customer matched" and a create form prefilled; Create posts the number as E.164 and the split name, then shows the customer', async () => {
    const page = await harness.open();
    let posted: unknown;
    await page.route('**/api/customers', (route) => {
      posted = route.request().postDataJSON();
      return answer(
        route,
        {
          ...customer('cust-ana', 'Ana Maria', 'Lopez', '+16505550199'),
          phones: [{ kind: 'mobile', number: '+16505550199' }],
        },
        201,
      );
    });
    await popFor(page, unknownPop, '+16505550199');
    await page.getByText('No customer matched').waitFor();
    await expect(page.getByLabel('Mobile phone').inputValue()).resolves.toBe('+16505550199');
    await expect(page.getByLabel('First name').inputValue()).resolves.toBe('Ana Maria');
    await expect(page.getByLabel('Last name').inputValue()).resolves.toBe('Lopez');
    await page.getByLabel('Home email').fill('ana@example.com');
    await page.getByRole('button', { name: 'Create customer' }).click();
    await page.getByRole('heading', { name: 'Ana Maria Lopez' }).waitFor();
    expect(posted).toEqual({
      firstName: 'Ana Maria',
      lastName: 'Lopez',
      phones: [{ kind: 'mobile', number: '+16505550199' }],
      emails: [{ kind: 'home', address: 'ana@example.com' }],
    });
    const events = await harnessEvents(page);
    expect(events.find((event) => event.name === 'cd-pop-shown')?.detail).toEqual({
      announcement: 'Unknown caller +16505550199',
    });
    expect(events.some((event) => event.name === 'cd-customer-saved')).toBe(true);
  });

  it('a create form with an invalid email names the problem under the field and posts nothing', async () => {
    const page = await harness.open();
    let posts = 0;
    await page.route('**/api/customers', (route) => {
      posts += 1;
      return answer(route, {}, 500);
    });
    await popFor(page, unknownPop, '+16505550199');
    await page.getByLabel('Home email').fill('not an email');
    await page.getByRole('button', { name: 'Create customer' }).click();
    const field = page.getByLabel('Home email');
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = await field.getAttribute('aria-describedby');
    await expect(page.locator(`cd-new-customer >> #${describedBy ?? 'none'}`).textContent()).resolves.toBe(
      'Enter an email address such as name@example.com.',
    );
    await expect(focusedElement(page)).resolves.toMatchObject({ name: 'email.home' });
    expect(posts).toBe(0);
  });

  it('the customer, candidates, create form and unavailable states have no serious axe violations in light and dark', async () => {
    const states = [
      mariaPop,
      sharedPop,
      unknownPop,
      { status: 503, body: { error: { code: 'context_unavailable', message: 'down' } } },
    ] as const;
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await harness.open({ colorScheme });
      await quietJourneys(page);
      let state: (typeof states)[number] = mariaPop;
      await page.route(CONTEXT, (route) =>
        'status' in state ? answer(route, state.body, state.status) : answer(route, state),
      );
      for (const [index, each] of states.entries()) {
        state = each;
        await mount(page, 'cd-screen-pop', { dialog: callFrom('+14155550123', `dialog${index}`), agent: AGENT });
        await page.locator('cd-customer-view, .candidates, cd-new-customer, [role=alert]').first().waitFor();
        await page.getByText('Loading…').first().waitFor({ state: 'detached' });
        expect(await seriousAxeViolations(page)).toEqual([]);
      }
      await page.context().close();
    }
  });
});
