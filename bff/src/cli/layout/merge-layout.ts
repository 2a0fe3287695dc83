import { SyntaxValidator } from 'fast-xml-validator';
import { CONTEXT_DESK_TAB_ID, renderTab } from './context-desk-tab.js';
import type { ContextDeskTab, LayoutRole } from './context-desk-tab.js';
import { LayoutError } from './layout-error.js';
import { lineIndent, scanLayout } from './layout-scan.js';
import type { LayoutScan, RoleLayout } from './layout-scan.js';

/**
 * Adds the Context Desk tab to an administrator's Finesse layout, and tells whether a layout has it. The tab goes in
 * as text at one place per role, so everything else in the file stays byte for byte as the administrator wrote it
 * (comments, CDATA, whitespace, quoting, the XML declaration); a role that has the tab already is left alone, so
 * merging again changes nothing.
 *
 * Where the tab goes: after the last `<tab>` of the role's `<tabs>`, next to the standard tabs, indented like them.
 * A role whose layout has no `<tabs>` gets one after its `<page>` (after `<role>` when there is no page either), the
 * order Finesse's layout schema uses: `role`, `page`, `tabs`.
 */

export interface MergeOptions {
  readonly roles: readonly LayoutRole[];
  readonly tab: ContextDeskTab;
  /** Names the file in messages. */
  readonly file?: string;
}

export interface RoleOutcome {
  readonly role: LayoutRole;
  readonly result: 'added' | 'present';
  /** Something the administrator should look at, e.g. the gadget already loaded by another tab. */
  readonly warning?: string;
}

export interface MergeResult {
  readonly text: string;
  readonly outcomes: readonly RoleOutcome[];
}

export interface RolePresence {
  readonly role: LayoutRole;
  readonly present: boolean;
  /** The gadget URL(s) of the role's Context Desk tab, when present. */
  readonly gadgets: readonly string[];
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const FINESSE_ROOT = 'finesseLayout';

/** The `<layout>` of each chosen role; throws when the file is not a Finesse layout or lacks a role. */
function chosenLayouts(
  scan: LayoutScan,
  roles: readonly LayoutRole[],
  file: string,
): { role: LayoutRole; layout: RoleLayout }[] {
  if (scan.root !== FINESSE_ROOT) {
    throw new LayoutError(
      `${file} is not a Finesse desktop layout: its root element is <${scan.root}>, not <${FINESSE_ROOT}>`,
    );
  }
  const chosen: { role: LayoutRole; layout: RoleLayout }[] = [];
  for (const role of roles) {
    const matches = scan.layouts.filter((layout) => layout.role === role);
    const [first] = matches;
    if (first === undefined) {
      const present = scan.layouts.map((layout) => layout.role).filter((name) => name !== undefined);
      const has = present.length === 0 ? 'it has no <layout> with a <role>' : `it has ${present.join(', ')}`;
      throw new LayoutError(
        `${file} has no <layout> for the ${role} role (${has}); choose the roles it has with --roles`,
      );
    }
    if (matches.length > 1) {
      throw new LayoutError(
        `${file} has ${String(matches.length)} <layout> elements for the ${role} role (lines ${matches.map((layout) => String(layout.line)).join(', ')}); Finesse expects one`,
      );
    }
    chosen.push({ role, layout: first });
  }
  return chosen;
}

function contextDeskTabs(layout: RoleLayout) {
  return layout.tabs.filter((tab) => tab.id === CONTEXT_DESK_TAB_ID);
}

/** The text to add for one role, and where. */
function editFor(text: string, scan: LayoutScan, layout: RoleLayout, tab: ContextDeskTab): Edit {
  const { indentUnit: unit, lineBreak } = scan;
  const tabAt = (indent: string | undefined): string => renderTab(tab, { indent, unit, lineBreak });
  const tabsElement = layout.tabsElement;
  const last = layout.tabs.at(-1);

  if (tabsElement !== undefined && !tabsElement.selfClosing && last !== undefined) {
    const indent = lineIndent(text, last.span.start);
    const insert = indent === undefined ? tabAt(undefined) : `${lineBreak}${indent}${tabAt(indent)}`;
    return { start: last.span.end, end: last.span.end, text: insert };
  }
  if (tabsElement !== undefined && !tabsElement.selfClosing) {
    // No tab yet: after whatever the element holds (a comment, say), before the whitespace that indents `</tabs>`.
    const tabsIndent = lineIndent(text, tabsElement.start);
    const content = text.slice(tabsElement.openEnd, tabsElement.closeStart);
    const at = tabsElement.openEnd + content.trimEnd().length;
    if (tabsIndent === undefined) return { start: at, end: at, text: tabAt(undefined) };
    const indent = tabsIndent + unit;
    const closeOnItsOwnLine = text.slice(at, tabsElement.closeStart).includes('\n');
    const insert = `${lineBreak}${indent}${tabAt(indent)}${closeOnItsOwnLine ? '' : `${lineBreak}${tabsIndent}`}`;
    return { start: at, end: at, text: insert };
  }
  if (tabsElement !== undefined) {
    // `<tabs/>`: written out as a start and an end tag around the new tab.
    const tabsIndent = lineIndent(text, tabsElement.start);
    const startTag = text.slice(tabsElement.start, tabsElement.end).replace(/\s*\/>$/, '>');
    const inner =
      tabsIndent === undefined
        ? tabAt(undefined)
        : `${lineBreak}${tabsIndent}${unit}${tabAt(tabsIndent + unit)}${lineBreak}${tabsIndent}`;
    return { start: tabsElement.start, end: tabsElement.end, text: `${startTag}${inner}</tabs>` };
  }
  // No `<tabs>` at all: a new one after `<page>` (or `<role>`), indented like it.
  const sibling = layout.page ?? layout.roleElement;
  const at = sibling?.end ?? layout.span.openEnd;
  const layoutIndent = lineIndent(text, layout.span.start);
  const indent =
    sibling === undefined
      ? layoutIndent === undefined
        ? undefined
        : layoutIndent + unit
      : lineIndent(text, sibling.start);
  if (indent === undefined) return { start: at, end: at, text: `<tabs>${tabAt(undefined)}</tabs>` };
  const tabIndent = indent + unit;
  return {
    start: at,
    end: at,
    text: `${lineBreak}${indent}<tabs>${lineBreak}${tabIndent}${tabAt(tabIndent)}${lineBreak}${indent}</tabs>`,
  };
}

function warningFor(layout: RoleLayout, tab: ContextDeskTab): string | undefined {
  if (!layout.gadgets.includes(tab.gadgetUrl)) return undefined;
  return `the ${layout.role ?? ''} layout already loads ${tab.gadgetUrl} elsewhere; remove one of them or the gadget loads twice`;
}

/** The merged text must be well-formed and have the tab as many times per role as intended: a bug here must not reach Finesse. */
function verify(merged: string, roles: readonly LayoutRole[], expected: ReadonlyMap<LayoutRole, number>): void {
  try {
    SyntaxValidator.validate(merged, { invalidCharSequence: { attrLt: true } });
  } catch (error) {
    throw new Error(
      `internal error: the merged layout is not well-formed (${error instanceof Error ? error.message : 'unknown'}); the file was not changed`,
      { cause: error },
    );
  }
  for (const { role, layout } of chosenLayouts(scanLayout(merged, 'the merged layout'), roles, 'the merged layout')) {
    const count = contextDeskTabs(layout).length;
    if (count !== expected.get(role))
      throw new Error(`internal error: the merged ${role} layout has ${String(count)} Context Desk tabs`);
  }
}

/** The layout with the Context Desk tab in each chosen role, changed nowhere else. */
export function mergeLayout(text: string, options: MergeOptions): MergeResult {
  const file = options.file ?? 'the layout';
  const scan = scanLayout(text, file);
  const edits: Edit[] = [];
  const outcomes: RoleOutcome[] = [];
  const expected = new Map<LayoutRole, number>();
  for (const { role, layout } of chosenLayouts(scan, options.roles, file)) {
    const existing = contextDeskTabs(layout).length;
    if (existing > 0) {
      outcomes.push({ role, result: 'present' });
      expected.set(role, existing);
      continue;
    }
    edits.push(editFor(text, scan, layout, options.tab));
    const warning = warningFor(layout, options.tab);
    outcomes.push({ role, result: 'added', ...(warning === undefined ? {} : { warning }) });
    expected.set(role, 1);
  }
  if (edits.length === 0) return { text, outcomes };
  // From the end backwards, so each edit's positions still hold when it is applied.
  let merged = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    merged = merged.slice(0, edit.start) + edit.text + merged.slice(edit.end);
  }
  verify(merged, options.roles, expected);
  return { text: merged, outcomes };
}

/** Whether each chosen role has the Context Desk tab. */
export function checkLayout(text: string, roles: readonly LayoutRole[], file = 'the layout'): RolePresence[] {
  return chosenLayouts(scanLayout(text, file), roles, file).map(({ role, layout }) => {
    const tabs = contextDeskTabs(layout);
    return { role, present: tabs.length > 0, gadgets: tabs.flatMap((tab) => tab.gadgets) };
  });
}
