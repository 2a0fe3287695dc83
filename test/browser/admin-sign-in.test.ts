import { describe, expect, it } from 'vitest';
import { newContext, screenshotPath, seriousAxeViolations } from '../kit/browser.js';
import { CCE_ADMINISTRATOR, registrationState, signInOnPage, signedInPage, useAdminDesk } from '../kit/admin-desk.js';

const TOKEN_KEY = 'context-desk.admin-session';

describe('the /admin page: signing in with CCE Administration credentials, and what it shows before any change', () => {
  const admin = useAdminDesk();

  it('a wrong CCE Administration password is refused with a clear message, in light and dark without serious axe violations', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await newContext(admin.browser, { colorScheme });
      const page = await context.newPage();
      await page.goto(`${admin.desk.url}/admin`);
      await signInOnPage(page, { username: CCE_ADMINISTRATOR.username, password: 'not-the-password' });

      const alert = page.locator('cd-admin-sign-in [role="alert"]');
      await alert.getByText('did not accept').waitFor();
      await expect(alert.textContent()).resolves.toBe(
        'CCE Administration did not accept this user name and password. Check them and try again.',
      );
      await expect(page.locator('cd-admin-sign-in').getByLabel('Password').getAttribute('aria-invalid')).resolves.toBe(
        'true',
      );
      await expect(page.locator('cd-registration-panel').count()).resolves.toBe(0);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath(`admin-sign-in-refused-${colorScheme}`), fullPage: true });
      await context.close();
    }
  }, 60_000);

  it("signed in with a fresh BFF, the page shows Not registered, the BFF's Context Service settings and an empty audit trail", async () => {
    const page = await signedInPage(admin);

    await expect(registrationState(page).textContent()).resolves.toBe('Not registered');
    await expect(page.getByText('Signed in as administrator').isVisible()).resolves.toBe(true);
    await page.locator('cd-audit-trail').getByText('No registration changes yet.').waitFor();
    const settings = page.locator('cd-admin-settings dl');
    await settings.waitFor();
    const text = await settings.innerText();
    expect(text).toContain('Lab mode');
    expect(text).toContain(admin.desk.cce.url);
    expect(text).toContain('None (direct connection)');
    expect(text).toMatch(/Timeout\s+\d+ ms/);
    for (const landmark of ['banner', 'main'] as const) await expect(page.getByRole(landmark).count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Context Service administration');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('admin-empty-trail'), fullPage: true });
    await page.context().close();
  }, 30_000);

  it('a reload keeps the administrator signed in; Sign out ends the session at the BFF and shows the sign-in form again', async () => {
    const page = await signedInPage(admin);
    await page.reload();
    await registrationState(page).waitFor();
    const token = await page.evaluate(
      (key) =>
        (globalThis as unknown as { sessionStorage: { getItem(key: string): string | null } }).sessionStorage.getItem(
          key,
        ),
      TOKEN_KEY,
    );
    expect(token).not.toBeNull();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('cd-admin-sign-in').getByLabel('User name').waitFor();
    const after = await fetch(`${admin.desk.url}/api/admin/context-service/settings`, {
      headers: { Authorization: `Bearer ${token ?? ''}` },
    });
    expect(after.status).toBe(401);
    await expect(
      page.evaluate(
        (key) =>
          (globalThis as unknown as { sessionStorage: { getItem(key: string): string | null } }).sessionStorage.getItem(
            key,
          ),
        TOKEN_KEY,
      ),
    ).resolves.toBeNull();
    await page.context().close();
  }, 30_000);

  it('a wizard return with no session removes connectionData from the address at once, asks to sign in, then saves the registration', async () => {
    const context = await newContext(admin.browser);
    const page = await context.newPage();
    const connectionData = 'returned+while/signed-out==';
    await page.goto(`${admin.desk.url}/admin?connectionData=${encodeURIComponent(connectionData)}`);

    await page.getByText('You are back from Cisco Webex. Sign in to finish the change.').waitFor();
    expect(new URL(page.url()).search).toBe('');
    await signInOnPage(page);
    await page.getByText('Context Service registration saved').waitFor();
    await page.locator('cd-registration-panel .state.registered').waitFor();
    expect(admin.desk.logs()).not.toContain(connectionData);
    await context.close();
  }, 30_000);

  it('when CCE Administration does not answer the state, the panel says so with Try again, which then shows the state', async () => {
    const page = await signedInPage(admin);
    await admin.desk.control('faults', { path: 'contextserviceregistration', mode: 'reset', times: 1 });
    await page.reload();

    const alert = page.locator('cd-registration-panel [role="alert"]');
    await alert.getByText('The registration could not be read').waitFor();
    await expect(alert.textContent()).resolves.toBe(
      'The registration could not be read: CCE Administration cannot be reached',
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('admin-registration-unreadable'), fullPage: true });
    await page.locator('cd-registration-panel').getByRole('button', { name: 'Try again' }).click();
    await expect(registrationState(page).textContent()).resolves.toBe('Not registered');
    await page.context().close();
  }, 30_000);

  it('while CCE Administration is slow, the panel says it is reading the registration', async () => {
    const page = await signedInPage(admin);
    await admin.desk.control('faults', { path: 'contextserviceregistration', mode: 'latency', ms: 1500, times: 1 });
    await page.reload();

    await page
      .locator('cd-registration-panel [role="status"]')
      .getByText('Reading the registration from CCE Administration…')
      .waitFor();
    await expect(registrationState(page).textContent()).resolves.toBe('Not registered');
    await page.context().close();
  }, 30_000);

  it('in a Spanish browser the page speaks Spanish and marks its language', async () => {
    const context = await newContext(admin.browser, { locale: 'es-ES' });
    const page = await context.newPage();
    await page.goto(`${admin.desk.url}/admin`);
    await page.getByRole('heading', { name: 'Inicie sesión con su cuenta de CCE Administration' }).waitFor();
    const form = page.locator('cd-admin-sign-in');
    await form.getByLabel('Usuario').fill(CCE_ADMINISTRATOR.username);
    await form.getByLabel('Contraseña').fill(CCE_ADMINISTRATOR.password);
    await form.getByRole('button', { name: 'Iniciar sesión' }).click();

    await expect(registrationState(page).textContent()).resolves.toBe('No registrado');
    await expect(page.getByRole('button', { name: 'Registrar', exact: true }).isVisible()).resolves.toBe(true);
    await expect(
      page.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement.lang,
      ),
    ).resolves.toBe('es-ES');
    await page.screenshot({ path: screenshotPath('admin-spanish'), fullPage: true });
    await context.close();
  }, 30_000);
});
