import express from 'express';
import type { Request, Router } from 'express';
import type { FinesseSystem } from '../finesse-system.js';
import { isRecord, namedValues, readXml, text } from '../xml/xml-codec.js';
import { dialogDocument } from '../xml/dialog-xml.js';
import { taskDialogElement } from '../xml/task-dialog-xml.js';
import { sendAccepted, sendXml } from './finesse-responses.js';
import { actorOf } from './authentication-middleware.js';
import { bodyText } from './user-routes.js';

/** `/finesse/api/Dialog/{id}` (Developer Guide 12.5(1), "Dialog"). */
export function dialogRoutes(system: FinesseSystem): Router {
  const router = express.Router({ caseSensitive: true });

  router.get('/finesse/api/Dialog/:id', (request, response) => {
    const id = request.params.id;
    if (isNonVoiceId(id))
      sendXml(response, { Dialog: taskDialogElement(system.media.readTask(actorOf(response), id)) });
    else sendXml(response, dialogDocument(system.calls.read(actorOf(response), id)));
  });

  router.put('/finesse/api/Dialog/:id', (request: Request<{ id: string }>, response) => {
    const body = readXml(bodyText(request), 'Dialog');
    if (isNonVoiceId(request.params.id)) {
      const action = {
        requestedAction: text(body, 'requestedAction'),
        targetMediaAddress: text(body, 'targetMediaAddress'),
        toAddress: text(body, 'toAddress'),
      };
      system.media.act(actorOf(response), request.params.id, action, request.get('requestId') ?? '');
      sendAccepted(request, response);
      return;
    }
    const mediaProperties = isRecord(body.mediaProperties) ? body.mediaProperties : {};
    const actionParams = namedValues(body.actionParams, 'ActionParam');
    system.calls.act(
      actorOf(response),
      request.params.id,
      {
        requestedAction: text(body, 'requestedAction'),
        targetMediaAddress: text(body, 'targetMediaAddress'),
        toAddress: text(body, 'toAddress'),
        dtmfString: actionParams?.get('dtmfString'),
        wrapUpReason: text(mediaProperties, 'wrapUpReason'),
        variables: namedValues(mediaProperties.callvariables, 'CallVariable'),
      },
      request.get('requestId') ?? '',
    );
    sendAccepted(request, response);
  });

  return router;
}

/** "The nonvoice dialog id contains underscores (for example, 151635_312_1). Voice dialog ids do not." */
function isNonVoiceId(dialogId: string): boolean {
  return dialogId.includes('_');
}
