import { client } from '@xmpp/client';
import type { Client, Element } from '@xmpp/client';
import { WebSocket } from 'ws';
import type { FinesseEmulator } from '../../bff/sandbox/finesse/finesse-emulator.js';
import type { XmlTree } from './finesse-xml.js';
import { parseXml } from './finesse-xml.js';
import { PASSWORD } from './finesse-client.js';

// Node 20 has no global WebSocket; @xmpp/websocket opens one with `new WebSocket(url, ['xmpp'])`.
Object.assign(globalThis, { WebSocket });

/** One received pubsub notification: its node and the unescaped `<Update>`, parsed. */
export interface ReceivedUpdate {
  readonly node: string;
  readonly xml: string;
  readonly update: XmlTree;
  /** event, compared case-insensitively as Finesse sends both PUT and put. */
  readonly event: string;
  readonly requestId: string;
  readonly source: string;
}

/**
 * A real XMPP client (@xmpp/client) signed in to the emulator as a Finesse user, recording every pubsub Update, so
 * tests assert on what a Finesse client would receive.
 */
export class NotificationListener {
  private readonly received: ReceivedUpdate[] = [];
  private waiters: { test: (update: ReceivedUpdate) => boolean; resolve: (update: ReceivedUpdate) => void }[] = [];

  private constructor(readonly xmpp: Client) {
    xmpp.on('stanza', (stanza) => this.onStanza(stanza));
  }

  static async connect(
    emulator: FinesseEmulator,
    username: string,
    password = PASSWORD,
  ): Promise<NotificationListener> {
    const xmpp = client({
      service: emulator.xmppUrl,
      domain: emulator.xmppDomain,
      username,
      password,
      resource: 'contextdesk-test',
    });
    xmpp.on('error', () => undefined);
    const listener = new NotificationListener(xmpp);
    await xmpp.start();
    return listener;
  }

  /** Resolve with the first Update (already received or coming) that passes `test`; fail after `ms`. */
  next(test: (update: ReceivedUpdate) => boolean, ms = 5_000): Promise<ReceivedUpdate> {
    const index = this.received.findIndex(test);
    if (index >= 0) return Promise.resolve(this.received.splice(index, 1)[0]!);
    return new Promise((resolve, reject) => {
      const waiter = {
        test,
        resolve: (update: ReceivedUpdate) => {
          clearTimeout(timer);
          resolve(update);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((candidate) => candidate !== waiter);
        reject(
          new Error(
            `no matching notification within ${ms} ms; received: ${this.received.map((update) => `${update.event} ${update.source}`).join(', ')}`,
          ),
        );
      }, ms);
      this.waiters.push(waiter);
    });
  }

  async stop(): Promise<void> {
    this.xmpp.reconnect.stop();
    await this.xmpp.stop();
  }

  private onStanza(stanza: Element): void {
    if (!stanza.is('message')) return;
    const items = stanza.getChild('event', 'http://jabber.org/protocol/pubsub#event')?.getChild('items');
    const notification = items?.getChild('item')?.getChild('notification', 'urn:xmpp:push:0');
    if (!items || !notification) return;
    // The notification's text is the XML-escaped Update; reading the element's text un-escapes it.
    const xml = notification.text().trim();
    const update = parseXml(xml).Update as XmlTree;
    const text = (name: string): string => (typeof update[name] === 'string' ? update[name] : '');
    const received: ReceivedUpdate = {
      node: items.attrs.node ?? '',
      xml,
      update,
      event: text('event').toUpperCase(),
      requestId: text('requestId'),
      source: text('source'),
    };
    const waiter = this.waiters.find((candidate) => candidate.test(received));
    if (waiter) {
      this.waiters = this.waiters.filter((candidate) => candidate !== waiter);
      waiter.resolve(received);
    } else {
      this.received.push(received);
    }
  }
}

/** The `<data>` child of an Update. */
export function dataOf(update: ReceivedUpdate): XmlTree {
  return update.update.data as XmlTree;
}
