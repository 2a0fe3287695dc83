import { z } from 'zod';
import { UpstreamFormatError } from '../upstream/format-error.js';
import { upstreamXmlReader } from '../upstream/xml-reader.js';

/**
 * Reads XML from CCE Administration, which the BFF does not trust (see upstreamXmlReader: no DTD, bounded width and
 * depth, well-formed, exactly one root), and checks its root once parsed. Values stay strings; no attribute carries
 * data. The elements CCE repeats in lists always read as arrays, so a list of one reads like a list of many.
 */
const readXml = upstreamXmlReader({
  service: 'ccadmin',
  attributes: false,
  lists: ['apiError', 'agent', 'agentTeam', 'skillGroup', 'supervisor'],
});

export function readCceXml(xml: string, expectedRoot: string): unknown {
  const { root, content } = readXml(xml);
  if (root !== expectedRoot) throw new UpstreamFormatError('ccadmin', `expected <${expectedRoot}>, found <${root}>`);
  return content;
}

/** An element with text only (or empty, or absent); trimmed, because CCE's examples indent. */
export const OptionalText = z
  .string({ error: 'must hold text only, once' })
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

/** A schema problem as a format error naming the element, never its value. */
export function checked<T>(schema: z.ZodType<T>, content: unknown, root: string): T {
  // An empty root (`<apiErrors/>`) parses as '' (or indentation): it holds no elements.
  const element = typeof content === 'string' && content.trim() === '' ? {} : content;
  const result = schema.safeParse(element);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.map(String).filter((segment) => !/^[0-9]+$/.test(segment)) ?? [];
  const where = path.length > 0 ? `<${root}><${path.join('><')}>` : `<${root}>`;
  throw new UpstreamFormatError('ccadmin', `${where} ${issue?.message ?? 'is not as documented'}`);
}
