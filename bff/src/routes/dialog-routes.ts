import express from 'express';
import type { Router } from 'express';
import { DialogActionRequest, MakeCallRequest } from '../../../shared/api/dialog.js';
import type { DialogService } from '../services/dialog-service.js';
import { parseRequest } from '../http/request-validation.js';
import { sessionOf } from '../http/session-middleware.js';
import { InvalidRequestError } from '../errors.js';

const DIALOG_ID = /^[0-9A-Za-z_]{1,64}$/;

/** The signed-in agent's calls (API outline, Dialogs). */
export function dialogRoutes(dialogs: DialogService): Router {
  const router = express.Router();

  router.get('/api/dialogs', async (_request, response) => {
    response.json(await dialogs.list(sessionOf(response)));
  });

  router.post('/api/dialogs', async (request, response) => {
    response.status(201).json(await dialogs.makeCall(sessionOf(response), parseRequest(MakeCallRequest, request.body)));
  });

  router.post('/api/dialogs/:id/actions', async (request, response) => {
    // Voice dialog ids are numeric, nonvoice ones contain underscores (Finesse Developer Guide, Dialog).
    if (!DIALOG_ID.test(request.params.id)) throw new InvalidRequestError('id: must be a Finesse dialog id');
    response.json(
      await dialogs.act(sessionOf(response), request.params.id, parseRequest(DialogActionRequest, request.body)),
    );
  });

  return router;
}
