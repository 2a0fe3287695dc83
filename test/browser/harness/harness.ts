import { LitElement, css, html } from 'lit';
import '../../../gadget/src/components/define-all.js';
import { DeskApi } from '../../../gadget/src/api/desk-api.js';
import { themeTokens } from '../../../gadget/src/theme/tokens.js';
import { setLocale } from '../../../gadget/src/i18n/i18n.js';

/** The theme around a component under test, as `<context-desk>` gives it in the tab. */
class ThemedRoot extends LitElement {
  static override styles = [themeTokens, css`
    :host {
      display: block;
      padding: 12px;
      background: var(--cd-bg);
    }
  `];
  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define('cd-themed-root', ThemedRoot);

export interface Harness {
  /** Mounts one component with a DeskApi on this page's origin (tests answer its calls with page.route) and properties. */
  mount(tag: string, properties?: Record<string, unknown>): void;
  /** Sets properties on the mounted component, as its parent would. */
  set(properties: Record<string, unknown>): void;
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
    Object.assign(element, { api: new DeskApi(location.origin, 'harness-token'), ...properties });
    for (const name of ['cd-customer-chosen', 'cd-customer-saved', 'cd-note-status', 'cd-notice', 'cd-pop-shown', 'cd-sign-in']) {
      element.addEventListener(name, (event) => events.push({ name, detail: (event as CustomEvent).detail }));
    }
    root.append(element);
    document.querySelector('main')?.replaceChildren(root);
    mounted = element;
  },
  set(properties) {
    if (mounted !== undefined) Object.assign(mounted, properties);
  },
  events,
  setLocale,
};
// English loaded first: components render words from the first frame, as in the tab after its start.
await setLocale('en');
(window as unknown as { harness: Harness }).harness = harness;
