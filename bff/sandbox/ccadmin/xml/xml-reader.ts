import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { malformedRequest } from '../model/cce-api-error.js';

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  parseAttributeValue: false,
  // connectionData is opaque: its bytes are kept exactly, whitespace included.
  trimValues: false,
  processEntities: true,
  // Decodes numeric character references; any other named reference was refused before parsing.
  htmlEntities: true,
});

const PREDEFINED_OR_NUMERIC = /&(?:amp|lt|gt|quot|apos|#([0-9]+)|#x([0-9a-fA-F]+));/y;

/**
 * Reads a request body into a plain tree under `root` (case-sensitive: "XML is case sensitive", CCE Developer
 * Reference). Refuses what XML 1.0 or a careful server refuses: an empty body, a DOCTYPE (so no entity can be
 * declared or expand), references to undeclared entities or to characters XML forbids, broken syntax, and any root
 * other than the one expected.
 */
export function readXml(body: string, root: string): Record<string, unknown> {
  if (body.trim() === '') throw malformedRequest('The request body is empty');
  if (/<!DOCTYPE/i.test(body)) throw malformedRequest('Document type declarations are not allowed');
  const reference = badReference(body);
  if (reference !== undefined) throw malformedRequest(`Undeclared or invalid entity reference ${reference}`);
  try {
    SyntaxValidator.validate(body, { invalidCharSequence: { attrLt: true } });
  } catch (error) {
    throw malformedRequest(`Malformed XML: ${error instanceof Error ? error.message : 'not well-formed'}`);
  }
  const parsed: unknown = parser.parse(body);
  const elements = isRecord(parsed) ? Object.keys(parsed).filter((name) => !name.startsWith('?')) : [];
  if (elements.length !== 1 || elements[0] !== root || !isRecord(parsed))
    throw malformedRequest(`Expected one <${root}> root element`);
  const element = parsed[root];
  // Two roots of the same name parse as a list.
  if (Array.isArray(element)) throw malformedRequest(`Expected one <${root}> root element`);
  // A root with only text, or empty, parses as a string: it has no child elements.
  return isRecord(element) ? element : {};
}

/** The first `&…` outside CDATA and comments that is neither a predefined entity nor a legal character reference. */
function badReference(body: string): string | undefined {
  const markup = body.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g, '');
  for (let at = markup.indexOf('&'); at !== -1; at = markup.indexOf('&', at + 1)) {
    PREDEFINED_OR_NUMERIC.lastIndex = at;
    const match = PREDEFINED_OR_NUMERIC.exec(markup);
    const decimal = match?.[1];
    const hex = match?.[2];
    const code =
      decimal !== undefined ? Number.parseInt(decimal, 10) : hex !== undefined ? Number.parseInt(hex, 16) : undefined;
    if (!match || (code !== undefined && !isXmlChar(code))) return markup.slice(at, at + 12).split(/[\s<]/)[0];
  }
  return undefined;
}

/** XML 1.0 `Char`: what a character reference may name. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
