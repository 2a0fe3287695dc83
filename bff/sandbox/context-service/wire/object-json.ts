import type { Contributor, MediaType, ObjectState, ObjectType, StoredObject } from '../model/types.js';
import type { DataElementJson } from './data-element-json.js';
import { dataElementJson } from './data-element-json.js';
import { refUrl } from './ref-url.js';

/** An object as Context Service answers it (reference §1.2): links both as ids and as refUrls, dates in RFC 3339. */
export interface ContextObjectJson {
  readonly id: string;
  readonly refUrl: string;
  readonly type: ObjectType;
  readonly state: ObjectState;
  readonly fieldsets: readonly string[];
  readonly dataElements: readonly DataElementJson[];
  readonly customerId?: string;
  readonly customerRefUrl?: string;
  readonly parentId?: string;
  readonly parentRefUrl?: string;
  readonly mediaType?: MediaType;
  readonly contributors: readonly Contributor[];
  readonly tags: readonly string[];
  readonly created: { readonly date: string };
  readonly lastUpdated: { readonly date: string };
}

/** The answer to a create: where the new object lives. */
export interface CreatedJson {
  readonly id: string;
  readonly refUrl: string;
}

export function objectJson(baseUrl: string, object: StoredObject): ContextObjectJson {
  return {
    id: object.id,
    refUrl: refUrl(baseUrl, object),
    type: object.type,
    state: object.state,
    fieldsets: object.fieldsets,
    dataElements: object.dataElements.map(dataElementJson),
    ...(object.customerId === undefined
      ? {}
      : {
          customerId: object.customerId,
          customerRefUrl: refUrl(baseUrl, { type: 'customer', id: object.customerId }),
        }),
    ...(object.parent === undefined
      ? {}
      : { parentId: object.parent.id, parentRefUrl: refUrl(baseUrl, object.parent) }),
    ...(object.mediaType === undefined ? {} : { mediaType: object.mediaType }),
    contributors: object.contributors,
    tags: object.tags,
    created: { date: rfc3339(object.createdMs) },
    lastUpdated: { date: rfc3339(object.lastUpdatedMs) },
  };
}

export function createdJson(baseUrl: string, object: StoredObject): CreatedJson {
  return { id: object.id, refUrl: refUrl(baseUrl, object) };
}

/** UTC with milliseconds, e.g. 2025-03-14T09:26:53.589Z: the optimistic lock compares at this precision. */
export function rfc3339(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
