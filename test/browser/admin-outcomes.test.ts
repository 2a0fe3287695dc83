import { describe, expect, it } from 'vitest';
import { screenshotPath, seriousAxeViolations } from '../kit/browser.js';
import {
  CCE_ADMINISTRATOR,
  confirmWizard,
  registrationState,
  signInToWizard,
  signedInPage,
  useAdminDesk,
} from '../kit/admin-desk.js';
import { eventually } from '../kit/eventually.js';

describe('the /admin page: how CCE answered the returned connectionData', () => {
  const admin = useAdminDesk();

  /** Starts CCE's device sync window without the page: a deregistration while not registered changes nothing else. */
  async function startSyncWindow(): Promise<void> {
    const session = await fetch(`${admin.desk.url}/api/admin/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(CCE_ADMINISTRATOR),
    });
    const { token } = (await session.json()) as { token: string };
    const put = await fetch(`${admin.desk.url}/api/admin/context-service/registration`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ connectionData: '' }),
    });
    if (put.status !== 200) throw new Error(`the PUT that starts the sync answered ${put.status}`);
  }

  it('a registration CCE could not push to Finesse names Finesse; Retry after the fault clears sends the same data again and saves it', async () => {
    await admin.desk.control('sync', { failDevices: ['Finesse'] });
    const page = await signedInPage(admin);
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await signInToWizard(page);
    await confirmWizard(page, 'registration');

    const status = page.locator('cd-registration-outcome [role="status"]');
    await page.getByText('these devices did not receive it').waitFor();
    await expect(status.textContent()).resolves.toBe(
      'Saved in CCE Administration, but these devices did not receive it: Finesse.',
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('admin-partial'), fullPage: true });

    await admin.desk.control('sync', {});
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByText('Context Service registration saved').waitFor();
    await expect(registrationState(page).textContent()).resolves.toBe('Registered');
    await expect(page.getByRole('button', { name: 'Retry' }).count()).resolves.toBe(0);
    await page.locator('cd-audit-trail tbody tr').nth(1).waitFor();
    const [retried, partial] = await page.locator('cd-audit-trail tbody tr').allInnerTexts();
    expect(retried).toMatch(/Register\s+Registered → Registered\s+Saved/);
    expect(partial).toMatch(/Register\s+Not registered → Registered\s+Partly saved\s+.*Finesse/);
    await page.context().close();
  }, 60_000);

  it('while CCE is busy synchronising, the page counts down, tries again by itself and saves the registration', async () => {
    await admin.desk.control('sync', { busyMs: 6000 });
    const page = await signedInPage(admin, { colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await signInToWizard(page);
    await page.getByLabel('Allow access to your Hybrid Services node').check();
    await startSyncWindow();
    await page.getByRole('button', { name: 'Continue' }).click();

    const outcome = page.locator('cd-registration-outcome');
    await outcome.getByText('CCE Administration is busy synchronising devices').waitFor();
    await expect(outcome.getByText(/Trying again in \d+ s/).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Cancel automatic retry' }).isVisible()).resolves.toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('admin-busy-dark'), fullPage: true });

    await page.getByText('Context Service registration saved').waitFor({ timeout: 20_000 });
    await page.locator('cd-registration-panel .state.registered').waitFor();
    await page.locator('cd-audit-trail tbody tr').nth(1).waitFor();
    const [saved, busy] = await page.locator('cd-audit-trail tbody tr').allInnerTexts();
    expect(saved).toMatch(/Register\s+Not registered → Registered\s+Saved/);
    expect(busy).toMatch(/Register\s+Not registered → Not registered\s+CCE busy/);
    await page.context().close();
  }, 60_000);

  it('cancelling the automatic retry stops it; Retry once CCE has finished synchronising saves the registration', async () => {
    await admin.desk.control('sync', { busyMs: 6000 });
    const page = await signedInPage(admin);
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await signInToWizard(page);
    await page.getByLabel('Allow access to your Hybrid Services node').check();
    await startSyncWindow();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Cancel automatic retry' }).click();

    await page.getByText('Automatic retry cancelled.').waitFor();
    await expect(page.getByText(/Trying again in/).count()).resolves.toBe(0);
    await eventually(
      async () =>
        ((await (await fetch(`${admin.desk.cce.url}/sandbox/state`)).json()) as { syncInProgress: boolean })
          .syncInProgress,
      (inProgress) => !inProgress,
      { timeoutMs: 10_000, intervalMs: 200 },
    );
    await expect(registrationState(page).textContent()).resolves.toBe('Not registered');
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByText('Context Service registration saved').waitFor();
    await page.locator('cd-registration-panel .state.registered').waitFor();
    await page.context().close();
  }, 60_000);

  it('a registration return while registered with other data is refused with "Deregister first, then register again" and a Deregister button that opens the deregistration wizard', async () => {
    await admin.desk.control('registration', { state: 'registered' });
    const page = await signedInPage(admin);
    await page.goto(`${admin.desk.url}/admin?connectionData=${encodeURIComponent('other-connection-data')}`);

    const alert = page.locator('cd-registration-outcome [role="alert"]');
    await alert.getByText('Deregister first').waitFor();
    await expect(alert.textContent()).resolves.toBe('Deregister first, then register again');
    await page.locator('cd-audit-trail tbody tr').first().waitFor();
    await expect(page.locator('cd-audit-trail tbody tr').first().innerText()).resolves.toMatch(
      /Register\s+Registered → Registered\s+Refused/,
    );
    expect(new URL(page.url()).search).toBe('');
    await expect(page.getByText('other-connection-data').count()).resolves.toBe(0);
    expect(admin.desk.logs()).not.toContain('other-connection-data');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('admin-refused'), fullPage: true });

    await page.locator('cd-registration-outcome').getByRole('button', { name: 'Deregister', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/webex/deregistration');
    expect(new URL(page.url()).searchParams.get('callbackUrl')).toBe(`${admin.desk.url}/admin`);
    await page.context().close();
  }, 60_000);

  it("when CCE fails to update its database, the page shows CCE's own words, and Retry after the fault clears saves the registration", async () => {
    await admin.desk.control('sync', { awDatabaseFailure: true });
    const page = await signedInPage(admin);
    await page.goto(`${admin.desk.url}/admin?connectionData=${encodeURIComponent('fresh+connection/data==')}`);

    const alert = page.locator('cd-registration-outcome [role="alert"]');
    await alert.getByText('CCE Administration could not save the change').waitFor();
    await expect(alert.textContent()).resolves.toBe(
      'CCE Administration could not save the change: The configuration update to the AW DB failed.',
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('admin-failed'), fullPage: true });

    await admin.desk.control('sync', {});
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByText('Context Service registration saved').waitFor();
    await page.locator('cd-registration-panel .state.registered').waitFor();
    expect(admin.desk.logs()).not.toContain('fresh+connection/data==');
    await page.context().close();
  }, 60_000);

  it('a return whose connectionData is not valid percent-encoding sends nothing and says the address could not be read', async () => {
    const page = await signedInPage(admin);
    const puts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PUT') puts.push(request.url());
    });
    await page.goto(`${admin.desk.url}/admin?connectionData=%E0%A4%A`);

    const alert = page.locator('cd-registration-outcome [role="alert"]');
    await alert.getByText('could not be read').waitFor();
    expect(new URL(page.url()).search).toBe('');
    await expect(registrationState(page).textContent()).resolves.toBe('Not registered');
    expect(puts).toEqual([]);
    await page.context().close();
  }, 30_000);

  it('an invalid registration reads "Invalid — re-register" with the advice and a Register button, and registering again recovers it', async () => {
    await admin.desk.control('registration', { state: 'invalid' });
    const page = await signedInPage(admin);

    await expect(registrationState(page).textContent()).resolves.toBe('Invalid — re-register');
    await expect(
      page.getByText('The connection data is no longer valid. Register again to recover').isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Deregister', exact: true }).count()).resolves.toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('admin-invalid'), fullPage: true });

    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await signInToWizard(page);
    await confirmWizard(page, 'registration');
    await page.getByText('Context Service registration saved').waitFor();
    await page.locator('cd-registration-panel .state.registered').waitFor();
    await page.context().close();
  }, 60_000);
});
