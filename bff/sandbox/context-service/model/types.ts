/**
 * The Context Service object model (reference §1.2): customers, requests, activities (the SDK's "pod") and details
 * (comments), each a bag of data elements from one or more fieldsets. Every public type of the emulator's model is here.
 */

export const OBJECT_TYPES = ['customer', 'request', 'activity', 'detail'] as const;
export type ObjectType = (typeof OBJECT_TYPES)[number];

export const OBJECT_STATES = ['active', 'closed'] as const;
export type ObjectState = (typeof OBJECT_STATES)[number];

/** Activity media types (SDK `pod` mediaType). */
export const MEDIA_TYPES = ['chat', 'email', 'event', 'mobile', 'social', 'video', 'voice', 'web'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

/** Field data types; Control Hub labels them Short Text, Number, Decimal, Toggle. */
export const DATA_TYPES = ['string', 'integer', 'double', 'boolean'] as const;
export type DataType = (typeof DATA_TYPES)[number];

export const CONTRIBUTOR_TYPES = ['user', 'machine'] as const;
export type ContributorType = (typeof CONTRIBUTOR_TYPES)[number];

export interface DataElement {
  readonly field: string;
  readonly value: string | number | boolean;
  readonly type: DataType;
}

export interface Contributor {
  readonly type: ContributorType;
  readonly id: string;
}

/** A link to another object; the type is what the refUrl names (or, for a bare id, what the store finds). */
export interface ObjectLink {
  readonly type: ObjectType;
  readonly id: string;
}

/** An object as the emulator keeps it: never mutated, an update stores a new one. Times are epoch milliseconds. */
export interface StoredObject {
  readonly id: string;
  readonly type: ObjectType;
  readonly state: ObjectState;
  readonly fieldsets: readonly string[];
  readonly dataElements: readonly DataElement[];
  readonly customerId?: string;
  /** A request or an activity. */
  readonly parent?: ObjectLink;
  readonly mediaType?: MediaType;
  readonly contributors: readonly Contributor[];
  readonly tags: readonly string[];
  readonly createdMs: number;
  readonly lastUpdatedMs: number;
}

/** A create or update body, read from the wire but not yet checked against the store or the fieldsets. */
export interface ObjectInput {
  readonly id?: string;
  /** The type the body states, if any; it must agree with the URL. */
  readonly type?: ObjectType;
  readonly state?: ObjectState;
  readonly fieldsets: readonly string[];
  readonly dataElements: readonly DataElement[];
  /** From customerId or customerRefUrl. */
  readonly customer?: UnresolvedLink;
  /** From parentId or parentRefUrl. */
  readonly parent?: UnresolvedLink;
  readonly mediaType?: MediaType;
  readonly contributors: readonly Contributor[];
  readonly tags: readonly string[];
  /** The `lastUpdated.date` the client echoes (the optimistic lock); undefined when absent. */
  readonly lastUpdated?: string;
}

/** A link as the client gave it: a refUrl names the type, a bare id does not. */
export interface UnresolvedLink {
  readonly id: string;
  readonly type?: ObjectType;
}
