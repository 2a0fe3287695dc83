import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { FinesseFormatError } from './finesse-format-error.js';
import { upstreamXmlReading } from './xml-entity-decoder.js';
import type { ElementName, XmlElement } from './xml-element.js';
import { isXmlElement } from './xml-element.js';

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
  // The root is never a list, even when its name is a list element (`<Dialog>` from GET /Dialog/{id}).
  isArray: (name, path) => LIST_ELEMENTS.has(name) && (typeof path !== 'string' || path.includes('.')),
});

/** A parsed document: the root element's name and content. */
export interface XmlDocument {
  readonly root: string;
  readonly element: XmlElement;
}

/**
 * Reads XML from Finesse, which the BFF does not trust: a DTD is refused outright (no entity can expand), the
 * text must be well-formed (the parser alone accepts broken XML), and it must have exactly one root.
 */
export function readFinesseXml(text: string): XmlDocument {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new FinesseFormatError('document type declarations are refused');
  try {
    SyntaxValidator.validate(text);
  } catch (error) {
    throw new FinesseFormatError(`not well-formed XML (${error instanceof Error ? error.message : 'unknown problem'})`);
  }
  let parsed: unknown;
  try {
    parsed = parser.parse(text);
  } catch (error) {
    if (error instanceof FinesseFormatError) throw error;
    throw new FinesseFormatError(`unreadable XML (${error instanceof Error ? error.message : 'unknown problem'})`);
  }
  const roots = isXmlElement(parsed) ? Object.entries(parsed) : [];
  const [first] = roots;
  if (roots.length !== 1 || first === undefined) throw new FinesseFormatError('expected exactly one root element');
  const [root, content] = first;
  if (typeof content === 'string' && content.trim() === '') return { root, element: {} };
  if (typeof content === 'string') throw new FinesseFormatError(`root <${root}> holds text instead of elements`);
  if (!isXmlElement(content)) throw new FinesseFormatError(`root <${root}> occurs more than once`);
  return { root, element: content };
}

/** The document's root element, which must be one of the given spellings. */
export function readRoot(text: string, root: ElementName): XmlElement {
  const document = readFinesseXml(text);
  const expected = typeof root === 'string' ? [root] : root;
  if (!expected.includes(document.root)) {
    throw new FinesseFormatError(`expected <${expected.join('> or <')}>, found <${document.root}>`);
  }
  return document.element;
}
