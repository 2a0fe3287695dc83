import { LitElement, css, html } from 'lit';
import '../../../gadget/src/components/define-all.js';
import { DeskApi } from '../../../gadget/src/api/desk-api.js';
import type { CallOptions } from '../../../gadget/src/api/desk-api.js';
import { themeTokens } from '../../../gadget/src/theme/tokens.js';
import { setLocale } from '../../../gadget/src/i18n/i18n.js';

/** The theme around a component under test, as `<context-desk>` gives it in the tab. */
class ThemedRoot extends LitElement {
  static override styles = [
    themeTokens,
    css`
    :host {
      display: block;
      padding: 12px;
      background: var(--cd-bg);
    }
  `,
  ];
  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define('cd-themed-root', ThemedRoot);

/** Calls to the BFF under way, so a test can wait until the page is quiet instead of sleeping. */
let callsUnderWay = 0;
const quietWaiters: (() => void)[] = [];

/** The components' DeskApi, counting the calls under way (answered, refused or abandoned all end one). */
class WatchedDeskApi extends DeskApi {
  override async request<T>(method: string, path: string, body?: unknown, options?: CallOptions): Promise<T> {
    callsUnderWay += 1;
    try {
      return await super.request<T>(method, path, body, options);
    } finally {
      callsUnderWay -= 1;
      if (callsUnderWay === 0) for (const wake of quietWaiters.splice(0)) wake();
    }
  }
}

/** A task boundary (a message, not a timer): every microtask queued before it (a task's result, a render) has run. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });
}

export interface Harness {
  /** Mounts one component with a DeskApi on this page's origin (tests answer its calls with page.route) and properties. */
  mount(tag: string, properties?: Record<string, unknown>): void;
  /** Sets properties on the mounted component, as its parent would. */
  set(properties: Record<string, unknown>): void;
  /**
   * Resolves once no call is under way and the component has rendered what the answers brought, a late answer
   * included: what the page shows then is final until something new happens.
   */
  quiet(): Promise<void>;
  /** Every custom event the component emitted, in order (name and detail). */
  readonly events: { name: string; detail: unknown }[];
  setLocale(locale: string): Promise<void>;
}

const events: { name: string; detail: unknown }[] = [];
let mounted: HTMLElement | undefined;

const harness: Harness = {
  mount(tag, properties = {}) {
    const root = document.createElement('cd-themed-root');
    const element = document.createElement(tag);
    Object.assign(element, { api: new WatchedDeskApi(location.origin, 'harness-token'), ...properties });
    for (const name of [
      'cd-customer-chosen',
      'cd-customer-saved',
      'cd-note-status',
      'cd-notice',
      'cd-pop-shown',
      'cd-sign-in',
    ]) {
      element.addEventListener(name, (event) => events.push({ name, detail: (event as CustomEvent).detail }));
    }
    root.append(element);
    document.querySelector('main')?.replaceChildren(root);
    mounted = element;
  },
  set(properties) {
    if (mounted !== undefined) Object.assign(mounted, properties);
  },
  async quiet() {
    for (;;) {
      if (callsUnderWay > 0) await new Promise<void>((resolve) => quietWaiters.push(resolve));
      await nextTask();
      await (mounted as LitElement | undefined)?.updateComplete;
      // What was rendered may have started calls of its own (a customer's journey): quiet means those ended too.
      if (callsUnderWay === 0) return;
    }
  },
  events,
  setLocale,
};
// English loaded first: components render words from the first frame, as in the tab after its start.
await setLocale('en');
(window as unknown as { harness: Harness }).harness = harness;
