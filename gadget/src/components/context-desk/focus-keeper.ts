import type { ReactiveController, ReactiveElement } from 'lit';

/** Where focus may go, in order, and whether a place for it is still on its way. */
export interface FocusPlan {
  /** Elements whose `focus()` puts focus on a control of theirs, tried in order until one takes it. */
  readonly targets: readonly (ReactiveElement | null)[];
  /** None can take it yet, but one will after a coming update: keep trying until then. */
  readonly waiting: boolean;
}

/**
 * Keeps a keyboard user's focus in the tab when an update of the host takes the focused control away (a call
 * transferred or ended, the phone logged out): without it focus falls back to the document and a screen reader
 * starts again from the top. Focus goes to the first target of the plan that takes it, after the targets have
 * rendered. It is never pulled back once it is somewhere else (another control, another frame of the desktop).
 */
export class FocusKeeper implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #plan: () => FocusPlan;
  #hadFocus = false;
  #lost = false;

  constructor(host: ReactiveElement, plan: () => FocusPlan) {
    this.#host = host;
    this.#plan = plan;
    host.addController(this);
  }

  hostUpdate(): void {
    // Read before the DOM changes: a focused control that this update removes takes the focus with it.
    this.#hadFocus = (this.#host.shadowRoot?.activeElement ?? null) !== null;
  }

  hostUpdated(): void {
    if (this.#hadFocus || this.#lost) void this.#restore();
  }

  async #restore(): Promise<void> {
    const root = this.#host.shadowRoot;
    await Promise.all(this.#plan().targets.flatMap((target) => (target === null ? [] : [target.updateComplete])));
    const inside = (): boolean => root !== null && root.activeElement !== null;
    const active = document.activeElement;
    if (root === null || inside() || !document.hasFocus() || (active !== null && active !== document.body)) {
      this.#lost = false;
      return;
    }
    const plan = this.#plan();
    for (const target of plan.targets) {
      target?.focus();
      if (inside()) {
        this.#lost = false;
        return;
      }
    }
    this.#lost = plan.waiting;
  }
}
