import type { Page, Request, Route } from 'playwright-core';
import type { Agent } from '../../shared/api/agent.js';
import type { Activity, ContextRequest, Customer } from '../../shared/api/context.js';
import type { Dialog } from '../../shared/api/dialog.js';

/** Customer-context data for component tests, shaped as the BFF answers (shared/api/context.ts). */

export const MARIA: Customer = {
  id: 'cust-maria',
  firstName: 'Maria',
  lastName: 'Garcia',
  phones: [{ kind: 'mobile', number: '+14155550123' }],
  emails: [{ kind: 'home', address: 'maria.garcia@example.com' }],
  address: { city: 'San Francisco', country: 'USA' },
  language: 'es-ES',
  externalId: 'CRM-1001',
  fields: {},
  lastUpdated: '2025-03-01T10:00:00.000Z',
};

export function customer(id: string, firstName: string, lastName: string, phone: string): Customer {
  return {
    id,
    firstName,
    lastName,
    phones: [{ kind: 'home', number: phone }],
    emails: [],
    fields: {},
    lastUpdated: '2025-02-01T09:00:00.000Z',
  };
}

export function contextRequest(id: string, title: string, state: 'active' | 'closed' = 'active'): ContextRequest {
  return {
    id,
    customerId: MARIA.id,
    title,
    state,
    createdAt: '2025-02-20T09:00:00.000Z',
    lastUpdated: '2025-02-20T09:00:00.000Z',
    notes: [],
  };
}

export function activity(id: string, values: Partial<Activity> = {}): Activity {
  return {
    id,
    customerId: MARIA.id,
    channel: 'voice',
    summary: `Activity ${id}`,
    createdAt: '2025-02-25T09:00:00.000Z',
    lastUpdated: '2025-02-25T09:00:00.000Z',
    state: 'closed',
    fields: {},
    ...values,
  };
}

export const AGENT: Agent = {
  id: '1001001',
  loginName: 'agent1',
  firstName: 'Alex',
  lastName: 'Agent',
  extension: '1001001',
  state: 'TALKING',
  stateChangedAt: '2025-03-01T10:00:00.000Z',
  roles: ['Agent'],
};

export function callFrom(from: string, id = 'dialog1'): Dialog {
  return {
    id,
    mediaType: 'Voice',
    state: 'ACTIVE',
    from,
    to: '1001001',
    callType: 'ACD_IN',
    queue: { number: '8000', name: 'Support' },
    variables: {},
    participants: [],
    startedAt: '2025-03-01T10:00:00.000Z',
  };
}

/** Answers with JSON. */
export function answer(route: Route, body: unknown, status = 200, headers: Record<string, string> = {}): Promise<void> {
  return route.fulfill({ status, contentType: 'application/json', headers, body: JSON.stringify(body) });
}

export interface HeldCalls {
  /** Requests that arrived, in order. */
  readonly requests: Request[];
  /** Waits until `count` calls arrived. */
  arrived(count: number): Promise<void>;
  /** Answers the held call number `index`; an answer to a call the page already gave up on is dropped. */
  release(index: number, body: unknown, status?: number): Promise<void>;
}

/** Holds every call to `url` until the test answers it: loading states, and answers in an order the test picks. */
export async function holdCalls(page: Page, url: string | RegExp): Promise<HeldCalls> {
  const routes: Route[] = [];
  const requests: Request[] = [];
  const waiters: (() => void)[] = [];
  await page.route(url, (route) => {
    routes.push(route);
    requests.push(route.request());
    for (const wake of waiters.splice(0)) wake();
  });
  return {
    requests,
    async arrived(count) {
      while (routes.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
    },
    async release(index, body, status = 200) {
      const route = routes[index];
      if (route === undefined) throw new Error(`no held call ${index}`);
      await answer(route, body, status).catch(() => undefined);
    },
  };
}

/** The harness's record of emitted events. */
export function harnessEvents(page: Page): Promise<{ name: string; detail: unknown }[]> {
  return page.evaluate(
    () => (globalThis as unknown as { harness: { events: { name: string; detail: unknown }[] } }).harness.events,
  );
}

/** Waits until the page is quiet: no call under way, every answer (a late one included) rendered. */
export function quiet(page: Page): Promise<void> {
  return page.evaluate(() => (globalThis as unknown as { harness: { quiet(): Promise<void> } }).harness.quiet());
}

/** Sets properties on the mounted component, as its parent would. */
export function setProperties(page: Page, properties: Record<string, unknown>): Promise<void> {
  return page.evaluate((values) => {
    (globalThis as unknown as { harness: { set(properties: Record<string, unknown>): void } }).harness.set(values);
  }, properties);
}

interface FocusNode {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly shadowRoot: { readonly activeElement: FocusNode | null } | null;
  getAttribute(name: string): string | null;
}

/** The element that has focus, through open shadow roots: its tag, name attribute, aria-label and text. */
export function focusedElement(page: Page): Promise<{ tag: string; name: string; label: string; text: string }> {
  return page.evaluate(() => {
    let element = (globalThis as unknown as { document: { activeElement: FocusNode | null } }).document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      name: element?.getAttribute('name') ?? '',
      label: element?.getAttribute('aria-label') ?? '',
      text: element?.textContent?.trim() ?? '',
    };
  });
}
