import { UpstreamFormatError } from '../upstream/format-error.js';
import { upstreamXmlReader } from '../upstream/xml-reader.js';
import type { ElementName, XmlElement } from './xml-element.js';
import { isXmlElement } from './xml-element.js';

/** Finesse's XML: attributes carry data (ReasonCodes' category), and these elements come in lists. */
const readXml = upstreamXmlReader({
  service: 'finesse',
  attributes: true,
  lists: [
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
  ],
});

/** A parsed document: the root element's name and content. */
export interface XmlDocument {
  readonly root: string;
  readonly element: XmlElement;
}

/**
 * Reads XML from Finesse, which the BFF does not trust (see upstreamXmlReader: no DTD, bounded width and depth, root
 * checked first, well-formed, exactly one root). With `roots`, a document with another root is refused unparsed.
 */
export function readFinesseXml(text: string, roots?: readonly string[]): XmlDocument {
  const { root, content } = readXml(text, roots);
  if (typeof content === 'string' && content.trim() === '') return { root, element: {} };
  if (typeof content === 'string')
    throw new UpstreamFormatError('finesse', `root <${root}> holds text instead of elements`);
  if (!isXmlElement(content)) throw new UpstreamFormatError('finesse', `root <${root}> occurs more than once`);
  return { root, element: content };
}

/** The document's root element, which must be one of the given spellings. */
export function readRoot(text: string, root: ElementName): XmlElement {
  return readFinesseXml(text, typeof root === 'string' ? [root] : root).element;
}
