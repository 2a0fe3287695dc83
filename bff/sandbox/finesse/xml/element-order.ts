import type { XmlElement, XmlNode } from './xml-codec.js';

/**
 * Finesse 12.5 notifications list an object's children in alphabetical (code point) order, while REST answers follow
 * the documented order; `callvariables` stays last in `mediaProperties` in both (captured dialog notifications).
 * Clients must not depend on either, and the emulator makes sure they cannot.
 */
export function alphabetical(node: XmlNode): XmlNode {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(alphabetical);
  const sorted: XmlElement = {};
  const names = Object.keys(node).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const child = node[name];
    if (child !== undefined) sorted[name] = alphabetical(child);
  }
  return sorted;
}

function rank(name: string): number {
  if (name.startsWith('@_')) return -1;
  return name === 'callvariables' ? 1 : 0;
}
