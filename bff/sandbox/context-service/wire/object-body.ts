import { z } from 'zod';
import type { ObjectInput, UnresolvedLink } from '../model/types.js';
import { CONTRIBUTOR_TYPES, MEDIA_TYPES, OBJECT_STATES, OBJECT_TYPES } from '../model/types.js';
import { badRequest } from '../model/context-error.js';
import { readDataElement } from './data-element-json.js';
import { parseRefUrl } from './ref-url.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const dated = z.strictObject({ date: z.string().max(64) });

/**
 * A create or update body (reference §1.2). Every property an answer carries is accepted back, so a client may PUT
 * what it got; `refUrl` and `created` are the server's and ignored. Unknown properties are refused to catch typos.
 */
const ObjectBody = z.strictObject({
  id: z.string().regex(UUID, 'must be a UUID').optional(),
  refUrl: z.string().max(2000).optional(),
  type: z.enum(OBJECT_TYPES).optional(),
  state: z.enum(OBJECT_STATES).optional(),
  fieldsets: z.array(z.string().min(1).max(200)).min(1, 'needs at least one fieldset').max(20),
  dataElements: z.array(z.record(z.string(), z.unknown())).max(500).default([]),
  customerId: z.string().min(1).max(200).optional(),
  customerRefUrl: z.string().min(1).max(2000).optional(),
  parentId: z.string().min(1).max(200).optional(),
  parentRefUrl: z.string().min(1).max(2000).optional(),
  mediaType: z.enum(MEDIA_TYPES).optional(),
  contributors: z
    .array(z.strictObject({ type: z.enum(CONTRIBUTOR_TYPES), id: z.string().min(1).max(200) }))
    .max(100)
    .default([]),
  tags: z.array(z.string().min(1).max(200)).max(100).default([]),
  created: dated.optional(),
  lastUpdated: dated.optional(),
});

/** Reads a JSON body into an ObjectInput, or throws 400 naming the first bad property. */
export function readObjectBody(body: unknown): ObjectInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw badRequest('The body must be a JSON object');
  const result = ObjectBody.safeParse(body);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    throw badRequest(path === '' ? (issue?.message ?? 'Invalid object') : `${path}: ${issue?.message ?? 'invalid'}`);
  }
  const parsed = result.data;
  const customer = link('customer', parsed.customerId, parsed.customerRefUrl);
  const parent = link('parent', parsed.parentId, parsed.parentRefUrl);
  return {
    ...(parsed.id === undefined ? {} : { id: parsed.id.toLowerCase() }),
    ...(parsed.type === undefined ? {} : { type: parsed.type }),
    ...(parsed.state === undefined ? {} : { state: parsed.state }),
    fieldsets: parsed.fieldsets,
    dataElements: parsed.dataElements.map((element, index) => readDataElement(element, index)),
    ...(customer === undefined ? {} : { customer }),
    ...(parent === undefined ? {} : { parent }),
    ...(parsed.mediaType === undefined ? {} : { mediaType: parsed.mediaType }),
    contributors: parsed.contributors,
    tags: parsed.tags,
    ...(parsed.lastUpdated === undefined ? {} : { lastUpdated: parsed.lastUpdated.date }),
  };
}

/** Links may be given as `<name>Id` or `<name>RefUrl` (CS-UTILS sends refUrls); when both are given they must agree. */
function link(
  name: 'customer' | 'parent',
  id: string | undefined,
  url: string | undefined,
): UnresolvedLink | undefined {
  const fromUrl = url === undefined ? undefined : parseRefUrl(url);
  if (url !== undefined && fromUrl === undefined)
    throw badRequest(`${name}RefUrl must be a URL ending in /context/v1/<type>/<id>`);
  if (id !== undefined && fromUrl !== undefined && id.toLowerCase() !== fromUrl.id.toLowerCase()) {
    throw badRequest(`${name}Id and ${name}RefUrl name different objects`);
  }
  if (fromUrl) return { id: fromUrl.id.toLowerCase(), type: fromUrl.type };
  return id === undefined ? undefined : { id: id.toLowerCase() };
}
