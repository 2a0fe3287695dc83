import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Customer } from '../../shared/api/context.js';
import { screenshotPath, seriousAxeViolations } from '../kit/browser.js';
import { mount, useComponentHarness } from '../kit/component-harness.js';
import { MARIA, answer, focusedElement, harnessEvents, holdCalls } from '../kit/customer-context-fixtures.js';

const CUSTOMER = /\/api\/customers\/cust-maria$/;
const THEIRS: Customer = {
  ...MARIA,
  address: { city: 'Oakland', country: 'USA' },
  lastUpdated: '2025-03-02T08:00:00.000Z',
};
const CONFLICT = { error: { code: 'stale_customer', message: 'The customer changed since you read it' } };

/** Opens the card's editor from the keyboard: Tab to Edit, Enter. */
async function editWithKeyboard(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
  await expect(focusedElement(page)).resolves.toMatchObject({ label: 'Edit Maria Garcia' });
  await page.keyboard.press('Enter');
  await expect(focusedElement(page)).resolves.toMatchObject({ tag: 'input', name: 'firstName' });
}

/** Tabs from the focused field to the field named `name`. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let step = 0; step < 20 && (await focusedElement(page)).name !== name; step++) await page.keyboard.press('Tab');
  expect((await focusedElement(page)).name).toBe(name);
}

describe('<cd-customer-card>', () => {
  const harness = useComponentHarness();

  it('a customer shows name, phone as a tel: link, email, address, language by name and external id', async () => {
    const page = await harness.open();
    await mount(page, 'cd-customer-card', { customer: MARIA });
    await expect(page.getByRole('heading', { name: 'Maria Garcia' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: '+14155550123' }).getAttribute('href')).resolves.toBe(
      'tel:+14155550123',
    );
    const text = await page.locator('cd-customer-card article').innerText();
    for (const shown of [
      'Mobile: +14155550123',
      'Home: maria.garcia@example.com',
      'San Francisco, USA',
      'Spanish (Spain)',
      'CRM-1001',
    ])
      expect(text).toContain(shown);
  });

  it('keyboard only: Edit, change the last name, Enter saves only that field with If-Match, then focus returns to Edit', async () => {
    const page = await harness.open();
    const saves = await holdCalls(page, CUSTOMER);
    await mount(page, 'cd-customer-card', { customer: MARIA });
    await editWithKeyboard(page);
    await tabTo(page, 'lastName');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('García');
    await page.keyboard.press('Enter');
    await saves.arrived(1);
    await expect(page.getByRole('button', { name: 'Save' }).isDisabled()).resolves.toBe(true);
    expect(saves.requests[0]!.method()).toBe('PATCH');
    expect(saves.requests[0]!.postDataJSON()).toEqual({ lastName: 'García' });
    expect(saves.requests[0]!.headers()['if-match']).toBe(MARIA.lastUpdated);

    const saved = { ...MARIA, lastName: 'García', lastUpdated: '2025-03-01T11:00:00.000Z' };
    await saves.release(0, saved);
    await page.getByRole('heading', { name: 'Maria García' }).waitFor();
    await expect(focusedElement(page)).resolves.toMatchObject({ label: 'Edit Maria García' });
    const events = await harnessEvents(page);
    expect(events).toEqual([{ name: 'cd-customer-saved', detail: { customer: saved } }]);
  });

  it('the editor shows language and country as selects of the labels the card shows; a stored "USA" outside the list is kept as it is', async () => {
    const page = await harness.open();
    await mount(page, 'cd-customer-card', { customer: { ...MARIA, address: { ...MARIA.address, state: 'CA' } } });
    await page.getByRole('button', { name: 'Edit Maria Garcia' }).click();
    const language = page.getByRole('combobox', { name: 'Language' });
    await expect(language.locator('option:checked').textContent()).resolves.toBe('Spanish (Spain)');
    await expect(language.inputValue()).resolves.toBe('es-ES');
    await expect(language.locator('option').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['English (United States)', 'French (France)']),
    );
    const country = page.getByRole('combobox', { name: 'Country' });
    await expect(country.locator('option:checked').textContent()).resolves.toBe('USA');
    await expect(country.locator('option').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['United States', 'Mexico', 'Spain']),
    );
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.locator('cd-customer-card').screenshot({ path: screenshotPath(`customer-card-edit-${colorScheme}`) });
    }
  });

  it('saving after choosing a language and a country by name sends those codes alone; the untouched home phone "(415) 555-0107" is not sent', async () => {
    const page = await harness.open();
    const saves = await holdCalls(page, CUSTOMER);
    const maria: Customer = { ...MARIA, phones: [...MARIA.phones, { kind: 'home', number: '(415) 555-0107' }] };
    await mount(page, 'cd-customer-card', { customer: maria });
    await page.getByRole('button', { name: 'Edit Maria Garcia' }).click();
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'French (France)' });
    await page.getByRole('combobox', { name: 'Country' }).selectOption({ label: 'United States' });
    await page.getByRole('button', { name: 'Save' }).click();
    await saves.arrived(1);
    expect(saves.requests[0]!.postDataJSON()).toEqual({ language: 'fr-FR', address: { country: 'US' } });
    await saves.release(0, {
      ...maria,
      language: 'fr-FR',
      address: { city: 'San Francisco', country: 'US' },
      lastUpdated: '2025-03-01T11:00:00.000Z',
    });
    await page.getByRole('button', { name: 'Edit Maria Garcia' }).waitFor();
    const text = await page.locator('cd-customer-card article').innerText();
    for (const shown of ['French (France)', 'San Francisco, United States', 'Home: (415) 555-0107'])
      expect(text).toContain(shown);
  });

  it('a changed mobile phone alone is sent for its kind alone; language, country and the home phone stay out of the save', async () => {
    const page = await harness.open();
    const saves = await holdCalls(page, CUSTOMER);
    await mount(page, 'cd-customer-card', {
      customer: { ...MARIA, phones: [...MARIA.phones, { kind: 'home', number: '(415) 555-0107' }] },
    });
    await page.getByRole('button', { name: 'Edit Maria Garcia' }).click();
    await page.getByLabel('Mobile phone').fill('(415) 555-0199');
    await page.getByRole('button', { name: 'Save' }).click();
    await saves.arrived(1);
    expect(saves.requests[0]!.postDataJSON()).toEqual({ phones: [{ kind: 'mobile', number: '(415) 555-0199' }] });
  });

  it('Escape in the editor cancels: the card shows the customer unchanged, nothing is sent, focus is back on Edit', async () => {
    const page = await harness.open();
    let sent = 0;
    await page.route(CUSTOMER, (route) => {
      sent += 1;
      return answer(route, MARIA);
    });
    await mount(page, 'cd-customer-card', { customer: MARIA });
    await editWithKeyboard(page);
    await page.keyboard.type('Marie');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { name: 'Maria Garcia' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('cd-customer-card input').count()).resolves.toBe(0);
    await expect(focusedElement(page)).resolves.toMatchObject({ label: 'Edit Maria Garcia' });
    expect(sent).toBe(0);
  });

  it('an invalid phone is named under its field (aria-describedby), gets focus, and nothing is saved', async () => {
    const page = await harness.open();
    await mount(page, 'cd-customer-card', { customer: MARIA });
    await page.getByRole('button', { name: 'Edit Maria Garcia' }).click();
    await page.getByLabel('Work phone').fill('call me maybe');
    await page.getByRole('button', { name: 'Save' }).click();
    const field = page.getByLabel('Work phone');
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = await field.getAttribute('aria-describedby');
    await expect(page.locator(`cd-customer-card >> #${describedBy ?? 'none'}`).textContent()).resolves.toBe(
      'Use digits, spaces and + ( ) . - only.',
    );
    await expect(focusedElement(page)).resolves.toMatchObject({ name: 'phone.work' });
  });

  it('a save refused with 500 keeps the editor open and says why', async () => {
    const page = await harness.open();
    await page.route(CUSTOMER, (route) =>
      answer(route, { error: { code: 'internal', message: 'The server failed' } }, 500),
    );
    await mount(page, 'cd-customer-card', { customer: MARIA });
    await page.getByRole('button', { name: 'Edit Maria Garcia' }).click();
    await page.getByLabel('City').fill('Berkeley');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe('Could not save: The server failed');
    await expect(page.getByLabel('City').inputValue()).resolves.toBe('Berkeley');
  });

  it('a 409 shows their version and the edit side by side; Keep theirs shows theirs and sends nothing more', async () => {
    const page = await harness.open();
    const methods: string[] = [];
    await page.route(CUSTOMER, (route) => {
      methods.push(route.request().method());
      return route.request().method() === 'PATCH' ? answer(route, CONFLICT, 409) : answer(route, THEIRS);
    });
    await mount(page, 'cd-customer-card', { customer: MARIA });
    await page.getByRole('button', { name: 'Edit Maria Garcia' }).click();
    await page.getByLabel('First name').fill('Mariana');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Their version' }).waitFor();
    const theirs = await page.getByRole('region', { name: 'Their version' }).innerText();
    const yours = await page.getByRole('region', { name: 'Your version' }).innerText();
    expect(theirs).toContain('Maria Garcia');
    expect(theirs).toContain('Oakland');
    expect(yours).toContain('Mariana Garcia');
    expect(yours).toContain('San Francisco');

    await page.getByRole('button', { name: 'Keep theirs' }).click();
    await expect(page.locator('cd-customer-card article').innerText()).resolves.toContain('Oakland, USA');
    await expect(page.getByRole('heading', { name: 'Maria Garcia' }).isVisible()).resolves.toBe(true);
    expect(methods).toEqual(['PATCH', 'GET']);
  });

  it('a 409 then Save mine re-saves the edit against their lastUpdated, sending what differs from theirs', async () => {
    const page = await harness.open();
    const patches: { body: unknown; ifMatch: string | undefined }[] = [];
    await page.route(CUSTOMER, (route) => {
      const request = route.request();
      if (request.method() === 'GET') return answer(route, THEIRS);
      patches.push({ body: request.postDataJSON(), ifMatch: request.headers()['if-match'] });
      return patches.length === 1
        ? answer(route, CONFLICT, 409)
        : answer(route, {
            ...THEIRS,
            firstName: 'Mariana',
            address: MARIA.address,
            lastUpdated: '2025-03-02T09:00:00.000Z',
          });
    });
    await mount(page, 'cd-customer-card', { customer: MARIA });
    await page.getByRole('button', { name: 'Edit Maria Garcia' }).click();
    await page.getByLabel('First name').fill('Mariana');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Save mine' }).click();
    await page.getByRole('heading', { name: 'Mariana Garcia' }).waitFor();
    expect(patches).toEqual([
      { body: { firstName: 'Mariana' }, ifMatch: MARIA.lastUpdated },
      { body: { firstName: 'Mariana', address: { city: 'San Francisco' } }, ifMatch: THEIRS.lastUpdated },
    ]);
  });

  it('the card, its editor with a problem and the conflict view have no serious axe violations in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await harness.open({ colorScheme });
      await page.route(CUSTOMER, (route) =>
        route.request().method() === 'PATCH' ? answer(route, CONFLICT, 409) : answer(route, THEIRS),
      );
      await mount(page, 'cd-customer-card', { customer: MARIA });
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Edit Maria Garcia' }).click();
      await page.getByLabel('Home email').fill('nope');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.locator('[aria-invalid=true]').waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.getByLabel('Home email').fill('maria@example.com');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('heading', { name: 'Their version' }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.context().close();
    }
  });
});
