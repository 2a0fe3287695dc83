import { UpstreamFormatError } from '../upstream/format-error.js';

/**
 * A parsed XML element as fast-xml-parser gives it: child elements by name (a string for a text-only or empty child,
 * an array for a repeated one), attributes as `@_name`, stray text as `#text`. The functions below read it without
 * trusting its shape: anything that is not what Finesse documents becomes an UpstreamFormatError.
 */
export type XmlElement = Readonly<Record<string, unknown>>;

/** One name, or the spellings Finesse uses for the same element (`<user>` and `<User>`). */
export type ElementName = string | readonly string[];

const TEXT = '#text';
const isAttribute = (key: string): boolean => key.startsWith('@_');

export function isXmlElement(value: unknown): value is XmlElement {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function spellings(name: ElementName): readonly string[] {
  return typeof name === 'string' ? [name] : name;
}

function label(name: ElementName): string {
  return spellings(name)
    .map((spelling) => `<${spelling}>`)
    .join(' or ');
}

/** The raw value of the first spelling present. */
function raw(parent: XmlElement, name: ElementName): unknown {
  for (const spelling of spellings(name)) {
    if (Object.hasOwn(parent, spelling)) return parent[spelling];
  }
  return undefined;
}

function asElement(value: unknown, name: ElementName): XmlElement {
  // An empty element, or one holding only indentation.
  if (typeof value === 'string' && value.trim() === '') return {};
  if (isXmlElement(value)) return value;
  throw new UpstreamFormatError('finesse', `${label(name)} must contain elements`);
}

/**
 * The longest text any mapped Finesse field holds. The longest documented values are call variables and ECC
 * variables (a few hundred characters); a longer one is a broken or hostile upstream, and the whole object is
 * refused rather than a megabyte name shown to an agent.
 */
export const XML_MAX_FIELD_LENGTH = 4096;

function bounded(text: string, name: ElementName): string {
  if (text.length > XML_MAX_FIELD_LENGTH)
    throw new UpstreamFormatError('finesse', `${label(name)} is longer than ${XML_MAX_FIELD_LENGTH} characters`);
  return text;
}

function asText(value: unknown, name: ElementName): string {
  if (typeof value === 'string') return bounded(value, name);
  if (isXmlElement(value)) {
    const keys = Object.keys(value).filter((key) => !isAttribute(key));
    const text = value[TEXT];
    if (keys.length === 0) return '';
    if (keys.length === 1 && typeof text === 'string') return bounded(text, name);
  }
  throw new UpstreamFormatError('finesse', `${label(name)} must contain text`);
}

/** A value that should occur once: a list of one (lists are always parsed as arrays) is that one. */
function single(value: unknown, name: ElementName): unknown {
  if (!Array.isArray(value)) return value;
  if (value.length === 1) return value[0];
  throw new UpstreamFormatError('finesse', `${label(name)} occurs ${value.length} times`);
}

/** The value of a child that should occur once, read with `as`; undefined when absent. */
function one<T>(parent: XmlElement, name: ElementName, as: (value: unknown, name: ElementName) => T): T | undefined {
  const value = raw(parent, name);
  return value === undefined ? undefined : as(single(value, name), name);
}

/** The values of a repeated child, read with `as`, in document order: none, one or many. */
function each<T>(parent: XmlElement, name: ElementName, as: (value: unknown, name: ElementName) => T): T[] {
  const value = raw(parent, name);
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((item) => as(item, name));
}

function lacking(owner: string, name: ElementName): UpstreamFormatError {
  return new UpstreamFormatError('finesse', `<${owner}> lacks ${label(name)}`);
}

/** The child element, or undefined when absent; an empty element (`<actions/>`) has no children. */
export function childElement(parent: XmlElement, name: ElementName): XmlElement | undefined {
  return one(parent, name, asElement);
}

export function requiredElement(parent: XmlElement, name: ElementName, owner: string): XmlElement {
  const element = childElement(parent, name);
  if (element === undefined) throw lacking(owner, name);
  return element;
}

/** Every child element of that name (`<participants><Participant>…`). */
export function childElements(parent: XmlElement, name: ElementName): XmlElement[] {
  return each(parent, name, asElement);
}

/** A child's text, or undefined when absent; an empty element reads as ''. Text is never converted (`007` stays). */
export function childText(parent: XmlElement, name: ElementName): string | undefined {
  return one(parent, name, asText);
}

/** A child's text when present and not empty; an element holding only whitespace (indentation) counts as empty. */
export function nonEmptyText(parent: XmlElement, name: ElementName): string | undefined {
  const text = childText(parent, name);
  return text === undefined || text.trim() === '' ? undefined : text;
}

/** A child's text that Finesse always fills in; absent or empty is a format error. */
export function requiredText(parent: XmlElement, name: ElementName, owner: string): string {
  const text = nonEmptyText(parent, name);
  if (text === undefined) throw lacking(owner, name);
  return text;
}

/** The texts of a repeated child (`<roles><role>…`). */
export function childTexts(parent: XmlElement, name: ElementName): string[] {
  return each(parent, name, asText);
}

/** An attribute's value, or undefined. */
export function attribute(element: XmlElement, name: string): string | undefined {
  const value = element[`@_${name}`];
  return typeof value === 'string' ? bounded(value, `@${name}`) : undefined;
}

/** The names of an element's child elements (not attributes or text). */
export function childNames(element: XmlElement): string[] {
  return Object.keys(element).filter((key) => !isAttribute(key) && key !== TEXT);
}

/** The last path segment of a Finesse URI (`/finesse/api/Dialog/321654` → `321654`), or undefined. */
export function idFromUri(uri: string | undefined): string | undefined {
  const id = uri
    ?.split('/')
    .filter((segment) => segment !== '')
    .pop();
  return id === undefined || id === '' ? undefined : id;
}
