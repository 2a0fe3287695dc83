import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotPath, seriousAxeViolations } from '../kit/browser.js';
import { confirmWizard, signInToWizard, signedInPage, useAdminDesk } from '../kit/admin-desk.js';

type Flow = 'registration' | 'deregistration';

/** The registration panel's words once it has read the state again after an outcome (`state` is CCE's). */
async function settledPanelText(page: Page, state: 'registered' | 'notRegistered'): Promise<string> {
  const panel = page.locator('cd-registration-panel');
  await panel.locator(`[aria-busy="false"] .state.${state}`).waitFor();
  return panel.locator('section').innerText();
}

describe('the /admin page: the registration state agrees with the last outcome', () => {
  const admin = useAdminDesk();

  /**
   * In light and then dark: the emulator arranged by `arrange`, a signed-in page goes through the wizard of `flow`
   * and back; `check` looks at the page once `outcome` is shown, which is then screenshot as `name-<scheme>`.
   */
  async function throughTheWizard(
    flow: Flow,
    arrange: object,
    outcome: string,
    name: string,
    check: (page: Page) => Promise<void>,
  ): Promise<void> {
    for (const colorScheme of ['light', 'dark'] as const) {
      await admin.desk.control('reset');
      for (const [path, body] of Object.entries(arrange)) await admin.desk.control(path, body as object);
      const page = await signedInPage(admin, { colorScheme });
      await page
        .getByRole('button', { name: flow === 'registration' ? 'Register' : 'Deregister', exact: true })
        .click();
      await signInToWizard(page);
      await confirmWizard(page, flow);
      await page.getByText(outcome).waitFor();
      await check(page);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath(`${name}-${colorScheme}`), fullPage: true });
      await page.context().close();
    }
  }

  it('after a registration CVP and SocialMiner did not receive, the state names Finesse as having the connection data and CVP and SocialMiner as not, in light and dark', async () => {
    await throughTheWizard(
      'registration',
      { sync: { failDevices: ['CVP', 'SocialMiner'] } },
      'these devices did not receive it: CVP, SocialMiner',
      'admin-partial-state',
      async (page) => {
        const text = await settledPanelText(page, 'registered');
        expect(text).not.toContain('CVP, Finesse and SocialMiner have the connection data');
        expect(text).toContain('not every device has it yet');
        expect(text).toContain('Finesse has the connection data');
        expect(text).toContain('CVP did not receive it');
        expect(text).toContain('SocialMiner did not receive it');
      },
    );
  }, 90_000);

  it('after a deregistration the state says Context Service is no longer used, not "not yet", in light and dark', async () => {
    await throughTheWizard(
      'deregistration',
      { registration: { state: 'registered' } },
      'Context Service deregistration saved',
      'admin-deregistered-state',
      async (page) => {
        const text = await settledPanelText(page, 'notRegistered');
        expect(text).not.toContain('yet');
        expect(text).toContain('This contact center no longer uses Context Service');
      },
    );
  }, 90_000);
});
