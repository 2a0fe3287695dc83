import express from 'express';
import type { Request, Router } from 'express';
import type { FinesseSystem } from '../finesse-system.js';
import { readXml, text } from '../xml/xml-codec.js';
import { mediaDocument, mediaListDocument, mediaRoutingDomainsDocument } from '../xml/media-xml.js';
import { dialogsDocument } from '../xml/dialog-xml.js';
import { taskDialogElement } from '../xml/task-dialog-xml.js';
import { sendAccepted, sendXml } from './finesse-responses.js';
import { actorOf } from './authentication-middleware.js';
import { bodyText } from './user-routes.js';

/** Media Routing Domains and a user's Media objects (Developer Guide 12.5(1), "Media"; Unified CCE only). */
export function mediaRoutes(system: FinesseSystem): Router {
  const router = express.Router({ caseSensitive: true });

  router.get('/finesse/api/MediaRoutingDomains', (_request, response) => {
    sendXml(response, mediaRoutingDomainsDocument(system.media.domains));
  });

  router.get('/finesse/api/User/:id/Media', (request, response) => {
    sendXml(response, mediaListDocument(system.media.mediaOf(actorOf(response), system.roster.get(request.params.id))));
  });

  router.get('/finesse/api/User/:id/Media/:mrdId', (request, response) => {
    sendXml(
      response,
      mediaDocument(system.media.media(actorOf(response), system.roster.get(request.params.id), request.params.mrdId)),
    );
  });

  router.put('/finesse/api/User/:id/Media/:mrdId', (request: Request<{ id: string; mrdId: string }>, response) => {
    const body = readXml(bodyText(request), 'Media');
    system.media.requestState(
      actorOf(response),
      system.roster.get(request.params.id),
      request.params.mrdId,
      {
        state: text(body, 'state'),
        maxDialogLimit: text(body, 'maxDialogLimit'),
        interruptAction: text(body, 'interruptAction'),
        dialogLogoutAction: text(body, 'dialogLogoutAction'),
        reasonCodeId: text(body, 'reasonCodeId'),
      },
      request.get('requestId') ?? '',
    );
    sendAccepted(request, response);
  });

  router.get('/finesse/api/User/:id/Media/:mrdId/Dialogs', (request, response) => {
    const media = system.media.media(actorOf(response), system.roster.get(request.params.id), request.params.mrdId);
    sendXml(response, dialogsDocument(system.media.tasksOf(media.loginId, media.domain.id).map(taskDialogElement)));
  });

  return router;
}
