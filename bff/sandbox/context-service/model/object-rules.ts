import type { DataElement, ObjectInput, ObjectLink, ObjectType, StoredObject, UnresolvedLink } from './types.js';
import { badRequest } from './context-error.js';
import { fieldsOf, isKnownFieldset } from './fieldsets.js';

/** Finds a linked object of one of the allowed types in the same store (lab or production). */
export type LinkLookup = (link: UnresolvedLink, allowed: readonly ObjectType[]) => StoredObject | undefined;

export interface ResolvedLinks {
  readonly customerId?: string;
  readonly parent?: ObjectLink;
}

/** The checks a create and an update share: the body's type, fieldsets, data elements, media type and links. */
export function checkObject(type: ObjectType, input: ObjectInput, lookup: LinkLookup): ResolvedLinks {
  if (input.type !== undefined && input.type !== type)
    throw badRequest(`The body is a ${input.type}, the URL a ${type}`);
  checkDataElements(input.fieldsets, input.dataElements);
  if (input.mediaType !== undefined && type !== 'activity') throw badRequest('Only an activity has a mediaType');
  return resolveLinks(type, input, lookup);
}

/** Only fields of the object's own fieldsets, each once and of its declared type [CS-DOCS fields-and-fieldsets]. */
function checkDataElements(fieldsets: readonly string[], elements: readonly DataElement[]): void {
  const unknown = fieldsets.find((id) => !isKnownFieldset(id));
  if (unknown !== undefined) throw badRequest(`Unknown fieldset ${unknown}`);
  const fields = fieldsOf(fieldsets);
  const seen = new Set<string>();
  for (const element of elements) {
    const declared = fields.get(element.field);
    if (declared === undefined)
      throw badRequest(`Field ${element.field} is in none of the fieldsets ${fieldsets.join(', ')}`);
    if (declared !== element.type)
      throw badRequest(`Field ${element.field} is of type ${declared}, not ${element.type}`);
    if (seen.has(element.field)) throw badRequest(`Field ${element.field} is given twice`);
    seen.add(element.field);
  }
}

/**
 * Link rules of the object model (reference §1.2; Webapp_Sample_Project README): a request must have a customer; an
 * activity may have a customer and a parent request; a detail must have a parent request or activity; a customer
 * links to nothing.
 */
function resolveLinks(type: ObjectType, input: ObjectInput, lookup: LinkLookup): ResolvedLinks {
  const parentTypes: Readonly<Record<ObjectType, readonly ObjectType[]>> = {
    customer: [],
    request: [],
    activity: ['request'],
    detail: ['request', 'activity'],
  };
  if (type === 'customer' && input.customer !== undefined) throw badRequest('A customer links to no customer');
  if (type === 'request' && input.customer === undefined)
    throw badRequest('A request must have a customer (customerId or customerRefUrl)');
  if (type === 'detail' && input.parent === undefined)
    throw badRequest('A detail must have a parent request or activity (parentId or parentRefUrl)');
  const allowedParents = parentTypes[type];
  if (input.parent !== undefined && allowedParents.length === 0) throw badRequest(`A ${type} has no parent`);

  const customer = input.customer === undefined ? undefined : find(input.customer, ['customer'], 'customer', lookup);
  const parent = input.parent === undefined ? undefined : find(input.parent, allowedParents, 'parent', lookup);
  return {
    ...(customer === undefined ? {} : { customerId: customer.id }),
    ...(parent === undefined ? {} : { parent: { type: parent.type, id: parent.id } }),
  };
}

function find(link: UnresolvedLink, allowed: readonly ObjectType[], name: string, lookup: LinkLookup): StoredObject {
  if (link.type !== undefined && !allowed.includes(link.type))
    throw badRequest(`The ${name} must be a ${allowed.join(' or ')}, not a ${link.type}`);
  const found = lookup(link, allowed);
  if (found === undefined) throw badRequest(`The ${name} ${link.id} is no ${allowed.join(' or ')} in this store`);
  return found;
}
