import { LayoutOptionError } from './layout-error.js';

/** The tab the layout command adds: its id is fixed, so a layout that has it is recognised however it was added. */
export const CONTEXT_DESK_TAB_ID = 'contextDesk';
export const DEFAULT_GADGET_URL = '/3rdpartygadget/files/ContextDesk.xml';
export const DEFAULT_TAB_LABEL = 'Context Desk';

/** The desktop roles a Finesse layout has a `<layout>` for. */
export const LAYOUT_ROLES = ['Agent', 'Supervisor'] as const;
export type LayoutRole = (typeof LAYOUT_ROLES)[number];

export interface ContextDeskTab {
  /** An absolute http(s) URL, or a path on Finesse such as `/3rdpartygadget/files/ContextDesk.xml`. */
  readonly gadgetUrl: string;
  readonly label: string;
}

const LABEL_MAX = 64;
/** No character XML 1.0 refuses (controls, U+FFFE, U+FFFF, a lone surrogate), and no line break: a label or URL is one line. */
function fitsOnOneLine(value: string): boolean {
  for (const character of value) {
    const code = character.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f || code === 0xfffe || code === 0xffff || (code >= 0xd800 && code <= 0xdfff))
      return false;
  }
  return true;
}

/** `Agent,Supervisor` (any case, any order) to the roles, once each. */
export function parseRoles(value: string | undefined): LayoutRole[] {
  if (value === undefined) return [...LAYOUT_ROLES];
  const roles: LayoutRole[] = [];
  for (const name of value.split(',').map((part) => part.trim())) {
    const role = LAYOUT_ROLES.find((known) => known.toLowerCase() === name.toLowerCase());
    if (role === undefined) {
      throw new LayoutOptionError(
        `--roles: "${name}" is not a desktop role; use Agent, Supervisor or Agent,Supervisor`,
      );
    }
    if (!roles.includes(role)) roles.push(role);
  }
  return roles;
}

/** A gadget URL as Finesse loads it: a path on Finesse itself (`/3rdpartygadget/files/…`) or an absolute http(s) URL. */
export function checkGadgetUrl(value: string): string {
  // Whitespace would become part of the URL Finesse requests; `//host` is a URL to another host, not a path.
  const path = value.startsWith('/') && !value.startsWith('//');
  const absolute = !path && URL.canParse(value) && ['http:', 'https:'].includes(new URL(value).protocol);
  if ((!path && !absolute) || /[\s\\]/.test(value) || !fitsOnOneLine(value)) {
    throw new LayoutOptionError(
      '--gadget-url: must be an absolute http:// or https:// URL, or a path starting with / such as /3rdpartygadget/files/ContextDesk.xml',
    );
  }
  if (absolute) {
    const url = new URL(value);
    // Every agent's browser sees the layout: a password in it would be handed to all of them.
    if (url.username !== '' || url.password !== '')
      throw new LayoutOptionError('--gadget-url: must not contain a user name or password');
  }
  return value;
}

export function checkTabLabel(value: string): string {
  const label = value.trim();
  if (label === '' || label.length > LABEL_MAX || !fitsOnOneLine(label)) {
    throw new LayoutOptionError(`--tab-label: must be 1 to ${LABEL_MAX} characters on one line`);
  }
  return label;
}

export function escapeXmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The `<tab>` element. With an indentation it is written one element a line, each line after the first starting with
 * `lineBreak` + indentation, as Finesse's default layout is; without one (a layout written on one line) on one line.
 */
export function renderTab(
  tab: ContextDeskTab,
  layout: { indent: string | undefined; unit: string; lineBreak: string },
): string {
  const parts = [
    '<tab>',
    `${layout.unit}<id>${CONTEXT_DESK_TAB_ID}</id>`,
    `${layout.unit}<icon>tabs</icon>`,
    `${layout.unit}<label>${escapeXmlText(tab.label)}</label>`,
    `${layout.unit}<gadgets>`,
    `${layout.unit}${layout.unit}<gadget>${escapeXmlText(tab.gadgetUrl)}</gadget>`,
    `${layout.unit}</gadgets>`,
    '</tab>',
  ];
  const { indent } = layout;
  if (indent === undefined) return parts.map((part) => part.trimStart()).join('');
  return parts.map((part, index) => (index === 0 ? part : `${layout.lineBreak}${indent}${part}`)).join('');
}
