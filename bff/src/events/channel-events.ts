import { randomBytes } from 'node:crypto';
import type { FinesseUpdate } from '../finesse/types.js';

/** One event on an agent's stream: the SSE event name, its id and its JSON data. */
export interface ChannelEvent {
  readonly id: string;
  readonly name: 'agent' | 'dialog' | 'system' | 'finesse_error' | 'note' | 'context' | 'team_member' | 'queue';
  readonly data: unknown;
}

/**
 * A bounded, numbered history of an agent's events, for Last-Event-ID resume. Ids are `<epoch>-<n>`: an id from an
 * earlier channel (a BFF restart, a new sign-in) is recognised as unknown rather than mistaken for a recent one.
 */
export class EventHistory {
  private readonly epoch = randomBytes(4).toString('hex');
  private next = 1;
  private readonly events: ChannelEvent[] = [];

  constructor(private readonly capacity: number) {}

  append(update: FinesseUpdate): ChannelEvent {
    return this.record(eventFor(update));
  }

  /** An event the BFF raises itself (a note delivered, a screen pop ready). */
  record(event: Omit<ChannelEvent, 'id'>): ChannelEvent {
    const numbered: ChannelEvent = { id: `${this.epoch}-${this.next++}`, ...event };
    this.events.push(numbered);
    if (this.events.length > this.capacity) this.events.shift();
    return numbered;
  }

  /** Events after `lastEventId`, or undefined when that id is unknown or already dropped from the history. */
  after(lastEventId: string): ChannelEvent[] | undefined {
    const [epoch, number] = lastEventId.split('-');
    const sequence = Number(number);
    if (epoch !== this.epoch || !Number.isInteger(sequence)) return undefined;
    const oldest = this.events[0];
    const oldestSequence = oldest ? Number(oldest.id.split('-')[1]) : this.next;
    if (sequence < oldestSequence - 1 || sequence >= this.next) return undefined;
    return this.events.filter((event) => Number(event.id.split('-')[1]) > sequence);
  }
}

function eventFor(update: FinesseUpdate): Omit<ChannelEvent, 'id'> {
  switch (update.kind) {
    case 'agent':
      return { name: 'agent', data: { agent: update.agent } };
    case 'dialog':
      return { name: 'dialog', data: { change: update.change, dialog: update.dialog } };
    case 'system':
      return { name: 'system', data: { finesse: update.status } };
    case 'error':
      return {
        name: 'finesse_error',
        data: { type: update.error.type, message: update.error.message, data: update.error.data },
      };
    case 'team_member':
      return { name: 'team_member', data: { teamId: update.teamId, change: update.change, member: update.member } };
    case 'queue':
      return { name: 'queue', data: { queue: update.queue } };
  }
}
