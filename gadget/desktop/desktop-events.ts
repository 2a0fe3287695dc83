import type { DesktopCredentials } from './desktop-session.js';

/** The simulated desktop's own events (`sd-` prefix), typed once; all bubble and cross shadow roots. */
export interface DesktopEventMap {
  /** The sign-in form was submitted (`demo`: one of the demo users, whose password the sandbox knows). */
  'sd-sign-in': CustomEvent<DesktopCredentials & { demo: boolean }>;
  /** The user chose Sign Out in the header. */
  'sd-sign-out': CustomEvent<null>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- augmentation of the DOM's own map
  interface GlobalEventHandlersEventMap extends DesktopEventMap {}
}

type DetailOf<K extends keyof DesktopEventMap> = DesktopEventMap[K] extends CustomEvent<infer D> ? D : never;

export function emitDesktop<K extends keyof DesktopEventMap>(target: EventTarget, name: K, detail: DetailOf<K>): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
