import express from 'express';
import type { Router } from 'express';
import type { NotificationHub } from '../events/notification-hub.js';
import { EventStream } from '../events/event-stream.js';
import type { Metrics } from '../metrics.js';
import { sessionOf } from '../http/session-middleware.js';
import type { SessionStreams } from '../events/session-streams.js';

export interface EventsRouteOptions {
  readonly hub: NotificationHub;
  readonly metrics: Metrics;
  /** A comment line this often (15 s, the HTML standard's advice for proxies that drop idle connections). */
  readonly heartbeatMs: number;
  /** Streams of a session, so that signing out closes them at once. */
  readonly streams: SessionStreams;
}

/**
 * `GET /api/events`: the agent's events as Server-Sent Events, read with fetch so the bearer token travels in a
 * header. Each event has an id; `Last-Event-ID` replays what was missed from a bounded history, or sends `resync`
 * when that is no longer possible. A comment every heartbeat keeps it open; it ends with the session.
 */
export function eventsRoute(options: EventsRouteOptions): Router {
  const router = express.Router();
  router.get('/api/events', async (request, response) => {
    const session = sessionOf(response);
    const notifications = await options.hub.acquireFor(session);
    const stream = new EventStream(response);
    // Disable the server's socket timeout for this long-lived response only.
    request.socket.setTimeout(0);
    stream.open(3000);
    const lastEventId =
      request.get('last-event-id') ??
      (typeof request.query.lastEventId === 'string' ? request.query.lastEventId : undefined);
    const { missed, unsubscribe } = notifications.subscribe((event) => stream.send(event), lastEventId);
    if (missed === undefined)
      stream.notice('resync', {
        reason: 'The events since Last-Event-ID are no longer available; read the agent and dialogs again',
      });
    else for (const event of missed) stream.send(event);
    stream.notice('system', { notifications: notifications.transport });

    options.metrics.eventStreams.inc();
    const heartbeat = setInterval(() => stream.heartbeat(), options.heartbeatMs);
    const expiry = setTimeout(() => close(), Math.max(0, session.absoluteExpiresAt.getTime() - Date.now()));
    let closed = false;
    const forget = options.streams.add(session.tokenHash, () => close());
    function close(): void {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      clearTimeout(expiry);
      unsubscribe();
      forget();
      options.metrics.eventStreams.dec();
      stream.end();
    }
    response.on('close', close);
  });
  return router;
}
