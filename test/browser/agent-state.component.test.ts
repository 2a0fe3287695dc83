import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ReasonCode } from '../../shared/api/agent.js';
import { seriousAxeViolations } from '../kit/browser.js';
import { mount, useComponentHarness } from '../kit/component-harness.js';
import {
  agentIn,
  answerApi,
  emittedEvents,
  finesseRefusal,
  focusedIn,
  gate,
  setProperties,
} from '../kit/call-control-fixtures.js';

const NOW = Date.parse('2025-03-01T12:00:00.000Z');
const ago = (seconds: number): string => new Date(NOW - seconds * 1000).toISOString();

const NOT_READY_CODES: ReasonCode[] = [
  { id: '1', code: '10', label: 'Break', category: 'NOT_READY', systemCode: false },
  { id: '2', code: '11', label: 'Lunch', category: 'NOT_READY', systemCode: false },
  { id: '999', code: '999', label: 'Supervisor Not Ready', category: 'NOT_READY', systemCode: true },
];
const LOGOUT_CODES: ReasonCode[] = [
  { id: '21', code: '20', label: 'End of shift', category: 'LOGOUT', systemCode: false },
  { id: '22', code: '21', label: 'Personal', category: 'LOGOUT', systemCode: false },
];

const text = async (page: Page, selector: string): Promise<string> =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
const reasonOptions = (page: Page): Promise<string[]> => page.locator('cd-agent-state select option').allTextContents();
const focusedId = async (page: Page): Promise<string | undefined> => (await focusedIn(page, 'cd-agent-state'))?.id;

describe('<cd-agent-state>', () => {
  const harness = useComponentHarness();

  async function mounted(agent = agentIn('READY', ago(65)), colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const page = await harness.open({ colorScheme });
    await page.clock.setFixedTime(NOW);
    await mount(page, 'cd-agent-state', { agent });
    return page;
  }

  it('each state shows in words with the time in it, the reason for Not Ready and the state pending after the call', async () => {
    const page = await mounted();
    const cases = [
      { agent: agentIn('READY', ago(65)), name: 'Ready', timer: '01:05' },
      {
        agent: agentIn('NOT_READY', ago(5), { reasonCode: { id: '2', code: '11', label: 'Lunch' } }),
        name: 'Not Ready — Lunch',
        timer: '00:05',
      },
      {
        agent: agentIn('TALKING', ago(3725), { pendingState: 'NOT_READY' }),
        name: 'Talking',
        timer: '1:02:05',
        pending: 'Not Ready after this call',
      },
      { agent: agentIn('HOLD', ago(600)), name: 'On hold', timer: '10:00' },
      { agent: agentIn('RESERVED', ago(2)), name: 'Reserved', timer: '00:02' },
      { agent: agentIn('WORK', ago(30)), name: 'Wrap-up', timer: '00:30' },
      { agent: agentIn('WORK_READY', ago(30)), name: 'Wrap-up, then Ready', timer: '00:30' },
      { agent: agentIn('LOGOUT', ago(7200)), name: 'Logged out', timer: '2:00:00' },
    ];
    for (const { agent, name, timer, pending = '' } of cases) {
      await setProperties(page, { agent });
      expect(await text(page, 'cd-agent-state .name')).toBe(name);
      expect(await text(page, 'cd-agent-state .timer')).toBe(`Time in state ${timer}`);
      expect(await text(page, 'cd-agent-state .pending')).toBe(pending);
    }
  });

  it('the time in state counts up once a second from stateChangedAt', async () => {
    const page = await harness.open();
    await page.clock.install({ time: NOW - 60_000 });
    await page.clock.pauseAt(NOW);
    await mount(page, 'cd-agent-state', { agent: agentIn('READY', ago(59)) });
    expect(await text(page, 'cd-agent-state .timer')).toBe('Time in state 00:59');
    await page.clock.runFor(1000);
    expect(await text(page, 'cd-agent-state .timer')).toBe('Time in state 01:00');
    await page.clock.runFor(3000);
    expect(await text(page, 'cd-agent-state .timer')).toBe('Time in state 01:03');
  });

  it('Not Ready with Lunch sends { state: NOT_READY, reasonCodeId: "2" }, offers no system code, and shows the new state only when the agent property brings it', async () => {
    const page = await mounted();
    const reasons = await answerApi(page, 'GET', '/api/reason-codes', () => ({ body: NOT_READY_CODES }));
    const changes = await answerApi(page, 'PUT', '/api/agent/state', () => ({ body: agentIn('NOT_READY', ago(0)) }));
    await page.getByRole('button', { name: 'Not Ready', exact: true }).click();
    await page.getByLabel('Not Ready reason').selectOption({ label: 'Lunch' });
    expect(await reasonOptions(page)).toEqual(['Break', 'Lunch']);
    await page.getByRole('button', { name: 'Set Not Ready' }).click();
    await page.getByRole('button', { name: 'Set Not Ready' }).waitFor({ state: 'detached' });
    expect(reasons.map((call) => call.query)).toEqual([{ category: 'NOT_READY' }]);
    expect(changes.map((call) => call.body)).toEqual([{ state: 'NOT_READY', reasonCodeId: '2' }]);
    expect(await text(page, 'cd-agent-state .name')).toBe('Ready');
    await setProperties(page, {
      agent: agentIn('NOT_READY', ago(0), { reasonCode: { id: '2', code: '11', label: 'Lunch' } }),
    });
    expect(await text(page, 'cd-agent-state .name')).toBe('Not Ready — Lunch');
  });

  it('reason codes load on the first open only: "Loading reasons…" while they come, and the list kept for the next open', async () => {
    const page = await mounted();
    const held = gate();
    const reasons = await answerApi(page, 'GET', '/api/reason-codes', () => ({
      body: NOT_READY_CODES,
      after: held.opened,
    }));
    expect(reasons).toEqual([]);
    await page.getByRole('button', { name: 'Not Ready', exact: true }).click();
    await page.getByText('Loading reasons…').waitFor();
    held.open();
    await page.getByLabel('Not Ready reason').waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Not Ready', exact: true }).click();
    expect(await reasonOptions(page)).toEqual(['Break', 'Lunch']);
    expect(reasons).toHaveLength(1);
  });

  it('with no reason codes but system ones, Not Ready is sent without a reasonCodeId', async () => {
    const page = await mounted();
    await answerApi(page, 'GET', '/api/reason-codes', () => ({
      body: NOT_READY_CODES.filter((code) => code.systemCode === true),
    }));
    const changes = await answerApi(page, 'PUT', '/api/agent/state', () => ({ body: agentIn('NOT_READY', ago(0)) }));
    await page.getByRole('button', { name: 'Not Ready', exact: true }).click();
    await page.getByRole('button', { name: 'Set Not Ready' }).click();
    await page.getByRole('button', { name: 'Set Not Ready' }).waitFor({ state: 'detached' });
    expect(await page.locator('cd-agent-state select').count()).toBe(0);
    expect(changes.map((call) => call.body)).toEqual([{ state: 'NOT_READY' }]);
  });

  it('reason codes that fail to load show the reason and "Try again" loads them', async () => {
    const page = await mounted();
    const reasons = await answerApi(page, 'GET', '/api/reason-codes', (_call, index) =>
      index === 0
        ? { status: 503, body: { error: { code: 'finesse_unavailable', message: 'Finesse is unavailable' } } }
        : { body: NOT_READY_CODES },
    );
    await page.getByRole('button', { name: 'Not Ready', exact: true }).click();
    expect(await text(page, 'cd-agent-state [role="alert"]')).toBe(
      'The reasons could not be loaded: Finesse is unavailable',
    );
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByLabel('Not Ready reason').waitFor();
    expect(await reasonOptions(page)).toEqual(['Break', 'Lunch']);
    expect(reasons).toHaveLength(2);
  });

  it('a Not Ready answer that arrives after Log out was opened is ignored: the panel lists the logout reasons only', async () => {
    const page = await mounted();
    const late = gate();
    const reasons = await answerApi(page, 'GET', '/api/reason-codes', (call) =>
      call.query.category === 'NOT_READY' ? { body: NOT_READY_CODES, after: late.opened } : { body: LOGOUT_CODES },
    );
    const failed: string[] = [];
    page.on('requestfailed', (request) =>
      failed.push(`${new URL(request.url()).search} ${request.failure()?.errorText ?? ''}`),
    );
    await page.getByRole('button', { name: 'Not Ready', exact: true }).click();
    await page.getByText('Loading reasons…').waitFor();
    await page.getByRole('button', { name: 'Log out', exact: true }).click();
    await page.getByLabel('Logout reason').waitFor();
    late.open();
    await reasons[0]!.answered;
    // The page gave up on the Not Ready request when Log out opened, so its late answer has nowhere to land.
    expect(failed).toEqual(['?category=NOT_READY net::ERR_ABORTED']);
    expect(await reasonOptions(page)).toEqual(['End of shift', 'Personal']);
    expect(await page.getByLabel('Not Ready reason').count()).toBe(0);
  });

  it('Log out with "End of shift" sends { state: LOGOUT, reasonCodeId: "21" }', async () => {
    const page = await mounted(agentIn('NOT_READY', ago(10)));
    await answerApi(page, 'GET', '/api/reason-codes', () => ({ body: LOGOUT_CODES }));
    const changes = await answerApi(page, 'PUT', '/api/agent/state', () => ({ body: agentIn('LOGOUT', ago(0)) }));
    await page.getByRole('button', { name: 'Log out', exact: true }).click();
    await page.getByLabel('Logout reason').selectOption({ label: 'End of shift' });
    await page.getByRole('button', { name: 'Log out now' }).click();
    await page.getByRole('button', { name: 'Log out now' }).waitFor({ state: 'detached' });
    expect(changes.map((call) => call.body)).toEqual([{ state: 'LOGOUT', reasonCodeId: '21' }]);
  });

  it('logged out, the extension field is prefilled when known, refuses letters, and Log in sends { extension }', async () => {
    const page = await mounted(agentIn('LOGOUT', ago(10), { extension: '1001001' }));
    const signIns = await answerApi(page, 'POST', '/api/agent/sign-in', () => ({ body: agentIn('NOT_READY', ago(0)) }));
    const field = page.getByLabel('Extension');
    expect(await field.inputValue()).toBe('1001001');
    await field.fill('10a1');
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    expect(await text(page, 'cd-agent-state [role="alert"]')).toBe('Enter your extension using digits only.');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(signIns).toEqual([]);
    await field.fill('1001002');
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    await page.getByRole('alert').waitFor({ state: 'detached' });
    await expect.poll(() => signIns.map((call) => call.body)).toEqual([{ extension: '1001002' }]);
  });

  it("a change Finesse refuses emits cd-notice with Finesse's reason and leaves the state shown as it was", async () => {
    const page = await mounted();
    const changes = await answerApi(page, 'PUT', '/api/agent/state', () => finesseRefusal('CF_INVALID_AGENT_WORKMODE'));
    await answerApi(page, 'GET', '/api/reason-codes', () => ({ body: [] }));
    await page.getByRole('button', { name: 'Not Ready', exact: true }).click();
    await page.getByRole('button', { name: 'Set Not Ready' }).click();
    await expect
      .poll(() => emittedEvents(page))
      .toEqual([
        {
          name: 'cd-notice',
          detail: { tone: 'error', message: 'The state was not changed: CF_INVALID_AGENT_WORKMODE' },
        },
      ]);
    expect(changes).toHaveLength(1);
    expect(await text(page, 'cd-agent-state .name')).toBe('Ready');
    expect(await page.getByRole('button', { name: 'Set Not Ready' }).isVisible()).toBe(true);
  });

  it('while a change waits for Finesse the controls are marked busy, and a second press sends nothing', async () => {
    const page = await mounted(agentIn('NOT_READY', ago(10)));
    const held = gate();
    const changes = await answerApi(page, 'PUT', '/api/agent/state', () => ({
      body: agentIn('READY', ago(0)),
      after: held.opened,
    }));
    await page.getByRole('button', { name: 'Ready', exact: true }).click();
    await expect.poll(() => page.locator('cd-agent-state .controls').getAttribute('aria-busy')).toBe('true');
    // aria-disabled keeps the button focusable; force presses it anyway, as an impatient agent would.
    await page.getByRole('button', { name: 'Ready', exact: true }).click({ force: true });
    held.open();
    await expect.poll(() => page.locator('cd-agent-state .controls').getAttribute('aria-busy')).toBe('false');
    expect(changes.map((call) => call.body)).toEqual([{ state: 'READY' }]);
  });

  it('keyboard only: Tab to Not Ready, Enter, pick the second reason with the arrow key, confirm; Escape closes the panel and returns focus', async () => {
    const page = await mounted(agentIn('NOT_READY', ago(10)));
    await answerApi(page, 'GET', '/api/reason-codes', () => ({ body: NOT_READY_CODES }));
    const changes = await answerApi(page, 'PUT', '/api/agent/state', () => ({ body: agentIn('NOT_READY', ago(0)) }));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('open-NOT_READY');
    await page.keyboard.press('Enter');
    await page.getByLabel('Not Ready reason').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await page.getByLabel('Not Ready reason').waitFor({ state: 'detached' });
    expect(await focusedId(page)).toBe('open-NOT_READY');
    await page.keyboard.press('Enter');
    await page.getByLabel('Not Ready reason').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByLabel('Not Ready reason').waitFor({ state: 'detached' });
    expect(changes.map((call) => call.body)).toEqual([{ state: 'NOT_READY', reasonCodeId: '2' }]);
    expect(await focusedId(page)).toBe('open-NOT_READY');
  });

  it('the reason panel and the login form with an error have no serious axe violations, light or dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await mounted(agentIn('TALKING', ago(10), { pendingState: 'NOT_READY' }), colorScheme);
      await answerApi(page, 'GET', '/api/reason-codes', () => ({ body: NOT_READY_CODES }));
      await page.getByRole('button', { name: 'Not Ready', exact: true }).click();
      await page.getByLabel('Not Ready reason').waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await setProperties(page, { agent: agentIn('LOGOUT', ago(10)) });
      await page.getByRole('button', { name: 'Log in', exact: true }).click();
      await page.getByRole('alert').waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
    }
  });
});
