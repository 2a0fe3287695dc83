import express from 'express';
import type { Router } from 'express';
import { NoteInput } from '../../../shared/api/context.js';
import type { NoteService } from '../services/note-service.js';
import { parseRequest } from '../http/request-validation.js';
import { sessionOf } from '../http/session-middleware.js';
import { InvalidRequestError } from '../errors.js';

const CONTEXT_ID = /^[0-9A-Za-z_-]{1,64}$/;

/** Notes (API outline, Customer context): queued durably, then delivered; 202 with the note's id and status. */
export function noteRoutes(notes: NoteService): Router {
  const router = express.Router();

  router.post('/api/customers/:id/notes', async (request, response) => {
    if (!CONTEXT_ID.test(request.params.id)) throw new InvalidRequestError('id: must be a customer id');
    const input = parseRequest(NoteInput, request.body);
    const { status } = await notes.add(sessionOf(response), request.params.id, input, request.get('idempotency-key'));
    // The same Idempotency-Key answers the same note (with its current status), never a second one.
    response.status(202).json(status);
  });

  router.get('/api/notes/:noteId', async (request, response) => {
    if (!/^[0-9a-f-]{36}$/.test(request.params.noteId)) throw new InvalidRequestError('noteId: must be a note id');
    response.json(await notes.status(sessionOf(response), request.params.noteId));
  });

  return router;
}
