import type { Contributor, DataElement, MediaType, ObjectLink, ObjectState, StoredObject } from '../model/types.js';

/** Builders for demo objects in the shapes Cisco's own components write (CVP, ECE and Finesse, reference §1.3). */

export interface Stamp {
  readonly createdMs: number;
  readonly lastUpdatedMs: number;
}

/** String data elements for the defined fields, in the order given. */
export function stringElements(fields: Readonly<Record<string, string | undefined>>): DataElement[] {
  return Object.entries(fields).flatMap(([field, value]) =>
    value === undefined ? [] : [{ field, value, type: 'string' as const }],
  );
}

export function customerObject(
  id: string,
  fields: Readonly<Record<string, string | undefined>>,
  stamp: Stamp,
): StoredObject {
  return {
    id,
    type: 'customer',
    state: 'active',
    fieldsets: ['cisco.base.customer'],
    dataElements: stringElements(fields),
    contributors: [],
    tags: [],
    ...stamp,
  };
}

export interface RequestParts {
  readonly id: string;
  readonly customerId: string;
  readonly title: string;
  readonly description: string;
  readonly state: ObjectState;
  readonly tags: readonly string[];
  readonly contributors: readonly Contributor[];
}

export function requestObject(parts: RequestParts, stamp: Stamp): StoredObject {
  const { id, customerId, title, description, state, tags, contributors } = parts;
  const dataElements = stringElements({ Context_Title: title, Context_Description: description });
  return {
    id,
    type: 'request',
    state,
    fieldsets: ['cisco.base.request'],
    dataElements,
    customerId,
    contributors,
    tags,
    ...stamp,
  };
}

export interface ActivityParts {
  readonly id: string;
  readonly customerId?: string;
  readonly parent?: ObjectLink;
  readonly mediaType: MediaType;
  readonly notes: string;
  readonly link?: string;
  /** The hidden POD source fields the Customer Context gadget builds a customer from (help.webex.com DOC-14426). */
  readonly source: { readonly name?: string; readonly email?: string; readonly phone?: string };
  readonly state: ObjectState;
  readonly tags: readonly string[];
  readonly contributors: readonly Contributor[];
}

export function activityObject(parts: ActivityParts, stamp: Stamp): StoredObject {
  const dataElements = stringElements({
    Context_Notes: parts.notes,
    Context_POD_Activity_Link: parts.link,
    Context_POD_Source_Cust_Name: parts.source.name,
    Context_POD_Source_Email: parts.source.email,
    Context_POD_Source_Phone: parts.source.phone,
  });
  return {
    id: parts.id,
    type: 'activity',
    state: parts.state,
    fieldsets: ['cisco.base.pod'],
    dataElements,
    ...(parts.customerId === undefined ? {} : { customerId: parts.customerId }),
    ...(parts.parent === undefined ? {} : { parent: parts.parent }),
    mediaType: parts.mediaType,
    contributors: parts.contributors,
    tags: parts.tags,
    ...stamp,
  };
}

export interface CommentParts {
  readonly id: string;
  readonly customerId?: string;
  readonly parent: ObjectLink;
  readonly text: string;
  readonly visible: boolean;
  readonly author: { readonly id: string; readonly name: string };
}

/** A detail.comment: created closed, never updated [Webapp README]. */
export function commentObject(parts: CommentParts, atMs: number): StoredObject {
  const dataElements: DataElement[] = [
    { field: 'Context_Comment', value: parts.text, type: 'string' },
    { field: 'Context_Visible', value: parts.visible, type: 'boolean' },
    { field: 'Context_DisplayName', value: parts.author.name, type: 'string' },
  ];
  return {
    id: parts.id,
    type: 'detail',
    state: 'closed',
    fieldsets: ['cisco.base.comment'],
    dataElements,
    ...(parts.customerId === undefined ? {} : { customerId: parts.customerId }),
    parent: parts.parent,
    contributors: [{ type: 'user', id: parts.author.id }],
    tags: [],
    createdMs: atMs,
    lastUpdatedMs: atMs,
  };
}
