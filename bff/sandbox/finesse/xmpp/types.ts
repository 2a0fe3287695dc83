import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

/** What the XMPP server needs to know about Finesse users; the emulator's directory answers. */
export interface XmppDirectory {
  /** The XMPP domain (Finesse SystemInfo `xmppDomain`); the pubsub service is `pubsub.<domain>`. */
  readonly domain: string;
  /** SASL PLAIN: the loginId (JID local part) when the credentials are right, else null. Accepts loginId or loginName. */
  authenticate(username: string, password: string): string | null;
  /** Nodes a user is subscribed to from the moment the session binds (Finesse auto-subscribes User, Dialogs, SystemInfo). */
  autoSubscriptions(loginId: string): readonly string[];
  /** Whether an explicit XEP-0060 subscribe by this user to this node is allowed (e.g. a supervisor's Team node). */
  maySubscribe(loginId: string, node: string): boolean;
}

/** Finesse's notification service: XMPP over WebSocket (RFC 7395) with XEP-0060 pubsub events. */
export interface XmppNotificationServer {
  /** Hand over an HTTP upgrade request for the `/ws` endpoint. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /**
   * Publish one `<Update>` document (unescaped XML text) on a pubsub node; every bound session subscribed to the node
   * receives it XML-escaped inside `<notification xmlns="urn:xmpp:push:0">`, as Finesse 12.5 sends it.
   */
  publish(node: string, updateXml: string): void;
  /** Cut every connection without a stream close, as a network failure or an Openfire restart would. */
  dropAll(): void;
  /** Bound sessions right now (for tests and the sandbox status). */
  sessionCount(): number;
  /** Close every session with a stream close and stop accepting. */
  close(): Promise<void>;
}
