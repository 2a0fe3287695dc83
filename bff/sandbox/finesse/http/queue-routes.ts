import express from 'express';
import type { Router } from 'express';
import type { FinesseSystem } from '../finesse-system.js';
import { queueDocument, queuesDocument } from '../xml/queue-xml.js';
import { sendXml } from './finesse-responses.js';

/**
 * `GET /finesse/api/Queue/{id}` and `GET /finesse/api/User/{id}/Queues` ("Queue—Get Queue", "Queue—Get List of
 * Queues for User"): any signed-in user may read any queue and any user's list.
 */
export function queueRoutes(system: FinesseSystem): Router {
  const router = express.Router({ caseSensitive: true });

  router.get('/finesse/api/Queue/:id', (request, response) => {
    sendXml(response, queueDocument(system.queues.view(system.queues.get(request.params.id))));
  });

  router.get('/finesse/api/User/:id/Queues', (request, response) => {
    const user = system.roster.get(request.params.id);
    sendXml(response, queuesDocument(system.queues.queuesOf(user).map((queue) => system.queues.view(queue))));
  });

  return router;
}
