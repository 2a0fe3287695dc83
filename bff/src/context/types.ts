import type { UpstreamCall, UpstreamCallReport, UpstreamClientOptions } from '../upstream/types.js';

/** The Context Service object types the BFF reads and writes (context-service-and-webex.md §1.2). */
export type ContextObjectType = 'customer' | 'request' | 'activity' | 'detail';

/** A data element's value as the store keeps it; `type` is the field's data type (`string`, `boolean`…). */
export interface DataElement {
  readonly value: string | number | boolean;
  readonly type: string;
}

/** What a write changes in an object's data elements: field id → its new element, or undefined to remove the field. */
export type ElementChanges = ReadonlyMap<string, DataElement | undefined>;

/**
 * A Context Service object read from the wire: what every mapper needs, already checked, plus the object as it came
 * (`raw`) so that a PUT can send back every property the BFF does not know about.
 */
export interface ContextObject {
  readonly id: string;
  readonly type: ContextObjectType;
  readonly state: 'active' | 'closed';
  readonly customerId?: string;
  readonly parentId?: string;
  readonly mediaType?: string;
  readonly refUrl?: string;
  readonly contributorIds: readonly string[];
  readonly tags: readonly string[];
  readonly created?: string;
  readonly lastUpdated?: string;
  /** Field id → element, in the store's order. */
  readonly elements: ReadonlyMap<string, DataElement>;
  readonly raw: Readonly<Record<string, unknown>>;
}

/** What the adapter reports after each Context Service call, for metrics: `refused` means the store answered 400, 404 or 409. */
export type ContextCallReport = UpstreamCallReport;

export interface ContextServiceOptions extends UpstreamClientOptions {
  /** Where the store listens, e.g. `https://cs-rest.produs1.ciscoccservice.com`; the API is under `/context/v1`. */
  readonly baseUrl: string;
  /** The machine account's bearer token (sent as `Authorization: Bearer …`, never logged). */
  readonly token: string;
  /** Lab and production data are separate stores (`cisco-context-labmode`). */
  readonly labMode: boolean;
  /** The region a number without a country code belongs to, e.g. `US` (checked at construction). */
  readonly defaultRegion: string;
}

/** One call to the Context Service REST API. */
export interface ContextCall extends UpstreamCall {
  /** The ConflictError code a 409 becomes (`stale_customer`…). */
  readonly conflictCode?: string;
}
