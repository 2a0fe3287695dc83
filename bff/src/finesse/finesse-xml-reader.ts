import { XMLParser } from 'fast-xml-parser';
import { FinesseFormatError } from './finesse-format-error.js';
import { upstreamXmlReading } from './xml-entity-decoder.js';
import type { ElementName, XmlElement } from './xml-element.js';
import { isXmlElement } from './xml-element.js';
import { boundedXmlReading, readUpstreamXml } from '../http/upstream-xml.js';

/**
 * Elements Finesse repeats in lists. They always parse as arrays, so a list of one reads like a list of many
 * (fast-xml-parser turns a single child into an object otherwise; bff-practice-and-pitfalls §2(c)).
 */
const LIST_ELEMENTS = new Set([
  'role',
  'Team',
  'ReasonCode',
  'WrapUpReason',
  'Dialog',
  'Participant',
  'action',
  'CallVariable',
  'User',
  'ApiError',
  'apiError',
  'ctiServer',
  'service',
]);

const parser = new XMLParser({
  ignoreAttributes: false, // ReasonCodes carries its category as an attribute
  attributeNamePrefix: '@_',
  parseTagValue: false, // ids, extensions and codes stay strings: "007" stays "007"
  parseAttributeValue: false,
  // Text is kept exactly: a call variable may begin or end with spaces; indentation between elements is ignored.
  trimValues: false,
  ...upstreamXmlReading,
  ...boundedXmlReading,
  // The root is never a list, even when its name is a list element (`<Dialog>` from GET /Dialog/{id}).
  isArray: (name, path) => LIST_ELEMENTS.has(name) && (typeof path !== 'string' || path.includes('.')),
});

/** A parsed document: the root element's name and content. */
export interface XmlDocument {
  readonly root: string;
  readonly element: XmlElement;
}

/**
 * Reads XML from Finesse, which the BFF does not trust (see readUpstreamXml: no DTD, bounded width and depth, root
 * checked first, well-formed, exactly one root). With `roots`, a document with another root is refused unparsed.
 */
export function readFinesseXml(text: string, roots?: readonly string[]): XmlDocument {
  const { root, content } = readUpstreamXml(text, parser, (problem) => new FinesseFormatError(problem), roots);
  if (typeof content === 'string' && content.trim() === '') return { root, element: {} };
  if (typeof content === 'string') throw new FinesseFormatError(`root <${root}> holds text instead of elements`);
  if (!isXmlElement(content)) throw new FinesseFormatError(`root <${root}> occurs more than once`);
  return { root, element: content };
}

/** The document's root element, which must be one of the given spellings. */
export function readRoot(text: string, root: ElementName): XmlElement {
  return readFinesseXml(text, typeof root === 'string' ? [root] : root).element;
}
