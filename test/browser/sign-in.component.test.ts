import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../kit/browser.js';
import { mount, useComponentHarness } from '../kit/component-harness.js';

describe('<cd-sign-in>', () => {
  const harness = useComponentHarness();

  it('submitting a name and password emits cd-sign-in with both', async () => {
    const page = await harness.open();
    await mount(page, 'cd-sign-in');
    await page.getByLabel('Username').fill('agent1');
    await page.getByLabel('Password').fill('secret');
    await page.getByLabel('Password').press('Enter');
    const events = await page.evaluate(
      () => (globalThis as unknown as { harness: { events: unknown[] } }).harness.events,
    );
    expect(events).toEqual([{ name: 'cd-sign-in', detail: { username: 'agent1', password: 'secret' } }]);
  });

  it('a failure is shown as an alert naming the reason, in light and dark without serious axe violations', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await harness.open({ colorScheme });
      await mount(page, 'cd-sign-in', { failure: 'Invalid user or password' });
      await expect(page.getByRole('alert').textContent()).resolves.toContain('Invalid user or password');
      expect(await seriousAxeViolations(page)).toEqual([]);
    }
  });
});
