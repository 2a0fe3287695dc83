import type { Page } from 'playwright-core';
import type { Agent, AgentState } from '../../shared/api/agent.js';
import type { Dialog } from '../../shared/api/dialog.js';

/** Agents, calls and recorded BFF answers for the agent-state, call-bar and note-composer component tests. */

export const EXTENSION = '1001001';
export const CALLER = '+14155550123';

/** agent1 in `state`, in it since `since` (ISO 8601). */
export function agentIn(state: AgentState, since: string, values: Partial<Agent> = {}): Agent {
  return {
    id: '1001001',
    loginName: 'agent1',
    firstName: 'Alex',
    lastName: 'Rivera',
    extension: state === 'LOGOUT' ? '' : EXTENSION,
    state,
    stateChangedAt: since,
    roles: ['Agent'],
    ...values,
  };
}

/** A voice call between the caller and the agent, the agent's participant in `ownState` offering `actions`. */
export function callWithAgent(
  id: string,
  ownState: string,
  actions: readonly string[],
  values: Partial<Dialog> = {},
): Dialog {
  return {
    id,
    mediaType: 'Voice',
    state: ownState === 'WRAP_UP' ? 'DROPPED' : ownState === 'ALERTING' ? 'ALERTING' : 'ACTIVE',
    from: CALLER,
    to: EXTENSION,
    callType: 'ACD_IN',
    variables: {},
    participants: [
      { address: EXTENSION, kind: 'agent', state: ownState, actions: [...actions] },
      { address: CALLER, kind: 'external', state: ownState === 'WRAP_UP' ? 'DROPPED' : 'ACTIVE', actions: [] },
    ],
    startedAt: '2025-03-01T10:00:00.000Z',
    ...values,
  };
}

export interface RecordedCall {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly body: unknown;
  readonly headers: Record<string, string>;
  /** Settles once the answer went out: true if the page took it, false if it had given up on the request (aborted). */
  readonly answered: Promise<boolean>;
}

export interface Answer {
  readonly status?: number;
  readonly body?: unknown;
  /** Resolves when the answer may go (a test holds a request to see the loading state or answer out of order). */
  readonly after?: Promise<void>;
}

/**
 * Answers the component's calls to `method path` (path exact or a pattern) and records each request. The answer may
 * depend on the request and on how many came before.
 */
export async function answerApi(
  page: Page,
  method: string,
  path: string | RegExp,
  answer: (call: RecordedCall, index: number) => Answer,
): Promise<RecordedCall[]> {
  const calls: RecordedCall[] = [];
  await page.route(
    (url) => (typeof path === 'string' ? url.pathname === path : path.test(url.pathname)),
    async (route) => {
      const request = route.request();
      if (request.method() !== method) {
        await route.fallback();
        return;
      }
      const url = new URL(request.url());
      let answered = (_taken: boolean): void => undefined;
      const call: RecordedCall = {
        method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body: request.postData() === null ? undefined : (JSON.parse(request.postData() ?? 'null') as unknown),
        headers: request.headers(),
        answered: new Promise<boolean>((resolve) => (answered = resolve)),
      };
      calls.push(call);
      const { status = 200, body, after } = answer(call, calls.length - 1);
      await after;
      // The page may have given up on the request meanwhile (aborted by a newer one): nothing left to answer.
      const taken = await route
        .fulfill({ status, contentType: 'application/json', body: JSON.stringify(body ?? null) })
        .then(
          () => true,
          () => false,
        );
      answered(taken);
    },
  );
  return calls;
}

/** A BFF error body as error-middleware writes it, with Finesse's own words as the upstream detail. */
export function finesseRefusal(message: string, type = 'Invalid State'): Answer {
  return {
    status: 409,
    body: {
      error: {
        code: 'finesse_refused',
        message: 'Finesse refused the request',
        upstream: { service: 'finesse', status: 400, type, message },
      },
    },
  };
}

/** A promise with its resolve function, to hold an answer until the test lets it go. */
export function gate(): { readonly opened: Promise<void>; open(): void } {
  let open = (): void => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** Events the mounted component emitted (the harness records them). */
export function emittedEvents(page: Page): Promise<{ name: string; detail: unknown }[]> {
  return page.evaluate(
    () => (globalThis as unknown as { harness: { events: { name: string; detail: unknown }[] } }).harness.events,
  );
}

/** Sets properties on the mounted component as its parent would. */
export async function setProperties(page: Page, properties: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    (values) =>
      (globalThis as unknown as { harness: { set(values: Record<string, unknown>): void } }).harness.set(values),
    properties,
  );
}

/** The element the mounted component `tag` has focused in its shadow root: its id and text. */
export function focusedIn(page: Page, tag: string): Promise<{ id: string; text: string } | undefined> {
  return page.evaluate((name) => {
    interface Node {
      readonly id: string;
      readonly textContent: string | null;
    }
    const page = globalThis as unknown as {
      document: { querySelector(selector: string): { shadowRoot: { activeElement: Node | null } | null } | null };
    };
    const focused = page.document.querySelector(name)?.shadowRoot?.activeElement;
    return focused ? { id: focused.id, text: focused.textContent?.trim() ?? '' } : undefined;
  }, tag);
}
