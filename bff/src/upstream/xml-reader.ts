import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { UpstreamFormatError } from './format-error.js';
import type { UpstreamService } from './types.js';
import { xmlEntityDecoder } from './xml-entity-decoder.js';

/**
 * The most markup (`<`) an upstream document may hold: about 20,000 elements. The largest real Finesse object, a
 * supervisor's Team of a few hundred agents, has a few thousand; a wider document is refused from one cheap scan
 * before anything parses it, so a flood of them cannot hold the event loop (parsing 200,000 elements takes a second).
 */
export const XML_MAX_MARKUP = 40_000;

/** The deepest nesting any upstream object needs (a Dialog's participants' actions are five levels down). */
export const XML_MAX_DEPTH = 32;

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

/** What differs between upstreams' XML: the elements they repeat in lists, and whether attributes carry data. */
export interface XmlReading {
  readonly service: UpstreamService;
  /**
   * Elements the upstream repeats in lists. They always parse as arrays, so a list of one reads like a list of many
   * (fast-xml-parser turns a single child into an object otherwise; bff-practice-and-pitfalls §2(c)).
   */
  readonly lists: readonly string[];
  /** Attributes are read (as `@_name`) or ignored. */
  readonly attributes: boolean;
}

/** Reads one upstream's XML; with `roots`, a document with another root is refused unparsed. */
export type XmlReader = (text: string, roots?: readonly string[]) => ParsedXml;

/**
 * A reader of one upstream's XML, which the BFF does not trust, cheapest checks first: a DTD is refused outright (no
 * entity can expand), the markup is counted and the root element's name checked before the whole text is validated
 * (the parser alone accepts broken XML) and parsed with bounded depth; exactly one root. The parser is configured
 * here only: namespace prefixes dropped, the declaration and processing instructions ignored, entities decoded only
 * as XML itself defines them, values kept as the strings they are (`007` stays `007`, spaces around a call variable
 * stay). Every problem is an UpstreamFormatError naming the upstream.
 */
export function upstreamXmlReader(reading: XmlReading): XmlReader {
  const lists = new Set(reading.lists);
  const parser = new XMLParser({
    ignoreAttributes: !reading.attributes,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    // Indentation between elements is ignored; text is kept exactly.
    trimValues: false,
    removeNSPrefix: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    processEntities: true,
    entityDecoder: xmlEntityDecoder,
    maxNestedTags: XML_MAX_DEPTH,
    // The root is never a list, even when its name is a list element (`<Dialog>` from GET /Dialog/{id}).
    isArray: (name, path) => lists.has(name) && (typeof path !== 'string' || path.includes('.')),
  });
  const fail = (problem: string): UpstreamFormatError => new UpstreamFormatError(reading.service, problem);
  return (text, roots) => readXml(text, parser, fail, roots);
}

function readXml(
  text: string,
  parser: XMLParser,
  fail: (problem: string) => Error,
  roots?: readonly string[],
): ParsedXml {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw fail('document type declarations are refused');
  if (countMarkup(text, XML_MAX_MARKUP) > XML_MAX_MARKUP)
    throw fail(`more than ${XML_MAX_MARKUP} tags: wider than any object this upstream sends`);
  if (roots !== undefined) {
    const first = firstElementName(text);
    if (first === undefined || !roots.includes(first))
      throw fail(`expected <${roots.join('> or <')}>, found ${first === undefined ? 'no element' : `<${first}>`}`);
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
