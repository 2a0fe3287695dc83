import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';

/**
 * Test-side XML reading: independent of the emulator's own codec, values kept as strings, attributes kept, and the
 * documented lists always arrays so assertions read the same for one item or many.
 */
const LISTS = new Set([
  'role',
  'Team',
  'ReasonCode',
  'WrapUpReason',
  'Dialog',
  'Participant',
  'action',
  'CallVariable',
  'User',
  'ctiServer',
  'ApiError',
  'apiError',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => LISTS.has(name),
});

export type XmlTree = Record<string, unknown>;

export function parseXml(text: string): XmlTree {
  // Throws, naming the problem, when the text is not well-formed.
  SyntaxValidator.validate(text);
  return parser.parse(text) as XmlTree;
}

/** Every element path in a document (`User/roles/role`), attributes as `@name`, for element-by-element comparison. */
export function elementPaths(text: string): Set<string> {
  const paths = new Set<string>();
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item, path);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [name, child] of Object.entries(node)) {
      const childPath = path === '' ? name : `${path}/${name}`;
      paths.add(childPath);
      walk(child, childPath);
    }
  };
  walk(parseXml(text), '');
  return paths;
}

/** Child element names of the first element at a path, in document order (to check what order a response used). */
export function childOrder(text: string, path: string[]): string[] {
  let node: unknown = new XMLParser({ preserveOrder: true, parseTagValue: false }).parse(text);
  for (const name of path) {
    const list = node as Record<string, unknown>[];
    const found = list.find((entry) => name in entry);
    if (!found) throw new Error(`no <${name}> at ${path.join('/')}`);
    node = found[name];
  }
  return (node as Record<string, unknown>[])
    .map((entry) => Object.keys(entry).find((key) => key !== ':@') ?? '')
    .filter((key) => key !== '#text');
}
