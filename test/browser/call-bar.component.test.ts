import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Dialog } from '../../shared/api/dialog.js';
import { seriousAxeViolations } from '../kit/browser.js';
import { mount, useComponentHarness } from '../kit/component-harness.js';
import {
  agentIn,
  answerApi,
  callWithAgent,
  emittedEvents,
  finesseRefusal,
  focusedIn,
  gate,
  setProperties,
} from '../kit/call-control-fixtures.js';

const NOW = Date.parse('2025-03-01T10:02:05.000Z');
const TALKING = agentIn('TALKING', '2025-03-01T10:00:00.000Z');
const ACTIVE_ACTIONS = ['TRANSFER_SST', 'CONSULT_CALL', 'HOLD', 'UPDATE_CALL_DATA', 'SEND_DTMF', 'DROP'];
const EVERY_ACTION = [
  'ANSWER',
  'HOLD',
  'RETRIEVE',
  'DROP',
  'CONSULT_CALL',
  'TRANSFER',
  'TRANSFER_SST',
  'CONFERENCE',
  'SEND_DTMF',
  'UPDATE_CALL_DATA',
];

/** Each toolbar button's name with whether it is available (not aria-disabled). */
async function buttonStates(page: Page, dialogId: string): Promise<[string, boolean][]> {
  const buttons = page.locator(`cd-call-bar #call-${dialogId} [role="toolbar"] button`);
  const names = (await buttons.allTextContents()).map((name) => name.trim());
  const disabled = await Promise.all(names.map((_name, index) => buttons.nth(index).getAttribute('aria-disabled')));
  return names.map((name, index) => [name, disabled[index] !== 'true']);
}
/** Presses a call's button; `force` presses one marked unavailable (aria-disabled), as an impatient agent would. */
const press = (page: Page, dialogId: string, name: string, force = false) =>
  page.locator(`cd-call-bar #call-${dialogId}`).getByRole('button', { name, exact: true }).click({ force });
const focusedText = async (page: Page): Promise<string | undefined> => (await focusedIn(page, 'cd-call-bar'))?.text;

describe('<cd-call-bar>', () => {
  const harness = useComponentHarness();

  async function mounted(
    properties: { dialogs: Dialog[]; wrapUpDialog?: Dialog; agent?: unknown },
    colorScheme: 'light' | 'dark' = 'light',
  ): Promise<Page> {
    const page = await harness.open({ colorScheme });
    await page.clock.setFixedTime(NOW);
    await mount(page, 'cd-call-bar', { agent: TALKING, ...properties });
    return page;
  }

  /** Answers every action with the dialog acted on, recording the requests. */
  const answerActions = (page: Page, dialogs: readonly Dialog[]) =>
    answerApi(page, 'POST', /^\/api\/dialogs\/[^/]+\/actions$/, (call) => ({
      body: dialogs.find((dialog) => call.path.includes(dialog.id)),
    }));

  it('a connected inbound call shows who, type, state and duration, with exactly the actions Finesse lists available', async () => {
    const call = callWithAgent('5001', 'ACTIVE', ACTIVE_ACTIONS);
    const page = await mounted({ dialogs: [call] });
    const actions = await answerActions(page, [call]);
    expect(await page.locator('cd-call-bar .who').textContent()).toBe('Call with +14155550123');
    expect((await page.locator('cd-call-bar .meta').textContent())?.replace(/\s+/g, ' ').trim()).toBe(
      'From +14155550123 to 1001001 · Inbound · connected · Duration 02:05',
    );
    expect(await buttonStates(page, '5001')).toEqual([
      ['Answer', false],
      ['Hold', true],
      ['Retrieve', false],
      ['End call', true],
      ['Consult', true],
      ['Transfer', false],
      ['Direct transfer', true],
      ['Conference', false],
      ['Keypad', true],
    ]);
    expect(await page.locator('cd-call-bar #unavailable-5001').textContent()).toBe(
      'Not available while the call is connected.',
    );
    await press(page, '5001', 'Answer', true);
    expect(actions).toEqual([]);
  });

  it("Answer, Hold, Retrieve, End call, Transfer and Conference each post their action to the call's actions route", async () => {
    const call = callWithAgent('5002', 'ACTIVE', EVERY_ACTION);
    const page = await mounted({ dialogs: [call] });
    const actions = await answerActions(page, [call]);
    for (const [index, name] of ['Answer', 'Hold', 'Retrieve', 'End call', 'Transfer', 'Conference'].entries()) {
      await press(page, '5002', name);
      await expect.poll(() => actions.length).toBe(index + 1);
      await expect.poll(() => page.locator('cd-call-bar [aria-busy="true"]').count()).toBe(0);
    }
    expect(actions.map((action) => action.path)).toEqual(Array<string>(6).fill('/api/dialogs/5002/actions'));
    expect(actions.map((action) => action.body)).toEqual([
      { action: 'ANSWER' },
      { action: 'HOLD' },
      { action: 'RETRIEVE' },
      { action: 'DROP' },
      { action: 'TRANSFER' },
      { action: 'CONFERENCE' },
    ]);
  });

  it('Consult asks for a number: letters are refused with an alert, "+1 (415) 555-0199" is sent as CONSULT_CALL to +14155550199', async () => {
    const call = callWithAgent('5003', 'ACTIVE', ACTIVE_ACTIONS);
    const page = await mounted({ dialogs: [call] });
    const actions = await answerActions(page, [call]);
    await press(page, '5003', 'Consult');
    await page.getByLabel('Number to consult').fill('sales');
    await page.getByRole('button', { name: 'Call', exact: true }).click();
    expect(await page.locator('cd-call-bar [role="alert"]').textContent()).toBe(
      'Enter a number to dial: digits, *, # and an optional leading +.',
    );
    expect(actions).toEqual([]);
    await page.getByLabel('Number to consult').fill('+1 (415) 555-0199');
    await page.getByRole('button', { name: 'Call', exact: true }).click();
    await page.getByLabel('Number to consult').waitFor({ state: 'detached' });
    expect(actions.map((action) => action.body)).toEqual([{ action: 'CONSULT_CALL', target: '+14155550199' }]);
  });

  it('Direct transfer asks for a number and sends TRANSFER_SST with it as the target', async () => {
    const call = callWithAgent('5004', 'ACTIVE', ACTIVE_ACTIONS);
    const page = await mounted({ dialogs: [call] });
    const actions = await answerActions(page, [call]);
    await press(page, '5004', 'Direct transfer');
    await page.getByLabel('Number to transfer to').fill('1001002');
    await page.getByRole('button', { name: 'Transfer now' }).click();
    await page.getByLabel('Number to transfer to').waitFor({ state: 'detached' });
    expect(actions.map((action) => action.body)).toEqual([{ action: 'TRANSFER_SST', target: '1001002' }]);
  });

  it('during a consult both calls show; Transfer on the held original call completes it with TRANSFER on that call', async () => {
    const original = callWithAgent('5005', 'HELD', ['RETRIEVE', 'UPDATE_CALL_DATA', 'DROP', 'TRANSFER', 'CONFERENCE']);
    const consult = callWithAgent('5006', 'ACTIVE', ACTIVE_ACTIONS, {
      from: '1001001',
      to: '1001002',
      callType: 'CONSULT',
      startedAt: '2025-03-01T10:01:00.000Z',
      associatedDialogId: '5005',
    });
    const page = await mounted({ dialogs: [consult, original] });
    const actions = await answerActions(page, [original, consult]);
    expect(await page.locator('cd-call-bar .who').allTextContents()).toEqual([
      'Call with +14155550123',
      'Call with 1001002',
    ]);
    expect((await buttonStates(page, '5006')).filter(([, available]) => available).map(([name]) => name)).toEqual([
      'Hold',
      'End call',
      'Consult',
      'Direct transfer',
      'Keypad',
    ]);
    await press(page, '5005', 'Transfer');
    await expect
      .poll(() => actions.map((action) => [action.path, action.body]))
      .toEqual([['/api/dialogs/5005/actions', { action: 'TRANSFER' }]]);
  });

  it('the keypad sends each key pressed as SEND_DTMF, and typing 1, 2, # with focus in it sends 12# in order', async () => {
    const call = callWithAgent('5007', 'ACTIVE', ACTIVE_ACTIONS);
    const page = await mounted({ dialogs: [call] });
    const actions = await answerActions(page, [call]);
    await press(page, '5007', 'Keypad');
    const keypad = page.getByRole('group', { name: 'Keypad' });
    await keypad.getByRole('button', { name: '5', exact: true }).click();
    await expect.poll(() => actions.map((action) => action.body)).toEqual([{ action: 'SEND_DTMF', dtmf: '5' }]);
    await keypad.getByRole('button', { name: '5', exact: true }).focus();
    await page.keyboard.type('12#');
    await keypad.getByText('Sent: 512#').waitFor();
    expect(
      actions
        .slice(1)
        .map((action) => (action.body as { dtmf: string }).dtmf)
        .join(''),
    ).toBe('12#');
    expect(actions.every((action) => (action.body as { action: string }).action === 'SEND_DTMF')).toBe(true);
  });

  it('in wrap-up the ended call has no call controls, and the chosen reason goes as UPDATE_CALL_DATA { wrapUpReason } on it', async () => {
    const ended = callWithAgent('5008', 'WRAP_UP', ['UPDATE_CALL_DATA']);
    const page = await harness.open();
    await answerApi(page, 'GET', '/api/wrap-up-reasons', () => ({
      body: [
        { id: '1', label: 'Question answered' },
        { id: '2', label: 'Order placed' },
      ],
    }));
    const actions = await answerActions(page, [{ ...ended, wrapUpReason: 'Order placed' }]);
    await mount(page, 'cd-call-bar', {
      agent: agentIn('WORK_READY', '2025-03-01T10:02:00.000Z'),
      dialogs: [ended],
      wrapUpDialog: ended,
    });
    await page.getByLabel('Wrap-up reason').selectOption({ label: 'Order placed' });
    expect(await page.locator('cd-call-bar [role="toolbar"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Save reason' }).click();
    await expect
      .poll(() => actions.map((action) => [action.path, action.body]))
      .toEqual([['/api/dialogs/5008/actions', { action: 'UPDATE_CALL_DATA', wrapUpReason: 'Order placed' }]]);
    await setProperties(page, { dialogs: [{ ...ended, wrapUpReason: 'Order placed' }] });
    await page.getByText('Reason saved: Order placed').waitFor();
  });

  it('wrap-up reasons that fail to load say why and offer to try again', async () => {
    const ended = callWithAgent('5009', 'WRAP_UP', ['UPDATE_CALL_DATA']);
    const page = await harness.open();
    const reasons = await answerApi(page, 'GET', '/api/wrap-up-reasons', (_call, index) =>
      index === 0
        ? { status: 503, body: { error: { code: 'finesse_unavailable', message: 'Finesse is unavailable' } } }
        : { body: [] },
    );
    await mount(page, 'cd-call-bar', {
      agent: agentIn('WORK', '2025-03-01T10:02:00.000Z'),
      dialogs: [ended],
      wrapUpDialog: ended,
    });
    await page.getByText('The wrap-up reasons could not be loaded: Finesse is unavailable').waitFor();
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByText('No wrap-up reasons are set up.').waitFor();
    expect(reasons).toHaveLength(2);
  });

  it("an action Finesse refuses emits cd-notice naming the action and Finesse's reason", async () => {
    const call = callWithAgent('5010', 'ACTIVE', ACTIVE_ACTIONS);
    const page = await mounted({ dialogs: [call] });
    await answerApi(page, 'POST', '/api/dialogs/5010/actions', () => finesseRefusal('CF_INVALID_OBJECT_STATE'));
    await press(page, '5010', 'Hold');
    await expect
      .poll(() => emittedEvents(page))
      .toEqual([
        { name: 'cd-notice', detail: { tone: 'error', message: 'Hold did not work: CF_INVALID_OBJECT_STATE' } },
      ]);
  });

  it('while an action waits for Finesse its button is busy and every action is unavailable', async () => {
    const call = callWithAgent('5011', 'ACTIVE', ACTIVE_ACTIONS);
    const page = await mounted({ dialogs: [call] });
    const held = gate();
    const actions = await answerApi(page, 'POST', '/api/dialogs/5011/actions', () => ({
      body: call,
      after: held.opened,
    }));
    await press(page, '5011', 'Hold');
    await expect.poll(() => page.locator('cd-call-bar [aria-busy="true"]').textContent()).toBe('Hold');
    expect((await buttonStates(page, '5011')).some(([, available]) => available)).toBe(false);
    await press(page, '5011', 'End call', true);
    held.open();
    await expect.poll(() => page.locator('cd-call-bar [aria-busy="true"]').count()).toBe(0);
    expect(actions.map((action) => action.body)).toEqual([{ action: 'HOLD' }]);
  });

  it('keyboard only: the toolbar is one Tab stop on its first available action, arrows move in it, Enter holds; Consult by keyboard, and Escape returns focus to Consult', async () => {
    const call = callWithAgent('5012', 'ACTIVE', ACTIVE_ACTIONS);
    const page = await mounted({ dialogs: [call] });
    const actions = await answerActions(page, [call]);
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Hold');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedText(page)).toBe('Answer');
    await page.keyboard.press('ArrowRight');
    expect(await focusedText(page)).toBe('Hold');
    await page.keyboard.press('Enter');
    await expect.poll(() => actions.map((action) => action.body)).toEqual([{ action: 'HOLD' }]);
    await expect.poll(() => page.locator('cd-call-bar [aria-busy="true"]').count()).toBe(0);
    for (const _step of ['Retrieve', 'End call', 'Consult']) await page.keyboard.press('ArrowRight');
    expect(await focusedText(page)).toBe('Consult');
    await page.keyboard.press('Enter');
    await page.getByLabel('Number to consult').waitFor();
    await page.keyboard.press('Escape');
    await page.getByLabel('Number to consult').waitFor({ state: 'detached' });
    expect(await focusedText(page)).toBe('Consult');
    await page.keyboard.press('Enter');
    await page.getByLabel('Number to consult').waitFor();
    await page.keyboard.type('1001002');
    await page.keyboard.press('Enter');
    await page.getByLabel('Number to consult').waitFor({ state: 'detached' });
    expect(actions.map((action) => action.body)).toEqual([
      { action: 'HOLD' },
      { action: 'CONSULT_CALL', target: '1001002' },
    ]);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Consult');
  });

  it('a ringing call, a consult with the keypad open, and wrap-up have no serious axe violations, light or dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const ringing = callWithAgent('5013', 'ALERTING', ['ANSWER']);
      const page = await mounted({ dialogs: [ringing] }, colorScheme);
      expect(await seriousAxeViolations(page)).toEqual([]);
      const original = callWithAgent('5014', 'HELD', ['RETRIEVE', 'DROP', 'TRANSFER', 'CONFERENCE']);
      const consult = callWithAgent('5015', 'ACTIVE', ACTIVE_ACTIONS, {
        from: '1001001',
        to: '1001002',
        callType: 'CONSULT',
        startedAt: '2025-03-01T10:01:00.000Z',
      });
      await mount(page, 'cd-call-bar', { agent: TALKING, dialogs: [original, consult] });
      await press(page, '5015', 'Keypad');
      expect(await seriousAxeViolations(page)).toEqual([]);
      const ended = callWithAgent('5016', 'WRAP_UP', ['UPDATE_CALL_DATA'], { wrapUpReason: 'Escalated' });
      await answerApi(page, 'GET', '/api/wrap-up-reasons', () => ({ body: [{ id: '4', label: 'Escalated' }] }));
      await mount(page, 'cd-call-bar', {
        agent: agentIn('WORK', '2025-03-01T10:02:00.000Z'),
        dialogs: [ended],
        wrapUpDialog: ended,
      });
      await page.getByLabel('Wrap-up reason').waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
    }
  });
});
