import XMLBuilder from 'fast-xml-builder';
import { XMLParser } from 'fast-xml-parser';
import { wellFormednessProblem } from './well-formed.js';
import { badRequest } from '../model/errors.js';

/**
 * The emulator's one XML reader and writer. Writing goes through fast-xml-parser's builder, which escapes every
 * value; reading refuses DTDs (so no entity can expand), validates well-formedness first (the parser alone tolerates
 * broken XML) and keeps every value a string (ids and extensions keep leading zeros).
 */
export type XmlNode = string | XmlElement | XmlNode[];
export interface XmlElement {
  [name: string]: XmlNode;
}

const compact = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', suppressEmptyNode: false });
const pretty = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: false,
  format: true,
  indentBy: '  ',
});

/** REST answers are compact; notifications are indented like the 12.5 captures. */
export function writeXml(document: XmlElement, style: 'compact' | 'indented' = 'compact'): string {
  return (style === 'compact' ? compact : pretty).build(document);
}

/** Lists that must parse as arrays even with one member. */
const LIST_ELEMENTS = new Set(['CallVariable', 'ActionParam']);

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => LIST_ELEMENTS.has(name),
});

export const MAX_BODY_BYTES = 16 * 1024;

/**
 * Parse a request body into a plain tree. A missing, malformed, DTD-bearing or unexpected-root body is refused
 * the way Finesse refuses it: 400 Bad Request.
 */
export function readXml(body: string, root: string): Record<string, unknown> {
  if (body.trim() === '') throw badRequest('', 'Request body is missing');
  if (/<!DOCTYPE|<!ENTITY/i.test(body)) throw badRequest('', 'Document type declarations are not allowed');
  const problem = wellFormednessProblem(body);
  if (problem !== undefined) throw badRequest('', `Malformed XML: ${problem}`);
  const parsed: unknown = parser.parse(body);
  const element = isRecord(parsed) ? parsed[root] : undefined;
  if (element === undefined) throw badRequest('', `Expected a <${root}> element`);
  // An element with only text, or empty, parses as a string: treat it as having no children.
  return isRecord(element) ? element : {};
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A child element's text, or undefined when absent; an element with children is not text. */
export function text(element: Record<string, unknown>, name: string): string | undefined {
  const value = element[name];
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  throw badRequest(name, `<${name}> must contain text`);
}

/** Name/value pairs of `<callvariables><CallVariable>` or `<actionParams><ActionParam>`. */
export function namedValues(container: unknown, itemName: string): Map<string, string> | undefined {
  if (container === undefined || container === '') return undefined;
  if (!isRecord(container)) throw badRequest(itemName, `Malformed ${itemName} list`);
  const items = container[itemName];
  if (items === undefined) return new Map();
  if (!Array.isArray(items)) throw badRequest(itemName, `Malformed ${itemName} list`);
  const pairs = new Map<string, string>();
  for (const item of items) {
    if (!isRecord(item)) throw badRequest(itemName, `Malformed ${itemName}`);
    const name = text(item, 'name');
    if (name === undefined || name === '') throw badRequest(itemName, `${itemName} without a name`);
    pairs.set(name, text(item, 'value') ?? '');
  }
  return pairs;
}
