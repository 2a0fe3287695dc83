import type { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';

/**
 * The most markup (`<`) an upstream document may hold: about 20,000 elements. The largest real Finesse object, a
 * supervisor's Team of a few hundred agents, has a few thousand; a wider document is refused from one cheap scan
 * before anything parses it, so a flood of them cannot hold the event loop (parsing 200,000 elements takes a second).
 */
export const XML_MAX_MARKUP = 40_000;

/** The deepest nesting any upstream object needs (a Dialog's participants' actions are five levels down). */
export const XML_MAX_DEPTH = 32;

/** The parser options every upstream reader shares: the depth bound above. */
export const boundedXmlReading = { maxNestedTags: XML_MAX_DEPTH } as const;

/** A parsed document: the root element's name and content. */
export interface ParsedXml {
  readonly root: string;
  readonly content: unknown;
}

/** The name of the document's first element, its namespace prefix dropped; undefined when there is none. */
function firstElementName(text: string): string | undefined {
  let at = text.indexOf('<');
  // Skip the declaration, processing instructions and comments before the root.
  while (at !== -1 && (text.startsWith('<?', at) || text.startsWith('<!--', at))) {
    const end = text.startsWith('<?', at) ? text.indexOf('?>', at) : text.indexOf('-->', at);
    if (end === -1) return undefined;
    at = text.indexOf('<', end);
  }
  if (at === -1) return undefined;
  const name = /^<([A-Za-z_][\w.:-]{0,127})/.exec(text.slice(at, at + 130))?.[1];
  return name?.replace(/^[^:]*:/, '');
}

function countMarkup(text: string, limit: number): number {
  let count = 0;
  for (let at = text.indexOf('<'); at !== -1 && count <= limit; at = text.indexOf('<', at + 1)) count += 1;
  return count;
}

/**
 * Reads XML from an upstream the BFF does not trust, cheapest checks first: a DTD is refused outright (no entity can
 * expand), the markup is counted and the root element's name checked before the whole text is validated (the
 * parser alone accepts broken XML) and parsed with bounded depth; exactly one root. `fail` makes the upstream's own
 * format error from a problem's description.
 */
export function readUpstreamXml(text: string, parser: XMLParser, fail: (problem: string) => Error, roots?: readonly string[]): ParsedXml {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw fail('document type declarations are refused');
  if (countMarkup(text, XML_MAX_MARKUP) > XML_MAX_MARKUP) throw fail(`more than ${XML_MAX_MARKUP} tags: wider than any object this upstream sends`);
  if (roots !== undefined) {
    const first = firstElementName(text);
    if (first === undefined || !roots.includes(first)) throw fail(`expected <${roots.join('> or <')}>, found ${first === undefined ? 'no element' : `<${first}>`}`);
  }
  try {
    SyntaxValidator.validate(text);
  } catch (error) {
    throw fail(`not well-formed XML (${problem(error)})`);
  }
  let parsed: unknown;
  try {
    parsed = parser.parse(text);
  } catch (error) {
    throw fail(`unreadable XML (${problem(error)})`);
  }
  const entries = typeof parsed === 'object' && parsed !== null ? Object.entries(parsed) : [];
  const [first] = entries;
  if (entries.length !== 1 || first === undefined) throw fail('expected exactly one root element');
  return { root: first[0], content: first[1] };
}

function problem(error: unknown): string {
  return error instanceof Error ? error.message : 'unknown problem';
}
