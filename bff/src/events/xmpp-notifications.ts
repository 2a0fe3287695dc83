import { randomBytes } from 'node:crypto';
import { client, xml } from '@xmpp/client';
import type { Client, Element } from '@xmpp/client';
import { backOff } from 'exponential-backoff';
import type { Logger } from 'pino';
import { WebSocket } from 'ws';

const NS_PUBSUB = 'http://jabber.org/protocol/pubsub';
const NS_PUBSUB_EVENT = 'http://jabber.org/protocol/pubsub#event';
const NS_PUSH = 'urn:xmpp:push:0';

/**
 * The largest WebSocket message taken from Finesse. Over RFC 7395 a message is one stanza; a real notification is a
 * few kilobytes (a supervisor's Team a few hundred), and its `<Update>` arrives XML-escaped, so this is the REST
 * body cap (2 MiB) with room for the escaping. `ws` refuses a longer frame from its header, before buffering it.
 */
export const XMPP_MAX_STANZA_BYTES = 4 * 1024 * 1024;

/** What `ws` reports for a message over maxPayload (it then closes the socket with 1009). */
const OVERSIZED_MESSAGE = 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH';

/**
 * @xmpp/websocket opens its connection with `new globalThis.WebSocket(url, ['xmpp'])`. Node 20 has no global
 * WebSocket, and a Finesse on a private CA needs that CA trusted: the `ws` client is installed globally, with the CA
 * and the stanza cap.
 */
export function installXmppWebSocket(ca: string | undefined): void {
  class FinesseWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { maxPayload: XMPP_MAX_STANZA_BYTES, ...(ca === undefined ? {} : { ca }) });
    }
  }
  Object.assign(globalThis, { WebSocket: FinesseWebSocket });
}

export interface XmppLogin {
  /** Finesse's XMPP-over-WebSocket endpoint (RFC 7395), e.g. wss://finesse:7443/ws. */
  readonly url: string;
  /** SystemInfo xmppDomain. */
  readonly domain: string;
  /** The JID local part is the loginId, never the loginName. */
  readonly loginId: string;
  readonly password: string;
}

export interface XmppHandlers {
  /** One notification: the unescaped `<Update>` text and its pubsub node. */
  onUpdate(updateXml: string, node: string): void;
  onStatus(status: 'online' | 'offline'): void;
  /**
   * Finesse sent a message over XMPP_MAX_STANZA_BYTES: it was not read, and the socket closed; the session opens
   * again and its catch-up read recovers the state the notification would have carried.
   */
  onOversized?(): void;
  /**
   * Nodes to subscribe to beyond those Finesse subscribes every user to: a supervisor's Team/{id}/Users and
   * Queue/{id} nodes. Asked each time the session opens, before it is reported online.
   */
  nodes?(): readonly string[];
}

export interface XmppOptions {
  readonly startingDelayMs: number;
  readonly maxDelayMs: number;
  readonly logger: Logger;
}

/**
 * One agent's Finesse notification session: XMPP over WebSocket with SASL PLAIN, receiving the pubsub events of the
 * nodes Finesse subscribes every user to (User, Dialogs, SystemInfo). A dropped session is opened again with
 * exponential backoff and full jitter, so a Finesse restart is not met by every agent reconnecting at once; wrong
 * credentials stop the retries (Finesse locks accounts after repeated failures).
 */
export class XmppNotifications {
  private current: Client | undefined;
  private stopped = false;
  private connecting = false;
  private markOnline: () => void = () => undefined;
  /** Resolves the first time the session is online. */
  readonly firstOnline = new Promise<void>((resolve) => {
    this.markOnline = resolve;
  });

  constructor(
    private readonly login: XmppLogin,
    private readonly handlers: XmppHandlers,
    private readonly options: XmppOptions,
  ) {}

  get online(): boolean {
    return this.current !== undefined;
  }

  start(): void {
    void this.connectWithBackoff();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const xmpp = this.current;
    this.current = undefined;
    if (xmpp) await xmpp.stop().catch(() => undefined);
  }

  private isStopped(): boolean {
    return this.stopped;
  }

  private async connectWithBackoff(): Promise<void> {
    if (this.connecting || this.stopped) return;
    this.connecting = true;
    try {
      await backOff(() => this.connectOnce(), {
        numOfAttempts: Number.MAX_SAFE_INTEGER,
        startingDelay: this.options.startingDelayMs,
        maxDelay: this.options.maxDelayMs,
        jitter: 'full',
        retry: (error: unknown) => {
          this.options.logger.warn(
            { loginId: this.login.loginId, reason: reasonOf(error) },
            'Finesse notification session failed; retrying',
          );
          return !this.stopped && !isAuthenticationFailure(error);
        },
      });
    } catch (error) {
      this.options.logger.error(
        { loginId: this.login.loginId, reason: reasonOf(error) },
        'Finesse notification session given up',
      );
    } finally {
      this.connecting = false;
    }
  }

  private async connectOnce(): Promise<void> {
    if (this.stopped) return;
    const xmpp = client({
      service: this.login.url,
      domain: this.login.domain,
      username: this.login.loginId,
      password: this.login.password,
      // Finesse reserves the resource "desktop" for its own desktop; ours is unique per session.
      resource: `contextdesk-${randomBytes(4).toString('hex')}`,
    });
    // Reconnection is ours (with backoff); the library's fixed-delay one would race it.
    xmpp.reconnect.stop();
    xmpp.on('error', (error) => {
      if ('code' in error && error.code === OVERSIZED_MESSAGE) {
        this.options.logger.warn(
          { loginId: this.login.loginId, maxBytes: XMPP_MAX_STANZA_BYTES },
          'Finesse notification over the size cap dropped',
        );
        this.handlers.onOversized?.();
        return;
      }
      this.options.logger.debug({ loginId: this.login.loginId, reason: reasonOf(error) }, 'XMPP error');
    });
    xmpp.on('stanza', (stanza) => this.onStanza(stanza));
    xmpp.on('disconnect', () => this.onDisconnect(xmpp));
    try {
      await xmpp.start();
    } catch (error) {
      await xmpp.stop().catch(() => undefined);
      throw error;
    }
    await this.subscribe(xmpp);
    // stop() may have been called while the session was opening.
    if (this.isStopped()) {
      await xmpp.stop().catch(() => undefined);
      return;
    }
    this.current = xmpp;
    this.handlers.onStatus('online');
    this.markOnline();
  }

  /**
   * XEP-0060 §6.1 subscribe, at `pubsub.<domain>`, for the bare JID. Subscribing again is harmless (Finesse answers
   * the existing subscription). A node Finesse refuses is logged and left: the rest of the session still serves.
   */
  private async subscribe(xmpp: Client): Promise<void> {
    const jid = `${this.login.loginId}@${this.login.domain}`;
    for (const node of this.handlers.nodes?.() ?? []) {
      const request = xml(
        'iq',
        { type: 'set', to: `pubsub.${this.login.domain}` },
        xml('pubsub', { xmlns: NS_PUBSUB }, xml('subscribe', { node, jid })),
      );
      try {
        await xmpp.iqCaller.request(request);
      } catch (error) {
        this.options.logger.warn(
          { loginId: this.login.loginId, node, reason: reasonOf(error) },
          'Finesse refused a pubsub subscription',
        );
      }
    }
  }

  private onDisconnect(xmpp: Client): void {
    if (this.current !== xmpp) return;
    this.current = undefined;
    this.handlers.onStatus('offline');
    void xmpp.stop().catch(() => undefined);
    if (!this.stopped) void this.connectWithBackoff();
  }

  private onStanza(stanza: Element): void {
    if (!stanza.is('message')) return;
    const items = stanza.getChild('event', NS_PUBSUB_EVENT)?.getChild('items');
    if (!items) return;
    for (const item of items.getChildren('item')) {
      // The notification's text is the XML-escaped <Update>; the element's text is the unescaped document.
      const notification = item.getChild('notification', NS_PUSH) ?? item.getChild('notification');
      const text = notification?.text().trim();
      if (text) this.handlers.onUpdate(text, items.attrs.node ?? '');
    }
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof Error)
    return 'condition' in error && typeof error.condition === 'string'
      ? `${error.name}: ${error.condition}`
      : error.message;
  return 'unknown error';
}

/** SASL refused the credentials: retrying would only count towards Finesse's account lockout. */
function isAuthenticationFailure(error: unknown): boolean {
  return error instanceof Error && 'condition' in error && error.condition === 'not-authorized';
}
