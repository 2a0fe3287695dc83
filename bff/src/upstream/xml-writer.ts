import XMLBuilder from 'fast-xml-builder';
import { InvalidRequestError } from '../errors.js';
import { isXmlText } from './xml-characters.js';

/** An element to write: text, child elements, or a list of same-named children. Values are always strings. */
export interface XmlElementToWrite {
  readonly [name: string]: string | XmlElementToWrite | readonly XmlElementToWrite[];
}

/**
 * The builder escapes `& < > ' "` in every value (processEntities, its default), so a value can never close an element
 * or open a new one; `]]>` becomes `]]&gt;`. Empty values are written as empty elements, which the upstreams read as ''.
 */
const builder = new XMLBuilder({
  ignoreAttributes: true,
  processEntities: true,
  suppressEmptyNode: false,
  format: false,
});

function checkValues(element: XmlElementToWrite, path: string): void {
  for (const [name, value] of Object.entries(element)) {
    if (typeof value === 'string') {
      if (!isXmlText(value)) throw new InvalidRequestError(`${path}/${name} contains characters XML cannot carry`);
    } else if (isList(value)) {
      for (const item of value) checkValues(item, `${path}/${name}`);
    } else {
      checkValues(value, `${path}/${name}`);
    }
  }
}

function isList(value: XmlElementToWrite | readonly XmlElementToWrite[]): value is readonly XmlElementToWrite[] {
  return Array.isArray(value);
}

/**
 * A request body for an upstream: one root element, no declaration (Finesse's and CCE's own examples have none). A
 * value XML cannot carry is the caller's bad input (400), named by its path.
 */
export function writeUpstreamXml(root: string, element: XmlElementToWrite): string {
  checkValues(element, root);
  return builder.build({ [root]: element });
}
