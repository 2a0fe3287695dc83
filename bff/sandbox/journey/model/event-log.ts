import type { JourneyEvent } from './types.js';
import type { RsqlNode } from './rsql.js';
import { rsqlMatches } from './rsql-match.js';
import { JourneyError } from './journey-error.js';
import { aliasKey } from './alias.js';

/** The envelope attributes a `filter` may name; anything else in the envelope is refused with 400. */
export const ENVELOPE_FIELDS = [
  'id',
  'specversion',
  'type',
  'source',
  'time',
  'identity',
  'identitytype',
  'previousidentity',
  'datacontenttype',
] as const;

export interface EventQuery {
  /** The identities whose events are wanted (a person's aliases); every identity when undefined. */
  readonly identities?: ReadonlySet<string>;
  /** RSQL on the envelope. */
  readonly filter?: RsqlNode;
  /** RSQL on `data`, with dotted paths (`uiData.title`). */
  readonly data?: RsqlNode;
}

export type EventListener = (event: JourneyEvent) => void;

/**
 * A workspace's events: append-only, as JDS's Pinot-backed store is; a CloudEvent's `source` and `id` identify it, so
 * the same pair twice is a 409. Listeners (the event streams) hear each event as it is published.
 */
export class EventLog {
  private events: JourneyEvent[] = [];
  private listeners = new Set<EventListener>();

  replaceAll(events: readonly JourneyEvent[]): void {
    this.events = [...events];
  }

  publish(event: JourneyEvent): void {
    if (this.events.some((known) => known.id === event.id && known.source === event.source)) {
      throw new JourneyError(409, `An event with id ${event.id} from ${event.source} already exists`);
    }
    this.events.push(event);
    for (const listener of this.listeners) listener(event);
  }

  /** Matching events, newest first unless told otherwise (ties: the later published first). */
  query(query: EventQuery, sort: 'asc' | 'desc' = 'desc'): JourneyEvent[] {
    const found = this.events
      .map((event, order) => ({ event, order, at: Date.parse(event.time) }))
      .filter(({ event }) => matchesQuery(event, query));
    found.sort((left, right) => left.at - right.at || left.order - right.order);
    if (sort === 'desc') found.reverse();
    return found.map(({ event }) => event);
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get size(): number {
    return this.events.length;
  }
}

export function matchesQuery(event: JourneyEvent, query: EventQuery): boolean {
  if (query.identities && !query.identities.has(aliasKey(event.identity))) return false;
  if (
    query.filter &&
    !rsqlMatches(query.filter, (selector) =>
      (ENVELOPE_FIELDS as readonly string[]).includes(selector) ? event[selector as keyof JourneyEvent] : undefined,
    )
  )
    return false;
  if (query.data && !rsqlMatches(query.data, (selector) => dataAt(event.data, selector))) return false;
  return true;
}

/** A dotted path into `data`; `data.` in front is allowed, as some samples write it. */
export function dataAt(data: Readonly<Record<string, unknown>>, path: string): unknown {
  let value: unknown = data;
  for (const key of path.replace(/^data\./, '').split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
