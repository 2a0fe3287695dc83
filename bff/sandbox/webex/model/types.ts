/**
 * The Webex Contact Center domain as the emulator models it, with Cisco's own names and values (WxCC OpenAPI, mirrored
 * in api-evangelist/webex `openapi/_original/webex-contact-center-openapi.json`). Every public type of the model is here.
 */

/** `channelTypes` of GET /v1/tasks and the statistics: lower case, as the API takes and answers them. */
export const CHANNEL_TYPES = ['telephony', 'chat', 'email', 'social'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

export const TASK_STATUSES = ['created', 'queued', 'offered', 'assigned', 'abandoned', 'completed'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export type TaskDirection = 'inbound' | 'outbound' | 'outdial';

export interface Named {
  readonly id: string;
  readonly name: string;
}

export interface Agent extends Named {
  /** The agent's sign-in (an e-mail address on Webex). */
  readonly login: string;
  /** The dial number the agent signed in with (the Finesse demo's extension). */
  readonly dn: string;
  readonly team: Named;
  readonly site: Named;
}

export interface Queue extends Named {
  readonly channelType: ChannelType;
}

/** One contact, from creation to the end of wrap-up. Times are epoch milliseconds; durations milliseconds. */
export interface Task {
  readonly id: string;
  readonly channelType: ChannelType;
  readonly status: TaskStatus;
  readonly direction: TaskDirection;
  /** ANI, e-mail address or social handle. */
  readonly origin: string;
  /** DNIS, chat page or mailbox. */
  readonly destination: string;
  readonly customerName: string;
  readonly queue: Queue;
  /** The last agent assigned; absent when the customer gave up before an agent took the task. */
  readonly owner?: Agent;
  readonly createdTime: number;
  /** Time in IVR before the task was queued. */
  readonly ivrMs: number;
  /** Time queued before an agent accepted (or the customer abandoned). */
  readonly queuedMs: number;
  /** Offers the task got that agents let ring out (RONA). */
  readonly rejections: number;
  readonly talkMs: number;
  readonly holdMs: number;
  readonly wrapUpMs: number;
  /** The wrap-up code's name. */
  readonly reasonCode?: string;
  readonly captureRequested: boolean;
  /** Still being handled at the demo's "now": no end yet. */
  readonly active: boolean;
}

/** A site as the configuration API carries it (SiteDTO). */
export interface Site {
  readonly id: string;
  readonly name: string;
  readonly active: boolean;
  readonly multimediaProfileId: string;
  readonly description?: string;
  readonly organizationId: string;
  readonly version: number;
  readonly systemDefault: boolean;
  readonly createdTime: number;
  readonly lastUpdatedTime: number;
}

/** A person who can sign in on the consent page and authorise an integration for their organisation. */
export interface OrgAdmin {
  /** CI person UUID. */
  readonly id: string;
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
}

/** The legacy v1 (WxCC 1.0) API user: an API key per user, signed with HMAC-SHA1. */
export interface LegacyApiUser {
  readonly userId: string;
  readonly apiKey: string;
}

/** An organisation (a tenant): its people, routing objects and history. */
export interface Org {
  readonly id: string;
  readonly name: string;
  /** The CI cluster named in its access tokens (`<token>_<cluster>_<orgId>`). */
  readonly cluster: string;
  /** The numeric tenant id of the legacy v1 API and Analyzer. */
  readonly tenantId: string;
  readonly admin: OrgAdmin;
  readonly legacyUsers: readonly LegacyApiUser[];
  readonly agents: readonly Agent[];
  readonly queues: readonly Queue[];
  readonly teams: readonly Named[];
  readonly multimediaProfileId: string;
  /** createdTime ascending. */
  readonly tasks: readonly Task[];
  readonly sites: readonly Site[];
}
