/**
 * The WAI-ARIA toolbar pattern: the toolbar is one Tab stop, arrow keys, Home and End move between its buttons
 * (unavailable ones included, so their reason can be read), and the last one used keeps the Tab stop.
 */
const MOVES: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

function buttonsOf(toolbar: HTMLElement): HTMLButtonElement[] {
  return [...toolbar.querySelectorAll<HTMLButtonElement>(':scope > button')];
}

/** Gives the Tab stop to one button: the one used last, else the first available one. Call after each render. */
export function keepOneTabStop(toolbar: HTMLElement): void {
  const buttons = buttonsOf(toolbar);
  const available = Math.max(
    0,
    buttons.findIndex((button) => button.getAttribute('aria-disabled') !== 'true'),
  );
  const current = Math.min(Number(toolbar.dataset.current ?? available), buttons.length - 1);
  buttons.forEach((button, index) => (button.tabIndex = index === current ? 0 : -1));
}

/** focusin handler: a clicked or focused button becomes the toolbar's Tab stop. */
export function rememberFocus(event: FocusEvent): void {
  const toolbar = event.currentTarget as HTMLElement;
  const index = buttonsOf(toolbar).indexOf(event.target as HTMLButtonElement);
  if (index < 0) return;
  toolbar.dataset.current = String(index);
  keepOneTabStop(toolbar);
}

/** keydown handler for the toolbar element. */
export function moveFocus(event: KeyboardEvent): void {
  const move = MOVES[event.key];
  const toolbar = event.currentTarget as HTMLElement;
  const buttons = buttonsOf(toolbar);
  const index = buttons.indexOf(event.target as HTMLButtonElement);
  if (move === undefined || index < 0) return;
  event.preventDefault();
  buttons[move(index, buttons.length)]?.focus();
}
