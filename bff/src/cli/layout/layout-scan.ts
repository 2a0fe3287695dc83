import { SaxesParser } from 'saxes';
import { LayoutError } from './layout-error.js';

/**
 * Reads a Finesse desktop layout for what the layout command needs, and where each piece sits in the text, so that
 * the command can insert its tab without rebuilding (and so reformatting) the administrator's file. saxes is a strict
 * XML parser that reports string positions; comments, CDATA, processing instructions and the doctype never reach the
 * structure below.
 */

/** Where an element sits: indexes into the text, `end` exclusive. */
export interface ElementSpan {
  /** The `<` of the start tag. */
  readonly start: number;
  /** Just after the start tag's `>`. */
  readonly openEnd: number;
  /** The `<` of the end tag (`openEnd` for an empty-element tag). */
  readonly closeStart: number;
  /** Just after the end tag's `>`. */
  readonly end: number;
  readonly selfClosing: boolean;
}

export interface LayoutTab {
  readonly span: ElementSpan;
  /** The text of its `<id>`, trimmed. */
  readonly id: string | undefined;
  readonly gadgets: readonly string[];
}

/** One `<layout>` of the root: a role's page and tabs. */
export interface RoleLayout {
  readonly span: ElementSpan;
  /** 1-based line of `<layout>`, for messages. */
  readonly line: number;
  /** The text of its `<role>`, trimmed; undefined when it has none. */
  readonly role: string | undefined;
  readonly roleElement: ElementSpan | undefined;
  readonly page: ElementSpan | undefined;
  readonly tabsElement: ElementSpan | undefined;
  /** The `<tab>` children of its `<tabs>`, in order. */
  readonly tabs: readonly LayoutTab[];
  /** Every `<gadget>` URL anywhere in the layout (page and tabs). */
  readonly gadgets: readonly string[];
}

export interface LayoutScan {
  /** The root element's name as written (`finesseLayout` for a Finesse layout). */
  readonly root: string;
  readonly layouts: readonly RoleLayout[];
  /** What one level of nesting adds to the indentation in this file (four spaces when the file does not say). */
  readonly indentUnit: string;
  /** The file's line break, so inserted lines match it. */
  readonly lineBreak: '\n' | '\r\n';
}

type Kind = 'root' | 'layout' | 'role' | 'page' | 'tabs' | 'tab' | 'tab-id' | 'gadget' | 'other';

interface Frame {
  readonly name: string;
  readonly kind: Kind;
  readonly start: number;
  readonly openEnd: number;
  readonly selfClosing: boolean;
  /** Text and CDATA directly inside, for the elements whose text matters. */
  text: string;
}

interface LayoutDraft {
  line: number;
  role?: string;
  roleElement?: ElementSpan;
  page?: ElementSpan;
  tabsElement?: ElementSpan;
  tabs: LayoutTab[];
  gadgets: string[];
}

interface TabDraft {
  id?: string;
  gadgets: string[];
}

/** The whitespace before `index` on its line, or undefined when something else precedes it on that line. */
export function lineIndent(text: string, index: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const before = text.slice(lineStart, index);
  return /^[ \t]*$/.test(before) ? before : undefined;
}

export function lineOf(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
}

function kindOf(name: string, parent: Frame | undefined): Kind {
  if (parent === undefined) return 'root';
  if (name === 'gadget') return 'gadget';
  if (parent.kind === 'root' && name === 'layout') return 'layout';
  if (parent.kind === 'layout' && (name === 'role' || name === 'page' || name === 'tabs')) return name;
  if (parent.kind === 'tabs' && name === 'tab') return 'tab';
  if (parent.kind === 'tab' && name === 'id') return 'tab-id';
  return 'other';
}

function mostCommon(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/** saxes says `2:7: unexpected close tag.`; the administrator reads `line 2, column 7: unexpected close tag.` */
function wellFormednessError(error: Error, file: string): LayoutError {
  const match = /^(\d+):(\d+): (.*)$/s.exec(error.message);
  const where = match ? `line ${match[1] ?? '?'}, column ${match[2] ?? '?'}: ${match[3] ?? ''}` : error.message;
  return new LayoutError(`${file} is not well-formed XML: ${where}`);
}

/** Scans `text` (the whole file); `file` names it in messages. Throws LayoutError for XML that is not well-formed. */
export function scanLayout(text: string, file = 'the layout'): LayoutScan {
  const parser = new SaxesParser({ position: true, xmlns: false });
  const stack: Frame[] = [];
  const layouts: RoleLayout[] = [];
  const indentSteps = new Map<string, number>();
  let root: string | undefined;
  let layout: LayoutDraft | undefined;
  let tab: TabDraft | undefined;
  let tagStart = 0;

  const duplicate = (what: string): never => {
    throw new LayoutError(
      `${file} is not a valid Finesse layout: the <layout> at line ${String(layout?.line ?? '?')} has more than one <${what}>`,
    );
  };

  parser.on('error', (error) => {
    throw wellFormednessError(error, file);
  });
  parser.on('opentagstart', () => {
    // No `<` can occur inside a tag name, so the last one before the parser's position opens this tag.
    tagStart = text.lastIndexOf('<', parser.position - 1);
  });
  parser.on('opentag', (tag) => {
    const parent = stack.at(-1);
    const frame: Frame = {
      name: tag.name,
      kind: kindOf(tag.name, parent),
      start: tagStart,
      openEnd: parser.position,
      selfClosing: tag.isSelfClosing,
      text: '',
    };
    stack.push(frame);
    root ??= tag.name;
    if (frame.kind === 'layout') layout = { line: lineOf(text, frame.start), tabs: [], gadgets: [] };
    if (frame.kind === 'tab') tab = { gadgets: [] };
    if (parent !== undefined) {
      const outer = lineIndent(text, parent.start);
      const inner = lineIndent(text, frame.start);
      if (outer !== undefined && inner !== undefined && inner.length > outer.length && inner.startsWith(outer)) {
        const step = inner.slice(outer.length);
        indentSteps.set(step, (indentSteps.get(step) ?? 0) + 1);
      }
    }
  });
  const collect = (content: string): void => {
    const top = stack.at(-1);
    if (top && (top.kind === 'role' || top.kind === 'tab-id' || top.kind === 'gadget')) top.text += content;
  };
  parser.on('text', collect);
  parser.on('cdata', collect);
  parser.on('closetag', () => {
    const frame = stack.pop();
    if (frame === undefined) return;
    const end = parser.position;
    const span: ElementSpan = {
      start: frame.start,
      openEnd: frame.openEnd,
      closeStart: frame.selfClosing ? frame.openEnd : text.lastIndexOf('<', end - 1),
      end,
      selfClosing: frame.selfClosing,
    };
    switch (frame.kind) {
      case 'role':
        if (layout?.roleElement) duplicate('role');
        if (layout) {
          layout.role = frame.text.trim();
          layout.roleElement = span;
        }
        break;
      case 'page':
        if (layout?.page) duplicate('page');
        if (layout) layout.page = span;
        break;
      case 'tabs':
        if (layout?.tabsElement) duplicate('tabs');
        if (layout) layout.tabsElement = span;
        break;
      case 'tab-id':
        if (tab) tab.id = frame.text.trim();
        break;
      case 'gadget':
        tab?.gadgets.push(frame.text.trim());
        layout?.gadgets.push(frame.text.trim());
        break;
      case 'tab':
        if (tab) layout?.tabs.push({ span, id: tab.id, gadgets: tab.gadgets });
        tab = undefined;
        break;
      case 'layout':
        if (layout) {
          const { line, role, roleElement, page, tabsElement, tabs, gadgets } = layout;
          layouts.push({ span, line, role, roleElement, page, tabsElement, tabs, gadgets });
        }
        layout = undefined;
        break;
      default:
        break;
    }
  });
  parser.write(text).close();
  if (root === undefined) throw new LayoutError(`${file} has no root element`);
  const unit = mostCommon(indentSteps) ?? (/\n\t/.test(text) ? '\t' : '    ');
  return { root, layouts, indentUnit: unit, lineBreak: text.includes('\r\n') ? '\r\n' : '\n' };
}
