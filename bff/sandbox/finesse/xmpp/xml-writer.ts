// Stanza serialisation: every byte the server writes goes through fast-xml-builder, which escapes
// `& < > " '` in both text and attribute values. Nothing here concatenates markup by hand, so a hostile
// resource name or an `<Update>` payload can never break out of its element.
import XMLBuilder from 'fast-xml-builder';

/** An element to write. Undefined attributes are left out, which keeps optional attributes terse at call sites. */
export interface XmlNode {
  readonly name: string;
  readonly attrs?: Readonly<Record<string, string | undefined>>;
  readonly children?: readonly (XmlNode | string)[];
}

const ATTRIBUTE_PREFIX = '@_';
const TEXT_KEY = '#text';

// suppressEmptyNode writes `<open .../>` rather than `<open ...></open>`, matching what Finesse sends.
const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: ATTRIBUTE_PREFIX,
  textNodeName: TEXT_KEY,
  suppressEmptyNode: true,
  processEntities: true,
  format: false,
});

/** Build an element (element names are constants in this server, never client input); a small helper so stanza builders read like the XML they produce. */
export function el(name: string, attrs: XmlNode['attrs'] = {}, children: XmlNode['children'] = []): XmlNode {
  return { name, attrs, children };
}

/** Serialise one element to the text of one WebSocket message. */
export function serialize(node: XmlNode): string {
  return builder.build([toOrdered(node)]);
}

// The builder's preserveOrder input: `{ tag: [children], ':@': { '@_attr': value } }` and `{ '#text': value }`.
type Ordered = Record<string, unknown>;

function toOrdered(node: XmlNode): Ordered {
  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries(node.attrs ?? {})) {
    if (value !== undefined) attrs[ATTRIBUTE_PREFIX + key] = value;
  }
  const children = (node.children ?? []).map((child) =>
    typeof child === 'string' ? { [TEXT_KEY]: child } : toOrdered(child),
  );
  return { [node.name]: children, ':@': attrs };
}
