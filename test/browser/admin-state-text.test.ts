import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotPath, seriousAxeViolations } from '../kit/browser.js';
import { confirmWizard, signInToWizard, signedInPage, useAdminDesk } from '../kit/admin-desk.js';

/** The registration panel's words once it has read the state again after an outcome (`state` is CCE's). */
async function settledPanelText(page: Page, state: 'registered' | 'notRegistered'): Promise<string> {
  const panel = page.locator('cd-registration-panel');
  await panel.locator(`[aria-busy="false"] .state.${state}`).waitFor();
  return panel.locator('section').innerText();
}

describe('the /admin page: the registration state agrees with the last outcome', () => {
  const admin = useAdminDesk();

  it('after a registration CVP and SocialMiner did not receive, the state names Finesse as having the connection data and CVP and SocialMiner as not, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await admin.desk.control('reset');
      await admin.desk.control('sync', { failDevices: ['CVP', 'SocialMiner'] });
      const page = await signedInPage(admin, { colorScheme });
      await page.getByRole('button', { name: 'Register', exact: true }).click();
      await signInToWizard(page);
      await confirmWizard(page, 'registration');
      await page.getByText('these devices did not receive it: CVP, SocialMiner').waitFor();

      const text = await settledPanelText(page, 'registered');
      expect(text).not.toContain('CVP, Finesse and SocialMiner have the connection data');
      expect(text).toContain('not every device has it yet');
      expect(text).toContain('Finesse has the connection data');
      expect(text).toContain('CVP did not receive it');
      expect(text).toContain('SocialMiner did not receive it');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath(`admin-partial-state-${colorScheme}`), fullPage: true });
      await page.context().close();
    }
  }, 90_000);

  it('after a deregistration the state says Context Service is no longer used, not "not yet", in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await admin.desk.control('reset');
      await admin.desk.control('registration', { state: 'registered' });
      const page = await signedInPage(admin, { colorScheme });
      await page.getByRole('button', { name: 'Deregister', exact: true }).click();
      await signInToWizard(page);
      await confirmWizard(page, 'deregistration');
      await page.getByText('Context Service deregistration saved').waitFor();

      const text = await settledPanelText(page, 'notRegistered');
      expect(text).not.toContain('yet');
      expect(text).toContain('This contact center no longer uses Context Service');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath(`admin-deregistered-state-${colorScheme}`), fullPage: true });
      await page.context().close();
    }
  }, 90_000);
});
