/**
 * The Journey Data Service object model (reference context-service-and-webex.md §3, webex-contact-center.md §4): people
 * known by aliases, CloudEvents about them, profile-view templates and the progressive profiles computed from them.
 * Every public type of the emulator's model is here.
 */

/** The alias kinds a person carries (`phone`, `email`, `temporaryId`, `customerId` in the OpenAPI; `socialId` in merge-identities). */
export const ALIAS_KINDS = ['phone', 'email', 'temporaryId', 'customerId', 'socialId'] as const;
export type AliasKind = (typeof ALIAS_KINDS)[number];

export type AliasSet = Readonly<Record<AliasKind, readonly string[]>>;

/** A person as the emulator keeps it; `id` is 24 hex digits, as JDS's (Mongo-style) ids are. */
export interface Person {
  readonly id: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly aliases: AliasSet;
  readonly createdMs: number;
}

/** A CloudEvents 1.0 event as JDS stores it (JDS adds `identity`, `identitytype`, `previousidentity`). */
export interface JourneyEvent {
  readonly id: string;
  readonly specversion: '1.0';
  readonly type: string;
  readonly source: string;
  readonly time: string;
  readonly identity: string;
  readonly identitytype: string;
  readonly previousidentity?: string;
  readonly datacontenttype: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** One attribute of a profile-view template: what to aggregate over which events. */
export interface TemplateAttribute {
  readonly version?: string;
  readonly displayName: string;
  readonly event: string;
  readonly metaData: string;
  readonly metaDataType: string;
  readonly limit: number;
  readonly lookBackDurationType: LookBackUnit;
  readonly lookBackPeriod: number;
  readonly aggregationMode: AggregationMode;
  readonly verbose: boolean;
  readonly widgetAttributes?: Readonly<Record<string, unknown>>;
  readonly rules?: Readonly<Record<string, unknown>>;
}

export const LOOK_BACK_UNITS = ['minutes', 'hours', 'days', 'weeks', 'months', 'years'] as const;
export type LookBackUnit = (typeof LOOK_BACK_UNITS)[number];

export const AGGREGATION_MODES = ['Count', 'Sum', 'Average', 'Max', 'Min', 'Distinct', 'Value'] as const;
export type AggregationMode = (typeof AGGREGATION_MODES)[number];

export interface ProfileViewTemplate {
  readonly id: string;
  readonly name: string;
  readonly attributes: readonly TemplateAttribute[];
}

/** The documented workspace: the organisation it belongs to and its id. */
export interface Workspace {
  readonly organizationId: string;
  readonly workspaceId: string;
}
