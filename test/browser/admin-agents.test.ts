import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newContext, screenshotPath, seriousAxeViolations } from '../kit/browser.js';
import { CCE_ADMINISTRATOR, signedInPage, useAdminDesk } from '../kit/admin-desk.js';
import { STEP, signInToDesktop } from '../kit/desktop-page.js';

const JORDAN_PASSWORD = 'Jordan-First-Day-2718';

function agentsSection(page: Page) {
  return page.locator('cd-agent-admin');
}

/** The table's rows as text, in order. */
async function agentRows(page: Page): Promise<string[]> {
  await agentsSection(page).locator('tbody tr').first().waitFor(STEP);
  return agentsSection(page).locator('tbody tr').allInnerTexts();
}

/** What the BFF answered the page, every /api/ body. */
function watchApiBodies(page: Page): () => Promise<string[]> {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/api/')) bodies.push(response.text().catch(() => ''));
  });
  return () => Promise.all(bodies);
}

/** Changes an agent behind the page's back, straight at CCE, as another administrator would. */
async function changeAtCce(baseUrl: string, id: string, firstName: string): Promise<void> {
  const authorization = `Basic ${Buffer.from(`${CCE_ADMINISTRATOR.username}:${CCE_ADMINISTRATOR.password}`).toString('base64')}`;
  const current = await (
    await fetch(`${baseUrl}/unifiedconfig/config/agent/${id}`, { headers: { Authorization: authorization } })
  ).text();
  const changeStamp = /<changeStamp>([0-9]+)<\/changeStamp>/.exec(current)?.[1] ?? '0';
  const body = `<agent><changeStamp>${changeStamp}</changeStamp><person><firstName>${firstName}</firstName><lastName>Okafor</lastName><userName>agent2</userName></person><supervisor>false</supervisor></agent>`;
  const answer = await fetch(`${baseUrl}/unifiedconfig/config/agent/${id}`, {
    method: 'PUT',
    headers: { Authorization: authorization, 'Content-Type': 'application/xml' },
    body,
  });
  expect(answer.status).toBe(200);
}

describe('the /admin page: agents', () => {
  const admin = useAdminDesk();

  it('an administrator creates Jordan Lee in /admin, who then signs in to the simulated desktop; the password is answered and logged nowhere', async () => {
    const page = await signedInPage(admin);
    const apiBodies = watchApiBodies(page);
    const section = agentsSection(page);
    expect(await agentRows(page)).toHaveLength(3);

    await section.getByRole('button', { name: 'New agent' }).click();
    const dialog = section.getByRole('dialog', { name: 'New agent' });
    await dialog.getByLabel('First name').fill('Jordan');
    await dialog.getByLabel('Last name').fill('Lee');
    await dialog.getByLabel('User name').fill('jlee');
    await dialog.getByLabel('Password').fill(JORDAN_PASSWORD);
    await dialog.getByLabel('Team').selectOption({ label: 'Customer Care' });
    await dialog.getByRole('button', { name: 'Create agent' }).click();
    await section.getByRole('status').getByText('Jordan Lee was created.').waitFor(STEP);

    const row = section.locator('tbody tr', { hasText: 'jlee' });
    const cells = await row.locator('td').allInnerTexts();
    expect(cells.slice(0, 5)).toEqual([
      'Jordan Lee',
      'jlee',
      expect.stringMatching(/^[0-9]{7}$/) as string,
      'Customer Care',
      'No',
    ]);
    const agentId = cells[2] ?? '';

    const desktop = await (await newContext(admin.browser)).newPage();
    await signInToDesktop(desktop, admin.desk.desk, {
      username: 'jlee',
      password: JORDAN_PASSWORD,
      extension: agentId,
      name: 'Jordan Lee',
    });
    await expect(desktop.getByRole('banner').getByText('Jordan Lee').isVisible()).resolves.toBe(true);

    expect((await apiBodies()).join('\n')).not.toContain(JORDAN_PASSWORD);
    expect(admin.desk.logs()).not.toContain(JORDAN_PASSWORD);
    await desktop.context().close();
    await page.context().close();
  }, 90_000);

  it('a user name CCE already has is shown by the User name field, and the form keeps what was typed', async () => {
    const page = await signedInPage(admin);
    const section = agentsSection(page);
    await section.getByRole('button', { name: 'New agent' }).click();
    const dialog = section.getByRole('dialog', { name: 'New agent' });
    await dialog.getByLabel('First name').fill('Other');
    await dialog.getByLabel('Last name').fill('Agent');
    await dialog.getByLabel('User name').fill('agent1');
    await dialog.getByLabel('Password').fill('whatever-123');
    await dialog.getByRole('button', { name: 'Create agent' }).click();
    const userName = dialog.getByLabel('User name');
    await dialog.locator('#userName[aria-invalid="true"]').waitFor(STEP);
    const focused = userName.evaluate((input) => {
      const node = input as unknown as { getRootNode(): { activeElement: unknown } };
      return node.getRootNode().activeElement === node;
    });
    await expect(focused).resolves.toBe(true);
    await expect(dialog.locator('#userName-error').textContent()).resolves.toContain('already used');
    await expect(dialog.getByLabel('First name').inputValue()).resolves.toBe('Other');
    await page.screenshot({ path: screenshotPath('admin-agents-field-error') });
    await page.context().close();
  }, 60_000);

  it('an edit of an agent someone changed meanwhile reloads the agent and says so; saving again works', async () => {
    const page = await signedInPage(admin);
    const section = agentsSection(page);
    await agentRows(page);
    await section.getByRole('button', { name: 'Edit Sam Okafor' }).click();
    const dialog = section.getByRole('dialog', { name: 'Edit Sam Okafor' });
    await changeAtCce(admin.desk.cce.url, '5002', 'Samantha');
    await dialog.getByLabel('Last name').fill('Okafor-Reyes');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.getByText('Someone else changed this agent since you opened it.', { exact: false }).waitFor(STEP);
    await expect(dialog.getByLabel('First name').inputValue()).resolves.toBe('Samantha');
    await dialog.getByLabel('Last name').fill('Okafor-Reyes');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await section.getByRole('status').getByText('Samantha Okafor-Reyes was changed.').waitFor(STEP);
    await page.context().close();
  }, 60_000);

  it('delete asks first, naming the agent; Cancel keeps them, Delete agent removes them', async () => {
    const page = await signedInPage(admin);
    const section = agentsSection(page);
    await agentRows(page);
    await section.getByRole('button', { name: 'Delete Sam Okafor' }).click();
    const confirm = section.getByRole('alertdialog', { name: 'Delete Sam Okafor?' });
    await expect(confirm.textContent()).resolves.toContain('agent 1001002 (agent2)');
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    expect(await agentRows(page)).toHaveLength(3);
    await section.getByRole('button', { name: 'Delete Sam Okafor' }).click();
    await section.getByRole('alertdialog').getByRole('button', { name: 'Delete agent' }).click();
    await section.getByRole('status').getByText('Sam Okafor was deleted.').waitFor(STEP);
    expect((await agentRows(page)).join('\n')).not.toContain('Okafor');
    await page.context().close();
  }, 60_000);

  it('search narrows the table; the agents page has no serious axe violations in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await signedInPage(admin, { colorScheme });
      const section = agentsSection(page);
      expect(await agentRows(page)).toHaveLength(3);
      await expect(section.getByText('1–3 of 3').isVisible()).resolves.toBe(true);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await section
        .locator('cd-agent-admin, section')
        .first()
        .screenshot({ path: screenshotPath(`admin-agents-${colorScheme}`) });
      await page.screenshot({ path: screenshotPath(`admin-agents-page-${colorScheme}`), fullPage: true });
      await section.getByRole('button', { name: 'New agent' }).click();
      await section.getByRole('dialog', { name: 'New agent' }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath(`admin-agents-new-${colorScheme}`) });
      await page.keyboard.press('Escape');
      await section.getByRole('searchbox', { name: 'Search agents' }).fill('okafor');
      await page.keyboard.press('Enter');
      await section.locator('tbody tr', { hasText: 'Rivera' }).waitFor({ state: 'detached' });
      expect(await agentRows(page)).toEqual([expect.stringContaining('Sam Okafor') as string]);
      await page.context().close();
    }
  }, 90_000);
});
