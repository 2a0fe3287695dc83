import type { Agent, AgentStateRequest, ReasonCategory, ReasonCode, WrapUpReason } from '../../../shared/api/agent.js';
import type { Dialog, DialogActionRequest, MakeCallRequest } from '../../../shared/api/dialog.js';
import type {
  Activity,
  Channel,
  ContextRequest,
  Customer,
  CustomerInput,
  Journey,
  MoveActivityInput,
  NoteInput,
  NoteStatus,
  RequestInput,
  ScreenPop,
} from '../../../shared/api/context.js';
import type { SessionCreated, SessionInfo } from '../../../shared/api/session.js';
import { DeskApiError, isErrorBody } from './desk-api-error.js';

export interface CallOptions {
  readonly signal?: AbortSignal;
  readonly headers?: Record<string, string>;
}

/**
 * The gadget's client of the BFF's JSON API (shared/api is the contract). Every method resolves the typed answer or
 * rejects with a DeskApiError; nothing else escapes, so components can turn any failure into state.
 */
export class DeskApi {
  readonly baseUrl: string;
  #token: string;

  constructor(baseUrl: string, token: string) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
    this.#token = token;
  }

  /** Signs in to the BFF: with the agent's name and password, or with the Authorization the Finesse container holds. */
  static async signIn(
    baseUrl: string,
    credentials: { username: string; password: string } | { authorization: string },
  ): Promise<SessionCreated> {
    const anonymous = new DeskApi(baseUrl, '');
    if ('authorization' in credentials) {
      return anonymous.request<SessionCreated>('POST', '/api/session', undefined, {
        headers: { Authorization: credentials.authorization },
      });
    }
    return anonymous.request<SessionCreated>('POST', '/api/session', credentials);
  }

  get token(): string {
    return this.#token;
  }

  session(options?: CallOptions): Promise<SessionInfo> {
    return this.request('GET', '/api/session', undefined, options);
  }
  endSession(): Promise<void> {
    return this.request('DELETE', '/api/session');
  }

  agent(options?: CallOptions): Promise<Agent> {
    return this.request('GET', '/api/agent', undefined, options);
  }
  signInAgent(extension: string): Promise<Agent> {
    return this.request('POST', '/api/agent/sign-in', { extension });
  }
  setState(request: AgentStateRequest): Promise<Agent> {
    return this.request('PUT', '/api/agent/state', request);
  }
  reasonCodes(category: ReasonCategory, options?: CallOptions): Promise<ReasonCode[]> {
    return this.request('GET', `/api/reason-codes?category=${category}`, undefined, options);
  }
  wrapUpReasons(options?: CallOptions): Promise<WrapUpReason[]> {
    return this.request('GET', '/api/wrap-up-reasons', undefined, options);
  }

  dialogs(options?: CallOptions): Promise<Dialog[]> {
    return this.request('GET', '/api/dialogs', undefined, options);
  }
  makeCall(request: MakeCallRequest): Promise<Dialog> {
    return this.request('POST', '/api/dialogs', request);
  }
  dialogAction(dialogId: string, request: DialogActionRequest): Promise<Dialog> {
    return this.request('POST', `/api/dialogs/${encodeURIComponent(dialogId)}/actions`, request);
  }

  screenPop(dialogId: string, options?: CallOptions): Promise<ScreenPop> {
    return this.request('GET', `/api/context?dialogId=${encodeURIComponent(dialogId)}`, undefined, options);
  }
  findCustomers(query: { q?: string; phone?: string; email?: string }, options?: CallOptions): Promise<Customer[]> {
    return this.request('GET', `/api/customers?${queryString(query)}`, undefined, options);
  }
  customer(id: string, options?: CallOptions): Promise<Customer> {
    return this.request('GET', `/api/customers/${encodeURIComponent(id)}`, undefined, options);
  }
  createCustomer(input: CustomerInput): Promise<Customer> {
    return this.request('POST', '/api/customers', input);
  }
  /** `lastUpdated` is the version the agent edited; a 409 DeskApiError means someone changed it meanwhile. */
  updateCustomer(id: string, input: CustomerInput, lastUpdated: string): Promise<Customer> {
    return this.request('PATCH', `/api/customers/${encodeURIComponent(id)}`, input, {
      headers: { 'If-Match': lastUpdated },
    });
  }
  journey(
    customerId: string,
    query: { channel?: Channel; cursor?: string } = {},
    options?: CallOptions,
  ): Promise<Journey> {
    return this.request(
      'GET',
      `/api/customers/${encodeURIComponent(customerId)}/journey?${queryString(query)}`,
      undefined,
      options,
    );
  }
  addNote(customerId: string, note: NoteInput, idempotencyKey: string): Promise<NoteStatus> {
    return this.request('POST', `/api/customers/${encodeURIComponent(customerId)}/notes`, note, {
      headers: { 'Idempotency-Key': idempotencyKey },
    });
  }
  noteStatus(noteId: string, options?: CallOptions): Promise<NoteStatus> {
    return this.request('GET', `/api/notes/${encodeURIComponent(noteId)}`, undefined, options);
  }
  createRequest(input: RequestInput): Promise<ContextRequest> {
    return this.request('POST', '/api/requests', input);
  }
  moveActivity(activityId: string, move: MoveActivityInput): Promise<Activity> {
    return this.request('PATCH', `/api/activities/${encodeURIComponent(activityId)}`, move);
  }

  /** The one place a call leaves the gadget: bearer token, JSON both ways, every failure as a DeskApiError. */
  async request<T>(method: string, path: string, body?: unknown, options: CallOptions = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    if (this.#token !== '') headers.Authorization = `Bearer ${this.#token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        ...(options.signal === undefined ? {} : { signal: options.signal }),
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new DeskApiError(0, 'bff_unreachable', 'Context Desk could not reach its server.');
    }
    if (response.status === 204) return undefined as T;
    const payload: unknown = await response.json().catch(() => undefined);
    if (response.ok) return payload as T;
    const retryAfter = Number(response.headers.get('Retry-After') ?? Number.NaN);
    const retry = Number.isFinite(retryAfter) ? { retryAfterSeconds: retryAfter } : {};
    if (isErrorBody(payload)) {
      const { code, message, upstream } = payload.error;
      throw new DeskApiError(response.status, code, message, {
        ...retry,
        ...(upstream === undefined ? {} : { upstream }),
        body: payload,
      });
    }
    throw new DeskApiError(
      response.status,
      'unexpected_answer',
      `Context Desk's server answered ${response.status}.`,
      retry,
    );
  }
}

function queryString(query: Record<string, string | undefined>): string {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query))
    if (value !== undefined && value !== '') parameters.set(name, value);
  return parameters.toString();
}
