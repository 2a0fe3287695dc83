// The Finesse notification service endpoint: accepts `/ws` upgrades handed over by the HTTP server, negotiates
// the RFC 7395 `xmpp` subprotocol, and runs one XmppSession per WebSocket. Everything protocol-related is in
// session.ts; this file owns the sockets, the shared registries and publish().
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { BoundSessions } from './bound-sessions.js';
import { MAX_FRAME_BYTES, XmppSession, type FrameTransport, type SessionHost } from './session.js';
import { SubscriptionRegistry } from './subscriptions.js';
import type { XmppDirectory, XmppNotificationServer } from './types.js';

/** RFC 7395 §3.1: the registered WebSocket subprotocol name. */
export const XMPP_SUBPROTOCOL = 'xmpp';

/** How long close() waits for a client to finish the WebSocket closing handshake before dropping it. */
const CLOSE_GRACE_MS = 2_000;
/**
 * `ws` drops a connection outright above maxPayload. Keeping that hard cap well above MAX_FRAME_BYTES lets the
 * session answer an oversized frame with a proper policy-violation stream error instead.
 */
const HARD_PAYLOAD_LIMIT = 16 * MAX_FRAME_BYTES;

export interface XmppNotificationServerOptions {
  /** Receives one line per connection event (connect, auth, bind, close, errors). */
  readonly log?: (line: string) => void;
}

export function createXmppNotificationServer(
  directory: XmppDirectory,
  options: XmppNotificationServerOptions = {},
): XmppNotificationServer {
  const log = options.log ?? (() => undefined);
  const host: SessionHost = {
    directory,
    subscriptions: new SubscriptionRegistry<XmppSession>(),
    boundSessions: new BoundSessions<XmppSession>(),
    log,
  };
  /** Every open connection, bound or not, so close() can reach them all. */
  const connections = new Map<WebSocket, XmppSession>();
  let closing: Promise<void> | undefined;

  const wss = new WebSocketServer({
    noServer: true,
    clientTracking: false,
    maxPayload: HARD_PAYLOAD_LIMIT,
    // RFC 7395 §3.3.2: select `xmpp` when offered; otherwise no subprotocol, and accept() refuses the client.
    handleProtocols: (protocols) => (protocols.has(XMPP_SUBPROTOCOL) ? XMPP_SUBPROTOCOL : false),
  });

  function accept(ws: WebSocket, request: IncomingMessage): void {
    const label = `${request.socket.remoteAddress ?? '?'}:${request.socket.remotePort ?? 0}`;
    ws.on('error', (error) => log(`xmpp ${label}: socket error: ${error.message}`));
    if (ws.protocol !== XMPP_SUBPROTOCOL) {
      log(`xmpp ${label}: refused, the "${XMPP_SUBPROTOCOL}" subprotocol was not offered`);
      ws.close(1002, `The ${XMPP_SUBPROTOCOL} subprotocol is required`);
      return;
    }
    const transport: FrameTransport = {
      send: (frame) => {
        if (ws.readyState !== WebSocket.OPEN) return;
        ws.send(frame, (error) => {
          if (error) log(`xmpp ${label}: send failed: ${error.message}`);
        });
      },
      // ws flushes frames already queued before its close frame, so the final <close/> is delivered.
      close: () => {
        if (ws.readyState === WebSocket.OPEN) ws.close(1000);
      },
    };
    const session = new XmppSession(host, transport, label);
    connections.set(ws, session);
    log(`xmpp ${label}: connected`);

    ws.on('message', (data, isBinary) => {
      // XmppSession.receive already contains its own failures; this guard is for the unforeseen, because an
      // exception escaping an event handler would take the whole sandbox down.
      try {
        session.receive(toBuffer(data), isBinary);
      } catch (error) {
        log(`xmpp ${label}: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
        ws.terminate();
      }
    });
    ws.on('close', () => {
      connections.delete(ws);
      session.disconnected();
    });
  }

  return {
    handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
      if (closing) {
        socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      try {
        wss.handleUpgrade(request, socket, head, (ws) => accept(ws, request));
      } catch (error) {
        log(`xmpp: upgrade failed: ${error instanceof Error ? error.message : String(error)}`);
        socket.destroy();
      }
    },

    publish(node: string, updateXml: string): void {
      // One pubsub item, one id, however many subscribers receive it (XEP-0060 §7.1.2.1).
      const itemId = randomUUID();
      for (const session of host.subscriptions.subscribersOf(node)) session.deliver(node, itemId, updateXml);
    },

    dropAll(): void {
      for (const ws of [...connections.keys()]) ws.terminate();
    },

    sessionCount(): number {
      return host.boundSessions.size;
    },

    close(): Promise<void> {
      closing ??= (async () => {
        const sockets = [...connections.keys()];
        const closed = sockets.map((ws) => closedWithin(ws, CLOSE_GRACE_MS));
        for (const session of [...connections.values()]) session.shutdown();
        await Promise.all(closed);
        await new Promise<void>((resolve) => {
          wss.close(() => resolve());
        });
      })();
      return closing;
    },
  };
}

/** `ws` hands over a Buffer, an ArrayBuffer or fragments depending on framing and binaryType; sessions want one Buffer. */
function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}

/** Resolves once the socket has closed, forcing it shut if the peer does not finish the handshake in time. */
function closedWithin(ws: WebSocket, timeoutMs: number): Promise<void> {
  if (ws.readyState === WebSocket.CLOSED) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => ws.terminate(), timeoutMs);
    ws.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
