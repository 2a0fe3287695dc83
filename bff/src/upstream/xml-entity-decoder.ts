import type { EntityDecoderOptions } from 'fast-xml-parser';
import { isXmlChar } from './xml-characters.js';

/** The five entities XML predefines (XML 1.0 §4.6); no DTD is accepted, so no other name can be declared. */
const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

const REFERENCE = /&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z_][A-Za-z0-9._-]*);/g;

function decodeReference(reference: string): string {
  if (!reference.startsWith('#')) {
    const value = PREDEFINED[reference];
    if (value === undefined) throw new Error(`undeclared entity &${reference};`);
    return value;
  }
  const codePoint = reference.startsWith('#x')
    ? Number.parseInt(reference.slice(2), 16)
    : Number.parseInt(reference.slice(1), 10);
  if (!isXmlChar(codePoint)) throw new Error(`character reference &${reference}; is not an XML character`);
  return String.fromCodePoint(codePoint);
}

/**
 * fast-xml-parser's entity decoder, limited to what XML itself defines: the predefined entities and numeric character
 * references (Finesse's Java serializer may write either). Without this the parser leaves `&#60;` undecoded, and its
 * HTML mode would decode names XML does not know (`&copy;`). Entity declarations are refused. Its errors stop the
 * parse, and the reader turns them into the upstream's format error.
 */
export const xmlEntityDecoder: EntityDecoderOptions = {
  decode: (text) => text.replace(REFERENCE, (_match, reference: string) => decodeReference(reference)),
  addInputEntities: (entities) => {
    if (Object.keys(entities).length > 0) throw new Error('entity declarations are refused');
  },
  setExternalEntities: () => undefined,
  reset: () => undefined,
  setXmlVersion: () => undefined,
};
