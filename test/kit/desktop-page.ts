import type { Frame, Page } from 'playwright-core';

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
export async function tabValue(frame: Frame, tag: string, path: readonly string[], expected?: string): Promise<unknown> {
  const handle = await frame.waitForFunction(
    ([name, keys, wanted]) => {
      type Node = { shadowRoot: { querySelector(selector: string): unknown } | null } | null;
      const page = globalThis as unknown as { document: { querySelector(selector: string): Node } };
      let value = page.document.querySelector('context-desk')?.shadowRoot?.querySelector(name);
      for (const key of keys) value = value === null || value === undefined ? undefined : (value as Record<string, unknown>)[key];
      if (value === null || value === undefined || (wanted !== undefined && value !== wanted)) return undefined;
      return value;
    },
    [tag, path, expected] as const,
  );
  return handle.jsonValue();
}
