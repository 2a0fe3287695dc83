import type { Agent, AgentStateRequest } from '../../../shared/api/agent.js';
import { DeskApiError } from '../../src/api/desk-api-error.js';
import type { DeskSession } from '../../src/host/desk-host.js';
import type {
  FinesseDialogsHandlers,
  FinesseRequestHandlers,
  FinesseResponse,
  FinesseUser,
  FinesseUserConstructor,
  FinesseUserData,
  FinesseUserOptions,
} from '../../src/host/finesse-api.js';
import { listenToBff } from '../../src/host/session-listener.js';
import { StreamOrder } from '../../src/host/stream-order.js';
import { FakeDialogs } from './fake-dialog.js';
import { listOf, userDataFromAgent } from './finesse-data.js';
import { Handlers } from './handlers.js';

/** Where a User gets its BFF session: the gadget signs in with the Config's Authorization, the desktop has its own. */
export type SessionSource = (userId: string) => Promise<DeskSession>;

type UserEvent = 'change' | 'load' | 'error' | 'add' | 'delete';

const REQUESTABLE: ReadonlySet<string> = new Set<AgentStateRequest['state']>(['READY', 'NOT_READY', 'LOGOUT']);

/** A failure in finesse.js's response shape (RequestHandlers.error, onError). */
export function finesseErrorResponse(error: unknown): FinesseResponse {
  if (error instanceof DeskApiError) {
    return {
      status: error.status,
      content: JSON.stringify(error.body ?? null),
      object: error.body,
      error: { errorType: error.code, errorMessage: error.message },
    };
  }
  return { status: 0, content: '', object: undefined, error: { errorType: 'Error', errorMessage: String(error) } };
}

/**
 * finesse.restservices.User backed by the BFF: loads the agent (`GET /api/agent`), follows them and their dialogs
 * on the BFF's event stream (`/api/events`), and sets the state through `PUT /api/agent/state`. Load, change and
 * error handlers run as finesse.js runs them; getters throw before the load, as finesse.js's `isLoaded()` does.
 */
export class FakeUser implements FinesseUser {
  readonly #id: string;
  readonly #handlers = new Handlers<UserEvent, FakeUser>();
  readonly #onError: ((response: FinesseResponse) => void) | undefined;
  /** The event stream orders the agent's pictures; an answer to setState arriving after a newer one is dropped. */
  readonly #order = new StreamOrder();
  #data: FinesseUserData | undefined;
  #agentJson = '';
  #session: DeskSession | undefined;
  #dialogs: FakeDialogs | undefined;
  #latestDialogs: Parameters<FakeDialogs['apply']>[0] | undefined;

  constructor(options: FinesseUserOptions, source: SessionSource) {
    this.#id = options.id;
    this.#handlers.add('load', options.onLoad);
    this.#handlers.add('change', options.onChange);
    this.#onError = options.onError;
    void this.#start(source);
  }

  async #start(source: SessionSource): Promise<void> {
    try {
      const session = await source(this.#id);
      const agent = await session.api.agent();
      this.#session = session;
      this.#accept(agent, 'load');
      listenToBff(
        session,
        {
          agent: (changed) => this.#accept(changed, 'change'),
          dialogs: (dialogs) => {
            this.#latestDialogs = dialogs;
            this.#dialogs?.apply(dialogs);
          },
          note: () => undefined,
          connection: () => undefined,
          signedOut: () =>
            this.#onError?.(finesseErrorResponse(new DeskApiError(401, 'session_expired', 'The session has ended'))),
          tabShown: () => undefined,
        },
        { agentAndDialogs: true, order: this.#order },
      );
    } catch (error) {
      this.#onError?.(finesseErrorResponse(error));
    }
  }

  /** A newer picture of the agent; change handlers run only when something changed. */
  #accept(agent: Agent, event: 'load' | 'change'): void {
    const json = JSON.stringify(agent);
    if (event === 'change' && json === this.#agentJson) return;
    this.#agentJson = json;
    this.#data = userDataFromAgent(agent);
    this.#handlers.notify(event, this);
  }

  #loaded(): FinesseUserData {
    if (this.#data === undefined) throw new Error('User is not loaded yet');
    return this.#data;
  }

  getId(): string {
    return this.#id;
  }
  getData(): FinesseUserData {
    return this.#loaded();
  }
  addHandler(event: UserEvent, callback: (user: this) => void): void {
    this.#handlers.add(event, callback as (user: FakeUser) => void);
  }
  removeHandler(event: UserEvent, callback: (user: this) => void): void {
    this.#handlers.remove(event, callback as (user: FakeUser) => void);
  }
  getFirstName(): string {
    return this.#loaded().firstName ?? '';
  }
  getLastName(): string {
    return this.#loaded().lastName ?? '';
  }
  getExtension(): string {
    return this.#loaded().extension ?? '';
  }
  getState(): string {
    return this.#loaded().state;
  }
  getStateChangeTime(): string {
    return this.#loaded().stateChangeTime ?? '';
  }
  getPendingState(): string {
    return this.#loaded().pendingState ?? '';
  }
  getNotReadyReasonCodeId(): string | undefined {
    const id = this.#loaded().reasonCodeId;
    return id === '-1' ? undefined : id;
  }
  getReasonCodeLabel(): string {
    return this.#loaded().reasonCode?.label ?? '';
  }
  hasAgentRole(): boolean {
    return listOf(this.#loaded().roles?.role).includes('Agent');
  }
  hasSupervisorRole(): boolean {
    return listOf(this.#loaded().roles?.role).includes('Supervisor');
  }
  getTeamId(): string | undefined {
    return this.#loaded().teamId;
  }
  getTeamName(): string | undefined {
    return this.#loaded().teamName;
  }
  getWrapUpOnIncoming(): string {
    return this.#loaded().settings?.wrapUpOnIncoming ?? '';
  }
  getSupervisedTeams(): readonly { readonly id: string; readonly name: string }[] {
    const teams = this.#loaded().teams;
    return teams === undefined || teams === '' ? [] : listOf(teams.Team);
  }

  setState(
    state: string,
    reasonCode: { readonly id: string } | null,
    handlers: FinesseRequestHandlers = {},
  ): FinesseUser {
    const session = this.#session;
    this.#loaded();
    if (session === undefined || !REQUESTABLE.has(state)) {
      handlers.error?.({
        status: 400,
        content: '',
        object: undefined,
        error: { errorType: 'Invalid Input', errorMessage: `Invalid State specified for user: ${state}` },
      });
      return this;
    }
    const request: AgentStateRequest = {
      state: state as AgentStateRequest['state'],
      ...(reasonCode === null ? {} : { reasonCodeId: reasonCode.id }),
    };
    const newest = this.#order.asked();
    session.api.setState(request).then(
      (agent) => {
        handlers.success?.({ status: 202, content: '', object: {} });
        if (newest()) this.#accept(agent, 'change');
      },
      (error: unknown) => handlers.error?.(finesseErrorResponse(error)),
    );
    return this;
  }

  getDialogs(handlers: FinesseDialogsHandlers = {}): FakeDialogs {
    const session = this.#session;
    this.#loaded();
    if (session === undefined) throw new Error('User is not loaded yet');
    if (this.#dialogs === undefined) {
      this.#dialogs = new FakeDialogs(handlers, session.api.dialogs());
      if (this.#latestDialogs !== undefined) this.#dialogs.apply(this.#latestDialogs);
    }
    return this.#dialogs;
  }
}

/** A User class whose instances take their session from `source`, for `new finesse.restservices.User(options)`. */
export function userClassWith(source: SessionSource): FinesseUserConstructor {
  return class extends FakeUser {
    constructor(options: FinesseUserOptions) {
      super(options, source);
    }
  };
}
