import XMLBuilder from 'fast-xml-builder';

export type XmlNode = string | XmlElement | XmlNode[];
export interface XmlElement {
  [name: string]: XmlNode;
}

// The builder escapes every value, so text from callers (callback URLs, messages) cannot break out of an element.
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', suppressEmptyNode: false });

/** Compact XML without a declaration, as the documented examples show it; children keep insertion order. */
export function writeXml(document: XmlElement): string {
  return builder.build(document);
}
