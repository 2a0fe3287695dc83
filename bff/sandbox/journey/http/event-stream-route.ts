import express from 'express';
import type { Router } from 'express';
import type { JourneyService } from '../journey-service.js';
import { matchesQuery } from '../model/event-log.js';
import { eventQueryOf } from './event-routes.js';
import { pathParam } from './request-parts.js';

/**
 * `GET /v1/api/events/stream/workspace-id/{ws}/identity/{identity}?filter=&data=`: Server-Sent Events, one unnamed
 * `message` per event published from now on (the journey widget reads them with `EventSource.onmessage` and parses
 * `data` as the CloudEvent), each with the event id as the SSE `id`. No history is replayed. A comment line opens the
 * stream and keeps it alive. The person's aliases are read when the stream opens.
 */
export function eventStreamRoute(service: JourneyService): Router {
  const router = express.Router();

  router.get('/v1/api/events/stream/workspace-id/:ws/identity/:identity', (request, response) => {
    const query = eventQueryOf(service, request, pathParam(request, 'identity'));
    response.status(200).set({
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    response.flushHeaders();
    response.write(': connected\n\n');
    const unsubscribe = service.events.subscribe((event) => {
      if (matchesQuery(event, query)) response.write(`id: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`);
    });
    const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), service.keepAliveMs);
    keepAlive.unref();
    request.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  });

  return router;
}
