import { describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { MARIA_GARCIA } from '../../bff/sandbox/context-service/demo/demo-facts.js';
import { newContext, screenshotPath, seriousAxeViolations, useDesktop } from '../kit/browser.js';
import { STEP, gadgetFrame, ringFromPanel, tabValue } from '../kit/desktop-page.js';

const MARIA = `${MARIA_GARCIA.firstName} ${MARIA_GARCIA.lastName}`;
const [REFUND_TITLE] = MARIA_GARCIA.openRequestTitles;
const NOTE = 'Bank confirmed the refund posts on Friday; call her back in Spanish.';

/** The notes shown under the refund request in the journey, newest first. */
function refundNotes(frame: Frame) {
  return frame
    .locator('cd-journey')
    .getByRole('list', { name: `Notes on ${REFUND_TITLE}` })
    .locator('li');
}

async function shotOfJourney(frame: Frame, name: string): Promise<void> {
  await frame.locator('cd-journey').screenshot({ path: screenshotPath(name) });
}

describe('a note on a request, in the simulated Finesse desktop', () => {
  const desktop = useDesktop({ env: { SIGN_IN_LIMIT_PER_CLIENT: '200' } });

  it("agent1 writes a note about Maria's refund request during her call; after a reload of the desktop it is the newest note under that request in the journey, in light and dark", async () => {
    const context = await newContext(desktop.browser);
    const page = await context.newPage();
    // Signed in as the desktop's ?as= link does it, so that a reload resumes the desktop's session.
    await page.goto(`${desktop.desk.url}/?as=agent1`);
    await page.getByRole('tab', { name: 'Context Desk' }).click();
    const frame = await gadgetFrame(page);
    await frame.locator('cd-agent-state').getByRole('button', { name: 'Ready', exact: true }).click();
    expect(await tabValue(frame, 'cd-agent-state', ['agent', 'state'], 'READY')).toBe('READY');
    await ringFromPanel(page, MARIA_GARCIA.mobilePhone, '1001001');
    await frame.locator('cd-customer-card').getByText(MARIA).first().waitFor(STEP);

    await frame.getByRole('radio', { name: REFUND_TITLE }).check();
    await frame.getByLabel('New note').fill(NOTE);
    await frame.getByRole('button', { name: 'Add note' }).click();
    await frame.locator('cd-note-composer').getByText('Delivered', { exact: true }).first().waitFor(STEP);

    await page.reload();
    await page.getByRole('tab', { name: 'Context Desk' }).click();
    const reloaded = await gadgetFrame(page);
    await reloaded.locator('cd-customer-card').getByText(MARIA).first().waitFor(STEP);
    await refundNotes(reloaded).first().waitFor(STEP);
    const newest = refundNotes(reloaded).first();
    await expect(newest.locator('p').textContent()).resolves.toBe(NOTE);
    await expect(newest.innerText()).resolves.toContain('Note by Alex Rivera');
    expect(await seriousAxeViolations(reloaded)).toEqual([]);
    await shotOfJourney(reloaded, 'request-notes-after-reload-light');

    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousAxeViolations(reloaded)).toEqual([]);
    await shotOfJourney(reloaded, 'request-notes-after-reload-dark');
    await context.close();
  }, 120_000);
});
