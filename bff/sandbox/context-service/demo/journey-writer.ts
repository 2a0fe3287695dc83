import type { Contributor, MediaType, ObjectType, StoredObject } from '../model/types.js';
import type { SeededRandom } from './seeded-random.js';
import type { Topic } from './topics.js';
import { AGENTS, COMMENTS, MACHINES, NOTE_OPENINGS } from './topics.js';
import { activityObject, commentObject, requestObject } from './demo-objects.js';

export const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

type SourceField = 'name' | 'email' | 'phone';
const SOURCE_FIELDS: Readonly<Record<MediaType, readonly SourceField[]>> = {
  voice: ['phone', 'name'],
  mobile: ['phone'],
  email: ['email', 'name'],
  chat: ['name', 'email'],
  video: ['name', 'email'],
  social: ['name'],
  web: ['name'],
  event: [],
};

/** How a customer shows up on a channel: what CVP or ECE writes into an activity's POD source fields. */
export interface Contact {
  readonly id: string;
  readonly name?: string;
  readonly email?: string;
  readonly phone?: string;
}

/** Writes requests, activities and comments of customer journeys, dated back from one fixed "now". */
export class JourneyWriter {
  readonly objects: StoredObject[] = [];

  constructor(
    private readonly random: SeededRandom,
    readonly anchorMs: number,
  ) {}

  /** A moment between `fromDays` and `toDays` days before now, to the second. */
  moment(fromDays: number, toDays: number): number {
    const ms = this.anchorMs - (fromDays + this.random.next() * (toDays - fromDays)) * DAY_MS;
    return Math.floor(ms / 1000) * 1000;
  }

  /**
   * A request; an open one was updated within the last 5 days, because Context Service closes a request 5 days after
   * its last update [Webapp_Sample_Project README].
   */
  request(contact: Contact, topic: Topic, open: boolean, title = topic.title): StoredObject {
    const lastUpdatedMs = open ? this.moment(0.05, 4.5) : 0;
    const createdMs = open
      ? lastUpdatedMs - this.random.int(0, 8) * DAY_MS - this.random.int(10, 600) * MINUTE_MS
      : this.moment(10, 320);
    const agent = this.random.pick(AGENTS);
    const parts = {
      id: this.random.uuid(),
      customerId: contact.id,
      title,
      description: topic.description,
      state: open ? 'active' : 'closed',
      tags: [topic.tag],
      contributors: [{ type: 'user', id: agent.id }],
    } as const;
    return this.keep(
      requestObject(parts, {
        createdMs,
        lastUpdatedMs: open ? lastUpdatedMs : createdMs + this.random.int(1, 6) * DAY_MS,
      }),
    );
  }

  /** An activity on one channel at a moment; closed once it is more than two days old. */
  activity(
    contact: Contact | undefined,
    mediaType: MediaType,
    topic: Topic,
    atMs: number,
    parent?: StoredObject,
  ): StoredObject {
    const opening = this.random.pick(NOTE_OPENINGS[mediaType])(topic.subject);
    const notes = mediaType === 'event' ? topic.event : `${opening} ${this.random.pick(topic.outcomes)}`;
    const contributors: Contributor[] = [{ type: 'machine', id: MACHINES[mediaType] }];
    if (!['web', 'event', 'mobile'].includes(mediaType))
      contributors.push({ type: 'user', id: this.random.pick(AGENTS).id });
    const tags = this.random.chance(0.1)
      ? [topic.tag, this.random.pick(['callback', 'vip', 'escalated'])]
      : [topic.tag];
    const parts = {
      id: this.random.uuid(),
      ...(contact === undefined ? {} : { customerId: contact.id }),
      ...(parent === undefined ? {} : { parent: { type: 'request' as const, id: parent.id } }),
      mediaType,
      notes,
      ...(mediaType === 'web' ? { link: `https://www.example.com${topic.webPath}` } : {}),
      source: this.source(contact, mediaType),
      state: atMs < this.anchorMs - 2 * DAY_MS ? ('closed' as const) : ('active' as const),
      tags,
      contributors,
    };
    const lastUpdatedMs = Math.min(this.anchorMs, atMs + this.random.int(2, 40) * MINUTE_MS);
    return this.keep(activityObject(parts, { createdMs: atMs, lastUpdatedMs }));
  }

  /** Activities on these channels, spread over a request's life. */
  activitiesIn(request: StoredObject, contact: Contact, mediaTypes: readonly MediaType[], topic: Topic): void {
    for (const mediaType of mediaTypes) {
      const atMs = request.createdMs + Math.floor(this.random.next() * (request.lastUpdatedMs - request.createdMs));
      this.activity(contact, mediaType, topic, Math.floor(atMs / 1000) * 1000, request);
    }
  }

  /** A comment an agent left on a request or an activity, just after it was last updated. */
  comment(parent: StoredObject, text = this.random.pick(COMMENTS)): StoredObject {
    const atMs = Math.min(this.anchorMs, parent.lastUpdatedMs + this.random.int(1, 30) * MINUTE_MS);
    const parts = {
      id: this.random.uuid(),
      ...(parent.customerId === undefined ? {} : { customerId: parent.customerId }),
      parent: { type: parent.type, id: parent.id },
      text,
      visible: this.random.chance(0.8),
      author: this.random.pick(AGENTS),
    };
    return this.keep(commentObject(parts, atMs));
  }

  count(type: ObjectType): number {
    return this.objects.filter((object) => object.type === type).length;
  }

  keep(object: StoredObject): StoredObject {
    this.objects.push(object);
    return object;
  }

  /** The POD source fields a channel knows: a caller's number, a mailer's address, a chatter's name and address. */
  private source(contact: Contact | undefined, mediaType: MediaType): Partial<Record<SourceField, string>> {
    const source: Partial<Record<SourceField, string>> = {};
    for (const field of SOURCE_FIELDS[mediaType]) {
      const value = contact?.[field];
      if (value !== undefined) source[field] = value;
    }
    return source;
  }
}
