// Stanza parsing: turns one RFC 7395 WebSocket message into a small, typed, namespace-resolved element tree.
// fast-xml-parser does the XML work (validation, entity decoding); this file only adds what it lacks for XMPP:
// refusing DTDs, insisting on exactly one root element, and resolving namespace prefixes.
import { XMLParser } from 'fast-xml-parser';
import { wellFormednessProblem } from '../xml/well-formed.js';

/** One parsed XML element. Attribute names are kept as written (`xmlns`, `xml:lang`, `xmlns:stream`). */
export interface XmlElement {
  /** The name as written, prefix included, so an element can be echoed back unchanged. */
  readonly qname: string;
  /** The local name (`features` for `stream:features`). */
  readonly name: string;
  /** The resolved namespace URI, or undefined when none is in scope. */
  readonly ns: string | undefined;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** The element's own character data (CDATA included), concatenated; child elements' text is not included. */
  readonly text: string;
}

/** Why a frame was refused, as the RFC 6120 §4.9.3 stream error condition to send. */
export type FrameRefusal = 'not-well-formed' | 'restricted-xml' | 'bad-namespace-prefix';

export type FrameParseResult =
  | { readonly ok: true; readonly element: XmlElement }
  | { readonly ok: false; readonly condition: FrameRefusal; readonly reason: string };

const ATTRIBUTE_PREFIX = '@_';
const TEXT_KEY = '#text';
const ATTRIBUTES_KEY = ':@';

// preserveOrder keeps the document shape generic (no per-element array guessing); trimValues:false keeps the
// exact text of e.g. a SASL payload; values are never coerced to numbers or booleans. Stanzas are shallow, so a
// low nesting limit costs nothing and stops deep-nesting abuse early.
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: ATTRIBUTE_PREFIX,
  processEntities: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  maxNestedTags: 32,
});

// RFC 6120 §11.1 forbids DTDs in XMPP; refusing them before parsing also rules out entity-expansion attacks.
const DTD_PATTERN = /<!\s*(?:DOCTYPE|ENTITY)/i;

/**
 * Parse one WebSocket message. `defaultNamespace` is the namespace a root element without `xmlns` is in
 * (RFC 7395 framed stanzas inherit `jabber:client` from the virtual stream).
 */
export function parseFrame(frame: string, defaultNamespace: string): FrameParseResult {
  if (DTD_PATTERN.test(frame)) {
    return { ok: false, condition: 'restricted-xml', reason: 'DTDs and entity declarations are not allowed' };
  }
  // XMLParser alone accepts unclosed and mismatched tags, so well-formedness is checked first.
  const problem = wellFormednessProblem(frame);
  if (problem !== undefined) {
    return { ok: false, condition: 'not-well-formed', reason: problem };
  }
  let document: unknown;
  try {
    document = parser.parse(frame);
  } catch (error) {
    return { ok: false, condition: 'not-well-formed', reason: error instanceof Error ? error.message : String(error) };
  }
  const roots = Array.isArray(document) ? document.filter(isElementEntry) : [];
  const [root] = roots;
  if (roots.length !== 1 || root === undefined) {
    return { ok: false, condition: 'not-well-formed', reason: 'a WebSocket message must hold exactly one element' };
  }
  try {
    return { ok: true, element: toElement(root, new Map([['', defaultNamespace]])) };
  } catch (error) {
    if (error instanceof UnboundPrefixError) {
      return { ok: false, condition: 'bad-namespace-prefix', reason: error.message };
    }
    throw error;
  }
}

/** The first child with this local name and namespace. */
export function findChild(element: XmlElement, name: string, ns?: string): XmlElement | undefined {
  return element.children.find((child) => child.name === name && (ns === undefined || child.ns === ns));
}

/** An attribute value, or undefined when absent. */
export function attribute(element: XmlElement, name: string): string | undefined {
  return Object.hasOwn(element.attrs, name) ? element.attrs[name] : undefined;
}

class UnboundPrefixError extends Error {}

type Entry = Record<string, unknown>;

function isRecord(value: unknown): value is Entry {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The key naming an entry: a tag name, `#text`, or `?xml` for a declaration/processing instruction. */
function entryName(entry: Entry): string | undefined {
  return Object.keys(entry).find((key) => key !== ATTRIBUTES_KEY);
}

function isElementEntry(value: unknown): value is Entry {
  if (!isRecord(value)) return false;
  const name = entryName(value);
  return name !== undefined && name !== TEXT_KEY && !name.startsWith('?');
}

function readAttributes(entry: Entry): Record<string, string> {
  const raw = entry[ATTRIBUTES_KEY];
  // A prototype-less record: an attribute called `__proto__` or `constructor` stays plain data.
  const attrs = Object.create(null) as Record<string, string>;
  if (!isRecord(raw)) return attrs;
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith(ATTRIBUTE_PREFIX) && typeof value === 'string')
      attrs[key.slice(ATTRIBUTE_PREFIX.length)] = value;
  }
  return attrs;
}

// Namespaces in XML 1.0: an element's own xmlns / xmlns:p declarations apply to itself and its descendants.
function toElement(entry: Entry, inheritedScope: ReadonlyMap<string, string>): XmlElement {
  const qname = entryName(entry) ?? '';
  const attrs = readAttributes(entry);
  const scope = new Map(inheritedScope);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'xmlns') scope.set('', value);
    else if (key.startsWith('xmlns:')) scope.set(key.slice('xmlns:'.length), value);
  }
  const colon = qname.indexOf(':');
  const prefix = colon === -1 ? '' : qname.slice(0, colon);
  const name = colon === -1 ? qname : qname.slice(colon + 1);
  const ns = scope.get(prefix);
  if (prefix !== '' && ns === undefined) throw new UnboundPrefixError(`namespace prefix "${prefix}" is not declared`);

  const children: XmlElement[] = [];
  let text = '';
  const content = entry[qname];
  for (const item of Array.isArray(content) ? content : []) {
    if (!isRecord(item)) continue;
    const textValue = item[TEXT_KEY];
    if (typeof textValue === 'string') text += textValue;
    else if (isElementEntry(item)) children.push(toElement(item, scope));
  }
  return { qname, name, ns: ns === '' ? undefined : ns, attrs, children, text };
}
