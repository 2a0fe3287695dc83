import { InvalidRequestError } from '../errors.js';
import { headerText } from '../upstream/exchange.js';
import { UpstreamFormatError } from '../upstream/format-error.js';
import { readUpstreamJson } from '../upstream/json-reader.js';
import type { UpstreamAnswer } from '../upstream/types.js';
import type { UpstreamClient } from '../upstream/upstream-client.js';
import { readContextObject, readContextObjects } from './context-object.js';
import type { SearchTerm } from './search-query.js';
import { searchPath, searchQuery } from './search-query.js';
import type { ContextCall, ContextObject, ContextObjectType, ContextServiceOptions } from './types.js';

const NAMES: Readonly<Record<ContextObjectType, string>> = {
  customer: 'Customer',
  request: 'Request',
  activity: 'Activity',
  detail: 'Detail',
};

/**
 * An id the BFF puts in a path or a search term: visible ASCII without quotes, so that it can neither climb the path
 * nor change a query. Context Service ids are UUIDs; anything else cannot name an object there.
 */
export function checkId(value: string, name: string): string {
  if (!/^[\x21\x23-\x7E]{1,128}$/.test(value) || value === '.' || value === '..')
    throw new InvalidRequestError(`${name} must be a Context Service id`);
  return value;
}

/** A search page: the items, newest first, and how many match in all (X-Total-Hits, when the store sends it). */
export interface SearchPage<T> {
  readonly items: T[];
  readonly totalHits: number | undefined;
}

/** An expected answer: its JSON (undefined when the body was empty) and the search total, when sent. */
interface ContextReply {
  readonly json: unknown;
  readonly totalHits: number | undefined;
}

function replyOf(answer: UpstreamAnswer): ContextReply {
  const totalHits = headerText(answer.headers, 'x-total-hits');
  return {
    json: readUpstreamJson('context', answer.body),
    totalHits: totalHits !== undefined && /^[0-9]{1,9}$/.test(totalHits) ? Number(totalHits) : undefined,
  };
}

/** A call as every resource sends it: the lab-mode header, and the bearer token unless the call is anonymous (ping). */
type CallWithoutHeaders = Omit<ContextCall, 'headers'>;

/**
 * The Context Service REST resources (`/context/v1/{type}[/{id}]`, context-service-and-webex.md §1.6) in terms of
 * context objects: the one place that knows paths, methods and expected statuses.
 */
export class ContextServiceApi {
  constructor(
    private readonly upstream: UpstreamClient<ContextCall>,
    private readonly options: Pick<ContextServiceOptions, 'token' | 'labMode'>,
  ) {}

  /**
   * `GET /{type}/{id}`, the object read with `map` (an UpstreamFormatError from it is a 502, like an object of another
   * type); 404 becomes NotFoundError.
   */
  async get<T>(type: ContextObjectType, id: string, map: (object: ContextObject) => T): Promise<T> {
    const path = `/${type}/${encodeURIComponent(checkId(id, `${type}Id`))}`;
    return this.exchange(
      { operation: `get${NAMES[type]}`, purpose: `the ${type} ${id}`, method: 'GET', path, expectedStatus: [200] },
      (reply) => map(readContextObject(reply.json, type)),
    );
  }

  /** `POST /{type}` → 201 `{ id, refUrl }`: the new object's id. */
  async create(type: ContextObjectType, body: Readonly<Record<string, unknown>>): Promise<string> {
    const call = {
      operation: `create${NAMES[type]}`,
      purpose: `the new ${type}`,
      method: 'POST',
      path: `/${type}`,
      body: JSON.stringify(body),
      expectedStatus: [200, 201],
    } as const;
    return this.exchange(call, (reply) => {
      const json = reply.json;
      if (
        typeof json !== 'object' ||
        json === null ||
        !('id' in json) ||
        typeof json.id !== 'string' ||
        json.id === ''
      ) {
        throw new UpstreamFormatError('context', `the answer to a new ${type} has no id`);
      }
      return json.id;
    });
  }

  /**
   * `PUT /{type}/{id}` with the full object: `object.raw` (so that fields the BFF does not know survive) with `changes`
   * on top, carrying the lastUpdated it was read with; a 409 (changed meanwhile) becomes ConflictError `conflictCode`.
   */
  async update(object: ContextObject, changes: Readonly<Record<string, unknown>>, conflictCode: string): Promise<void> {
    const path = `/${object.type}/${encodeURIComponent(checkId(object.id, `${object.type}Id`))}`;
    const call = {
      operation: `update${NAMES[object.type]}`,
      purpose: `the ${object.type} update`,
      method: 'PUT',
      path,
      body: JSON.stringify({ ...object.raw, ...changes }),
    } as const;
    await this.exchange({ ...call, expectedStatus: [200, 201, 204], conflictCode }, () => undefined);
  }

  /** `GET /{type}?q=…`, newest first, each object read with `map`. */
  async search<T>(
    type: ContextObjectType,
    terms: readonly SearchTerm[],
    operator: 'AND' | 'OR',
    page: { startIndex: number; maxEntries: number },
    map: (object: ContextObject) => T,
  ): Promise<SearchPage<T>> {
    const path = searchPath(type, searchQuery(terms, operator), page.startIndex, page.maxEntries);
    return this.exchange(
      { operation: `search${NAMES[type]}s`, purpose: `the ${type} search`, method: 'GET', path, expectedStatus: [200] },
      (reply) => ({
        items: readContextObjects(reply.json ?? [], type).map(map),
        totalHits: reply.totalHits,
      }),
    );
  }

  /** `GET /ping`, served without a token: whether the store answers at all. */
  async ping(): Promise<void> {
    await this.exchange(
      { operation: 'ping', purpose: 'the ping', method: 'GET', path: '/ping', expectedStatus: [200] },
      () => undefined,
      { anonymous: true },
    );
  }

  /** Every call carries the lab-mode header and, unless anonymous (ping), the bearer token; the answer is read as JSON. */
  private exchange<T>(
    call: CallWithoutHeaders,
    read: (reply: ContextReply) => T,
    { anonymous = false } = {},
  ): Promise<T> {
    const headers = {
      'cisco-context-labmode': String(this.options.labMode),
      ...(anonymous ? {} : { Authorization: `Bearer ${this.options.token}` }),
    };
    return this.upstream.exchange({ ...call, headers }, (answer) => read(replyOf(answer)));
  }
}
