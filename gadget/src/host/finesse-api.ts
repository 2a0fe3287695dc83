/**
 * The subset of Cisco's finesse.js (Finesse 10.6+, `/desktop/assets/js/finesse.js`) and of Shindig's gadget features
 * that Context Desk uses, typed from the library's own source and JSDoc (finesse-10.6.1.js in
 * CiscoDevNet/finesse-sample-code) and the community typings (arreis94/Cisco-Finesse-Types, finesse.d.ts 12.6.1).
 * FinesseHost calls exactly this; the sandbox's fake finesse.js implements exactly this. No DOM types here, so the
 * Node-side tests can share it.
 */

/** `finesse.gadget.Config`: what the container gives a gadget (filled from the gadget's hidden user preferences). */
export interface FinesseGadgetConfig {
  /** base64 of `id:password` (non-SSO); finesse.js sends it as `Authorization: Basic <it>`. */
  readonly authorization: string;
  /** The SSO access token (SSO and hybrid deployments); sent as `Authorization: Bearer <it>`. */
  readonly authToken?: string;
  /** `SSO` or `NON_SSO` (12.0+). */
  readonly systemAuthMode?: string;
  /** The agent's login id. */
  readonly id: string;
  readonly extension: string;
  /** Java-style locale of the desktop, e.g. `en_US`. */
  readonly locale: string;
  readonly host: string;
  readonly hostPort: string;
  readonly restHost?: string;
  readonly scheme: string;
  readonly teamId?: string;
  readonly teamName?: string;
}

/** finesse.interfaces.RequestHandlers: the answer of a write (202 on success; 400 for an async Finesse error). */
export interface FinesseResponse {
  readonly status: number;
  readonly content: string;
  readonly object: unknown;
  readonly error?: { readonly errorType: string; readonly errorMessage: string };
}
export interface FinesseRequestHandlers {
  readonly success?: (response: FinesseResponse) => void;
  readonly error?: (response: FinesseResponse) => void;
}

/** XML turned into JSON by finesse.js: a list of one comes as the item itself, an empty element as "". */
export type XmlList<T> = T | readonly T[] | '' | undefined;

/** `User.getData()`: the User object's XML as finesse.js holds it. */
export interface FinesseUserData {
  readonly uri?: string;
  readonly loginId: string;
  readonly loginName: string;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly extension?: string;
  readonly state: string;
  readonly stateChangeTime?: string;
  readonly pendingState?: string;
  /** `-1` when there is none. */
  readonly reasonCodeId?: string;
  /** finesse.js reads the current reason as `reasonCode` (`getReasonCodeLabel`). */
  readonly reasonCode?: {
    readonly id?: string;
    readonly code?: string;
    readonly label?: string;
    readonly uri?: string;
  };
  readonly roles?: { readonly role: XmlList<string> };
  readonly teamId?: string;
  readonly teamName?: string;
  readonly teams?:
    { readonly Team: XmlList<{ readonly id: string; readonly name: string; readonly uri?: string }> } | '';
  readonly settings?: { readonly wrapUpOnIncoming?: string; readonly wrapUpOnOutgoing?: string };
}

/** One `<Participant>` of a Dialog, as `Dialog.getParticipants()` returns it. */
export interface FinesseParticipant {
  readonly mediaAddress: string;
  /** `AGENT_DEVICE` for an agent's phone. */
  readonly mediaAddressType?: string;
  readonly state: string;
  readonly stateCause?: string;
  readonly startTime?: string;
  readonly stateChangeTime?: string;
  readonly actions?: { readonly action: XmlList<string> } | '';
}

/** `Dialog.getData()`. */
export interface FinesseDialogData {
  readonly id: string;
  readonly uri?: string;
  readonly mediaType: string;
  readonly state: string;
  readonly fromAddress: string;
  readonly toAddress: string;
  readonly associatedDialogUri?: string;
  readonly mediaProperties: {
    readonly callType?: string;
    readonly DNIS?: string;
    readonly dialedNumber?: string;
    readonly wrapUpReason?: string;
    readonly queueNumber?: string;
    readonly queueName?: string;
    readonly callvariables?: { readonly CallVariable: XmlList<{ readonly name: string; readonly value: string }> } | '';
  };
  readonly participants: { readonly Participant: XmlList<FinesseParticipant> };
}

/**
 * `Dialog.getMediaProperties()`: the media properties flattened, each call variable under its own name
 * (`callVariable1`…`callVariable10`, ECC variables as `user.…`).
 */
export type FinesseMediaProperties = Readonly<Record<string, unknown>>;

/** What every finesse.js REST object has (RestBase). */
export interface FinesseRestObject<Data> {
  getId(): string;
  getData(): Data;
  addHandler(event: 'change' | 'load' | 'error' | 'add' | 'delete', callback: (object: this) => void): void;
  removeHandler(event: 'change' | 'load' | 'error' | 'add' | 'delete', callback: (object: this) => void): void;
}

/** finesse.restservices.Dialog */
export interface FinesseDialog extends FinesseRestObject<FinesseDialogData> {
  getFromAddress(): string;
  getToAddress(): string;
  getState(): string;
  getMediaType(): string;
  getMediaProperties(): FinesseMediaProperties;
  getParticipants(): readonly FinesseParticipant[];
}

/** finesse.restservices.Dialogs: the agent's current dialogs, keyed by id. */
export interface FinesseDialogs {
  getCollection(): Readonly<Record<string, FinesseDialog>>;
}

export interface FinesseDialogsHandlers {
  readonly onLoad?: (dialogs: FinesseDialogs) => void;
  readonly onCollectionAdd?: (dialog: FinesseDialog) => void;
  readonly onCollectionDelete?: (dialog: FinesseDialog) => void;
}

/** finesse.restservices.User */
export interface FinesseUser extends FinesseRestObject<FinesseUserData> {
  getFirstName(): string;
  getLastName(): string;
  getExtension(): string;
  getState(): string;
  getStateChangeTime(): string;
  /** "" when none. */
  getPendingState(): string;
  /** undefined when none (Finesse's `-1`). */
  getNotReadyReasonCodeId(): string | undefined;
  /** "" when none. */
  getReasonCodeLabel(): string;
  hasAgentRole(): boolean;
  hasSupervisorRole(): boolean;
  getTeamId(): string | undefined;
  getTeamName(): string | undefined;
  getWrapUpOnIncoming(): string;
  getSupervisedTeams(): readonly { readonly id: string; readonly name: string }[];
  /** `reasonCode` is `{ id }` of a reason code, or null. */
  setState(state: string, reasonCode: { readonly id: string } | null, handlers?: FinesseRequestHandlers): FinesseUser;
  getDialogs(handlers?: FinesseDialogsHandlers): FinesseDialogs;
}

export interface FinesseUserOptions {
  readonly id: string;
  readonly onLoad?: (user: FinesseUser) => void;
  readonly onChange?: (user: FinesseUser) => void;
  readonly onError?: (response: FinesseResponse) => void;
}

export type FinesseUserConstructor = new (options: FinesseUserOptions) => FinesseUser;

/** Topic names of finesse.containerservices.ContainerServices (OpenAjax hub topics). */
export interface FinesseContainerTopics {
  readonly ACTIVE_TAB: string;
  readonly WORKFLOW_ACTION_EVENT: string;
  readonly TIMER_TICK_EVENT: string;
  readonly GADGET_VIEW_CHANGED_EVENT: string;
}

/** finesse.containerservices.ContainerServices (a singleton: `init()` returns it). */
export interface FinesseContainerServices {
  init(): FinesseContainerServices;
  addHandler(topic: string, callback: () => void): void;
  removeHandler(topic: string, callback: () => void): void;
  /** Asks the container which tab is active: ACTIVE_TAB handlers run if it is this gadget's. */
  makeActiveTabReq(): void;
  getMyTabId(): string | null;
  tabVisible(): boolean;
  readonly Topics: FinesseContainerTopics;
}

export interface FinesseClientServices {
  init(config: FinesseGadgetConfig, typeOverride?: boolean): void;
}

/** `window.finesse` */
export interface Finesse {
  readonly gadget: { readonly Config: FinesseGadgetConfig };
  readonly clientservices: { readonly ClientServices: FinesseClientServices };
  readonly restservices: { readonly User: FinesseUserConstructor };
  readonly containerservices: { readonly ContainerServices: FinesseContainerServices };
}

/** Shindig's `gadgets` (features dynamic-height and pubsub-2) as far as Context Desk uses them. */
export interface Gadgets {
  readonly HubSettings: { onConnect?: () => void };
  readonly Hub: {
    publish(topic: string, data: unknown): void;
    subscribe(topic: string, callback: (topic: string, data: unknown) => void): string;
    unsubscribe(subscription: string): void;
  };
  readonly window: { adjustHeight(height?: number): void };
}

/** The gadget iframe's globals: finesse.js, Shindig's features, and the flag the gadget XML's hub hook sets. */
export interface FinesseGlobals {
  readonly finesse: Finesse;
  readonly gadgets: Gadgets;
  contextDeskHubConnected?: boolean;
}
