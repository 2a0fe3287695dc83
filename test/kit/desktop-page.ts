import request from 'supertest';
import { expect } from 'vitest';
import type { Frame, Locator, Page } from 'playwright-core';
import type { Dialog } from '../../shared/api/dialog.js';
import type { DesktopBff } from './browser.js';
import { untilPasses } from './eventually.js';

/** Browser steps wait generously: speed belongs to the benchmark, not to the stories. */
export const STEP = { timeout: 15_000 };

/** The gadget's iframe document in the simulated desktop, once the desktop has rendered it. */
export async function gadgetFrame(page: Page): Promise<Frame> {
  await page.locator('iframe[title="Context Desk"]').waitFor({ state: 'attached' });
  for (;;) {
    const frame = page.frames().find((candidate) => candidate.url().includes('/gadgets/ifr'));
    if (frame !== undefined) return frame;
    await page.waitForEvent('frameattached');
  }
}

/**
 * A property of a component inside the tab (`<context-desk>`'s shadow root), e.g. `['agent', 'state']` of
 * `cd-agent-state`: waits until it is set (and equals `expected`, when given), and answers it.
 */
export async function tabValue(
  frame: Frame,
  tag: string,
  path: readonly string[],
  expected?: string,
): Promise<unknown> {
  const handle = await frame.waitForFunction(
    ([name, keys, wanted]) => {
      type Node = { shadowRoot: { querySelector(selector: string): unknown } | null } | null;
      const page = globalThis as unknown as { document: { querySelector(selector: string): Node } };
      let value = page.document.querySelector('context-desk')?.shadowRoot?.querySelector(name);
      for (const key of keys)
        value = value === null || value === undefined ? undefined : (value as Record<string, unknown>)[key];
      if (value === null || value === undefined || (wanted !== undefined && value !== wanted)) return undefined;
      return value;
    },
    [tag, path, expected] as const,
  );
  return handle.jsonValue();
}

/** The desktop's own sign-in with the extension (password `sandbox` unless given), then the Context Desk tab, signed in through finesse.js. */
export async function signInToDesktop(
  page: Page,
  desk: DesktopBff,
  agent: { username: string; extension: string; name: string; password?: string },
): Promise<Frame> {
  await page.goto(`${desk.url}/`);
  await page.getByLabel('Username').fill(agent.username);
  await page.getByLabel('Password').fill(agent.password ?? 'sandbox');
  await page.getByLabel('Extension').fill(agent.extension);
  await page.getByRole('button', { name: 'Sign In', exact: true }).click();
  await page.getByRole('banner').getByText(agent.name).waitFor(STEP);
  await page.getByRole('tab', { name: 'Context Desk' }).click();
  const frame = await gadgetFrame(page);
  await tabValue(frame, 'cd-agent-state', ['agent', 'extension'], agent.extension);
  return frame;
}

/** The desktop's sandbox panel (ringing, hanging up, Context Service outages). */
export function sandboxPanel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Sandbox' });
}

/** Rings the extension from `from` through the sandbox panel; answers the new call's dialog id (the panel names it). */
export async function ringFromPanel(page: Page, from: string, extension: string): Promise<string> {
  const sandbox = sandboxPanel(page);
  await sandbox.getByLabel('Caller').selectOption(from);
  await sandbox.getByRole('button', { name: `Ring extension ${extension}` }).click();
  const status = sandbox.getByRole('status').getByText(`Ringing extension ${extension} from ${from}`);
  await status.waitFor(STEP);
  const dialogId = /\(dialog ([^)]+)\)/.exec((await status.textContent()) ?? '')?.[1];
  expect(dialogId).toBeDefined();
  return dialogId ?? '';
}

/** agent2 at 1001002, READY, through the API: the colleague a consult call reaches. Answers their session token. */
export async function colleagueReady(desk: DesktopBff): Promise<string> {
  const token = await desk.bff.signedInAgent('agent2');
  const ready = await request(desk.bff.app)
    .put('/api/agent/state')
    .set('Authorization', `Bearer ${token}`)
    .send({ state: 'READY' });
  expect(ready.status).toBe(200);
  return token;
}

/** The colleague of `colleagueReady` answers the consult call ringing at 1001002, through the API. */
export async function colleagueAnswers(desk: DesktopBff, token: string): Promise<void> {
  await untilPasses(async () => {
    const dialogs = (await request(desk.bff.app).get('/api/dialogs').set('Authorization', `Bearer ${token}`))
      .body as Dialog[];
    const ringing = dialogs.find((dialog) =>
      dialog.participants.some(
        (participant) => participant.address === '1001002' && participant.actions.includes('ANSWER'),
      ),
    );
    expect(ringing).toBeDefined();
    const answered = await request(desk.bff.app)
      .post(`/api/dialogs/${ringing?.id ?? ''}/actions`)
      .set('Authorization', `Bearer ${token}`)
      .send({ action: 'ANSWER' });
    expect(answered.status).toBe(200);
  }, 10_000);
}
