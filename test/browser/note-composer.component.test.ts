import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { NoteStatus } from '../../shared/api/context.js';
import { seriousAxeViolations } from '../kit/browser.js';
import { mount, useComponentHarness } from '../kit/component-harness.js';
import { answerApi, emittedEvents, gate } from '../kit/call-control-fixtures.js';
import type { Answer, RecordedCall } from '../kit/call-control-fixtures.js';

const CUSTOMER = 'cust-maria';
const NOTE_ID = '6f1c2d3e-4a5b-4c6d-8e7f-000000000001';
const PROPERTIES = { customerId: CUSTOMER, requestId: 'req-1', dialogId: '16817456', agentId: '1001001' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const queued = (noteId = NOTE_ID): NoteStatus => ({ noteId, status: 'queued', attempts: 0 });
const delivered = (noteId = NOTE_ID): NoteStatus => ({ noteId, status: 'delivered', attempts: 1, activityId: 'act-9' });
const unavailable: Answer = {
  status: 503,
  body: { error: { code: 'store_unavailable', message: 'Notes cannot be stored right now' } },
};

const noteField = (page: Page) => page.getByLabel('New note');
const statuses = (page: Page): Promise<string[]> => page.locator('cd-note-composer li .status').allTextContents();
const keyOf = (call: RecordedCall | undefined): string | undefined => call?.headers['idempotency-key'];
/** What the composer keeps in localStorage under agent 1001001. */
const stored = (page: Page, name: string): Promise<unknown> =>
  page.evaluate(
    (key) =>
      JSON.parse(
        (globalThis as unknown as { localStorage: { getItem(key: string): string | null } }).localStorage.getItem(
          key,
        ) ?? 'null',
      ) as unknown,
    `context-desk.notes.1001001.${name}`,
  );

/** Feeds the composer note statuses as the event stream's `note` events do. */
async function streamStatus(page: Page, status: NoteStatus): Promise<void> {
  await page.evaluate((value) => {
    (globalThis as unknown as { harness: { set(values: object): void } }).harness.set({
      noteStatuses: new Map([[value.noteId, value]]),
    });
  }, status);
}

async function reloadAndMount(page: Page): Promise<void> {
  await page.reload();
  await page.waitForFunction(() => 'harness' in globalThis);
  await mount(page, 'cd-note-composer', PROPERTIES);
}

describe('<cd-note-composer>', () => {
  const harness = useComponentHarness();

  async function mounted(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const page = await harness.open({ colorScheme });
    await mount(page, 'cd-note-composer', PROPERTIES);
    return page;
  }

  it('Add note posts the text with request and call under a UUID Idempotency-Key, shows it queued, then delivered when the stream says so', async () => {
    const page = await mounted();
    const posts = await answerApi(page, 'POST', `/api/customers/${CUSTOMER}/notes`, () => ({
      status: 202,
      body: queued(),
    }));
    await noteField(page).fill('Wants a callback on Friday');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByText('Queued for Context Service', { exact: true }).waitFor();
    expect(posts.map((call) => call.body)).toEqual([
      { text: 'Wants a callback on Friday', requestId: 'req-1', dialogId: '16817456' },
    ]);
    expect(keyOf(posts[0])).toMatch(UUID);
    expect(await noteField(page).inputValue()).toBe('');
    expect(await stored(page, 'outbox')).toEqual([
      {
        key: keyOf(posts[0]),
        text: 'Wants a callback on Friday',
        customerId: CUSTOMER,
        requestId: 'req-1',
        dialogId: '16817456',
        noteId: NOTE_ID,
      },
    ]);
    await streamStatus(page, delivered());
    await page.getByText('Delivered', { exact: true }).waitFor();
    expect(await stored(page, 'outbox')).toBeNull();
    expect(await page.locator('cd-note-composer [role="status"]').textContent()).toBe('Note delivered');
    expect((await emittedEvents(page)).map((event) => event.detail)).toEqual([
      { noteId: NOTE_ID, status: 'queued' },
      { noteId: NOTE_ID, status: 'delivered' },
    ]);
  });

  it('the note is in localStorage before the BFF answers', async () => {
    const page = await mounted();
    const held = gate();
    await answerApi(page, 'POST', `/api/customers/${CUSTOMER}/notes`, () => ({
      status: 202,
      body: queued(),
      after: held.opened,
    }));
    await noteField(page).fill('Stored first');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('button', { name: 'Adding…' }).waitFor();
    expect(await stored(page, 'outbox')).toEqual([
      expect.objectContaining({ text: 'Stored first', customerId: CUSTOMER }) as unknown,
    ]);
    held.open();
    await page.getByText('Queued for Context Service', { exact: true }).waitFor();
  });

  it('a queued note survives a reload: it shows again and its status is asked for and shown', async () => {
    const page = await mounted();
    await answerApi(page, 'POST', `/api/customers/${CUSTOMER}/notes`, () => ({ status: 202, body: queued() }));
    const checks = await answerApi(page, 'GET', `/api/notes/${NOTE_ID}`, () => ({ body: delivered() }));
    await noteField(page).fill('Survives reloads');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByText('Queued for Context Service', { exact: true }).waitFor();
    await reloadAndMount(page);
    await page.getByText('Delivered', { exact: true }).waitFor();
    expect(await page.locator('cd-note-composer li .text').allTextContents()).toEqual(['Survives reloads']);
    expect(checks.length).toBeGreaterThanOrEqual(1);
    expect(await stored(page, 'outbox')).toBeNull();
  });

  it('a note whose send never got an answer is sent again after a reload under the same Idempotency-Key', async () => {
    const page = await mounted();
    const never = gate();
    const posts = await answerApi(page, 'POST', `/api/customers/${CUSTOMER}/notes`, (_call, index) =>
      index === 0 ? { status: 202, body: queued(), after: never.opened } : { status: 202, body: queued() },
    );
    await noteField(page).fill('Sent while the page died');
    await page.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => posts.length).toBe(1);
    await reloadAndMount(page);
    await page.getByText('Queued for Context Service', { exact: true }).waitFor();
    never.open();
    expect(posts).toHaveLength(2);
    expect(keyOf(posts[1])).toBe(keyOf(posts[0]));
    expect(posts[1]?.body).toEqual(posts[0]?.body);
    expect(await stored(page, 'outbox')).toEqual([
      {
        key: keyOf(posts[0]),
        text: 'Sent while the page died',
        customerId: CUSTOMER,
        requestId: 'req-1',
        dialogId: '16817456',
        noteId: NOTE_ID,
      },
    ]);
  });

  it('a 503 keeps the text in the field and as a draft, says why, and Add note again retries under the same Idempotency-Key', async () => {
    const page = await mounted();
    const posts = await answerApi(page, 'POST', `/api/customers/${CUSTOMER}/notes`, (_call, index) =>
      index === 0 ? unavailable : { status: 202, body: queued() },
    );
    await noteField(page).fill('Do not lose me');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toBe(
      'The note was not added, your text is kept: Notes cannot be stored right now',
    );
    expect(await noteField(page).inputValue()).toBe('Do not lose me');
    expect(await stored(page, `draft.${CUSTOMER}`)).toEqual({
      text: 'Do not lose me',
      retry: { key: keyOf(posts[0]), text: 'Do not lose me' },
    });
    expect(await stored(page, 'outbox')).toBeNull();
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByText('Queued for Context Service', { exact: true }).waitFor();
    expect(posts).toHaveLength(2);
    expect(keyOf(posts[1])).toBe(keyOf(posts[0]));
    expect(await stored(page, `draft.${CUSTOMER}`)).toBeNull();
  });

  it('after a refused send, a reload keeps the text and the retry still uses the same key; edited text goes under a new key', async () => {
    const page = await mounted();
    const posts = await answerApi(page, 'POST', `/api/customers/${CUSTOMER}/notes`, (_call, index) =>
      index < 2 ? unavailable : { status: 202, body: queued() },
    );
    await noteField(page).fill('First words');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('alert').waitFor();
    await reloadAndMount(page);
    expect(await noteField(page).inputValue()).toBe('First words');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('alert').waitFor();
    await noteField(page).fill('First words, edited');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByText('Queued for Context Service', { exact: true }).waitFor();
    expect(posts.map(keyOf).slice(0, 2)).toEqual([keyOf(posts[0]), keyOf(posts[0])]);
    expect(keyOf(posts[2])).not.toBe(keyOf(posts[0]));
    expect(posts[2]?.body).toMatchObject({ text: 'First words, edited' });
  });

  it('a draft survives a reload for its customer only', async () => {
    const page = await mounted();
    await noteField(page).fill('Half a thought');
    await reloadAndMount(page);
    expect(await noteField(page).inputValue()).toBe('Half a thought');
    await mount(page, 'cd-note-composer', { ...PROPERTIES, customerId: 'cust-other' });
    expect(await noteField(page).inputValue()).toBe('');
  });

  it('while a note is queued its status is polled every few seconds until it is delivered', async () => {
    const page = await harness.open();
    await page.clock.install({ time: Date.parse('2025-03-01T10:00:00.000Z') });
    await page.clock.pauseAt(Date.parse('2025-03-01T10:00:01.000Z'));
    await mount(page, 'cd-note-composer', PROPERTIES);
    await answerApi(page, 'POST', `/api/customers/${CUSTOMER}/notes`, () => ({ status: 202, body: queued() }));
    const checks = await answerApi(page, 'GET', `/api/notes/${NOTE_ID}`, (_call, index) => ({
      body: index === 0 ? queued() : delivered(),
    }));
    await noteField(page).fill('Polled');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByText('Queued for Context Service', { exact: true }).waitFor();
    expect(checks).toHaveLength(0);
    await page.clock.runFor(5000);
    await expect.poll(() => checks.length).toBe(1);
    expect(await statuses(page)).toEqual(['Queued for Context Service']);
    await page.clock.runFor(5000);
    await page.getByText('Delivered', { exact: true }).waitFor();
    await page.clock.runFor(15_000);
    expect(checks).toHaveLength(2);
  });

  it('a failed delivery shows Context Service\'s error, and "Edit and send again" puts the text back in the field', async () => {
    const page = await mounted();
    await answerApi(page, 'POST', `/api/customers/${CUSTOMER}/notes`, () => ({ status: 202, body: queued() }));
    await noteField(page).fill('Will fail');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByText('Queued for Context Service', { exact: true }).waitFor();
    await streamStatus(page, { noteId: NOTE_ID, status: 'failed', attempts: 5, lastError: 'Field too long' });
    await page.getByText('Not delivered: Field too long', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Edit and send again' }).click();
    expect(await noteField(page).inputValue()).toBe('Will fail');
    expect(await statuses(page)).toEqual([]);
    expect(await stored(page, 'outbox')).toBeNull();
  });

  it('the counter shows the length, and only near the 4000 limit speaks politely of what is left', async () => {
    const page = await mounted();
    const counter = page.locator('cd-note-composer #count');
    await noteField(page).fill('x'.repeat(100));
    expect((await counter.textContent())?.trim()).toBe('100 / 4000');
    expect(await counter.getAttribute('aria-live')).toBe('off');
    await noteField(page).fill('x'.repeat(3850));
    expect((await counter.textContent())?.trim()).toBe('150 characters left');
    expect(await counter.getAttribute('aria-live')).toBe('polite');
    expect(await noteField(page).getAttribute('maxlength')).toBe('4000');
  });

  it('keyboard only: Tab to the field, type, Tab to Add note, Enter sends it', async () => {
    const page = await mounted();
    const posts = await answerApi(page, 'POST', `/api/customers/${CUSTOMER}/notes`, () => ({
      status: 202,
      body: queued(),
    }));
    await page.keyboard.press('Tab');
    await page.keyboard.type('Typed by keyboard');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Queued for Context Service', { exact: true }).waitFor();
    expect(posts.map((call) => call.body)).toEqual([
      { text: 'Typed by keyboard', requestId: 'req-1', dialogId: '16817456' },
    ]);
  });

  it('with an error, a queued and a failed note it has no serious axe violations, light or dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await mounted(colorScheme);
      await answerApi(page, 'POST', `/api/customers/${CUSTOMER}/notes`, (_call, index) =>
        index === 2 ? unavailable : { status: 202, body: queued(`6f1c2d3e-4a5b-4c6d-8e7f-00000000000${index}`) },
      );
      for (const text of ['One', 'Two', 'Three']) {
        await noteField(page).fill(text);
        await page.getByRole('button', { name: 'Add note' }).click();
        await page.getByRole('button', { name: 'Add note' }).waitFor();
      }
      await streamStatus(page, {
        noteId: '6f1c2d3e-4a5b-4c6d-8e7f-000000000001',
        status: 'failed',
        attempts: 5,
        lastError: 'Rejected',
      });
      await page.getByRole('alert').waitFor();
      await page.getByText('Not delivered: Rejected', { exact: true }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
    }
  });
});
