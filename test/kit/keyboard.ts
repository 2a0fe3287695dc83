import type { ElementHandle, Frame, Page } from 'playwright-core';

/** What a keyboard user is on: the deeply focused element, through iframes and shadow roots. */
export interface Focused {
  /** Its accessible name, roughly as assistive technology computes it (aria-label, labelledby, label, text, title). */
  readonly name: string;
  /** Its explicit or implicit ARIA role ('' when it has none worth naming). */
  readonly role: string;
  /** The iframes focus went through, by title. */
  readonly frames: readonly string[];
  /** Its value, for form fields (a select's is its chosen option's value). */
  readonly value: string;
  /** The focus indicator is drawn: a non-none outline or box-shadow. */
  readonly focusVisible: boolean;
  /** Inside the iframe the caller asked about (always true when no frame was given). */
  readonly inFrame: boolean;
}

/** The few DOM members the in-page reader touches; this file is type-checked for Node, where there is no DOM. */
interface DomStyle {
  readonly outlineStyle: string;
  readonly outlineWidth: string;
  readonly boxShadow: string;
}
interface DomElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly shadowRoot: { readonly activeElement: DomElement | null } | null;
  readonly contentDocument?: DomDocument | null;
  readonly labels?: ArrayLike<DomElement> | null;
  readonly value?: string;
  readonly type?: string;
  readonly multiple?: boolean;
  readonly ownerDocument: { readonly defaultView: { getComputedStyle(element: DomElement): DomStyle } | null };
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  getRootNode(): { getElementById?(id: string): DomElement | null };
  cloneNode(deep: boolean): DomElement;
  querySelectorAll(selector: string): ArrayLike<{ remove(): void }>;
}
interface DomDocument {
  readonly activeElement: DomElement | null;
  readonly body: DomElement | null;
}

/** Runs in the page: describes document.activeElement followed down through shadow roots and iframes. */
function readFocus(frameElement: DomElement | undefined): Focused | undefined {
  const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
  const textWithoutControls = (element: DomElement): string => {
    const copy = element.cloneNode(true);
    for (const control of Array.from(copy.querySelectorAll('select, input, textarea'))) control.remove();
    return squash(copy.textContent);
  };
  const nameOf = (element: DomElement): string => {
    const label = element.getAttribute('aria-label');
    if (label !== null && squash(label) !== '') return squash(label);
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy !== null) {
      const root = element.getRootNode();
      const parts = labelledBy.split(/\s+/).map((id) => squash(root.getElementById?.(id)?.textContent));
      if (parts.some((part) => part !== '')) return parts.join(' ').trim();
    }
    const labels = Array.from(element.labels ?? []);
    if (labels.length > 0) return labels.map(textWithoutControls).join(' ').trim();
    const tag = element.tagName.toLowerCase();
    if (tag !== 'select' && tag !== 'input' && tag !== 'textarea' && tag !== 'iframe') {
      const text = squash(element.textContent);
      if (text !== '') return text;
    }
    return squash(element.getAttribute('title'));
  };
  const roleOf = (element: DomElement): string => {
    const explicit = element.getAttribute('role');
    if (explicit !== null) return explicit;
    const tag = element.tagName.toLowerCase();
    if (tag === 'button') return 'button';
    if (tag === 'a' && element.hasAttribute('href')) return 'link';
    if (tag === 'textarea') return 'textbox';
    if (tag === 'select') return element.multiple === true ? 'listbox' : 'combobox';
    if (tag !== 'input') return '';
    const type = element.type ?? 'text';
    if (type === 'radio' || type === 'checkbox') return type;
    if (type === 'search') return 'searchbox';
    if (type === 'submit' || type === 'button' || type === 'reset') return 'button';
    return 'textbox';
  };
  const frames: string[] = [];
  let inFrame = frameElement === undefined;
  let element = (globalThis as unknown as { document: DomDocument }).document.activeElement;
  for (;;) {
    if (element === null) return undefined;
    const inner: DomElement | null | undefined =
      element.shadowRoot?.activeElement ??
      (element.contentDocument === undefined ? undefined : element.contentDocument?.activeElement);
    if (inner === null || inner === undefined) break;
    if (element.tagName.toLowerCase() === 'iframe') {
      frames.push(squash(element.getAttribute('title')));
      if (element === frameElement) inFrame = true;
    }
    element = inner;
  }
  const tag = element.tagName.toLowerCase();
  if (tag === 'body' || tag === 'html') return undefined;
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  const outlined = style !== undefined && style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
  const shadowed = style !== undefined && style.boxShadow !== 'none' && style.boxShadow !== '';
  return {
    name: nameOf(element),
    role: roleOf(element),
    frames,
    value: element.value ?? '',
    focusVisible: outlined || shadowed,
    inFrame,
  };
}

/** The element a keyboard user is on now (undefined when focus is on the page itself). */
export async function focused(page: Page, frame?: Frame): Promise<Focused | undefined> {
  const frameElement: ElementHandle | undefined = frame === undefined ? undefined : await frame.frameElement();
  // The handle stands for the iframe element in the page; readFocus only compares it by identity.
  return page.evaluate(readFocus, frameElement as unknown as DomElement | undefined);
}

export interface FocusTarget {
  /** The role the element must have as well (button, combobox, textbox, tab…). */
  readonly role?: string;
  /** How many key presses before giving up. */
  readonly max?: number;
}

function describe(focus: Focused | undefined): string {
  if (focus === undefined) return '(nothing: the page)';
  const where = focus.frames.length === 0 ? '' : ` in ${focus.frames.join(' > ')}`;
  return `${focus.role === '' ? 'element' : focus.role} "${focus.name}"${where}`;
}

function matches(focus: Focused | undefined, name: string | RegExp, target: FocusTarget): focus is Focused {
  if (focus?.inFrame !== true) return false;
  const named = typeof name === 'string' ? focus.name === name : name.test(focus.name);
  return named && (target.role === undefined || focus.role === target.role);
}

/**
 * Presses `key` until the focused element (inside `frame`, when given) has the accessible name (and role), as a
 * keyboard user would; stays put when it already has. Fails naming every element focus passed through.
 */
export async function pressUntilFocused(
  page: Page,
  key: string,
  frame: Frame | undefined,
  name: string | RegExp,
  target: FocusTarget = {},
): Promise<Focused> {
  const passed: string[] = [];
  let focus = await focused(page, frame);
  for (let presses = 0; !matches(focus, name, target); presses += 1) {
    passed.push(describe(focus));
    if (presses >= (target.max ?? 80)) {
      throw new Error(
        `${key} never reached ${target.role ?? 'element'} "${String(name)}"; focus went through:\n  ${passed.join('\n  ')}`,
      );
    }
    await page.keyboard.press(key);
    focus = await focused(page, frame);
  }
  return focus;
}

/** Tab until the named element has focus (see pressUntilFocused). */
export function tabTo(
  page: Page,
  frame: Frame | undefined,
  name: string | RegExp,
  target: FocusTarget = {},
): Promise<Focused> {
  return pressUntilFocused(page, 'Tab', frame, name, target);
}

/** Shift+Tab until the named element has focus. */
export function tabBackTo(
  page: Page,
  frame: Frame | undefined,
  name: string | RegExp,
  target: FocusTarget = {},
): Promise<Focused> {
  return pressUntilFocused(page, 'Shift+Tab', frame, name, target);
}

/** An arrow key (a toolbar's, a tab list's) until the named element has focus; a short bound, these are small groups. */
export function arrowTo(
  page: Page,
  frame: Frame | undefined,
  name: string | RegExp,
  target: FocusTarget & { key?: string } = {},
): Promise<Focused> {
  return pressUntilFocused(page, target.key ?? 'ArrowRight', frame, name, { max: 12, ...target });
}
