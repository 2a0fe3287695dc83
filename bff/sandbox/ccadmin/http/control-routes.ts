import express from 'express';
import type { Router } from 'express';
import type { PrincipalAw } from '../model/principal-aw.js';
import { parseBody } from '../../control/json-answers.js';
import { RegistrationStateRequest, SyncRequest } from './control-requests.js';

/**
 * The sandbox control API of the CCE Administration emulator (JSON, not Cisco's): force a registration state, set
 * how device syncs fare, read the state (never the connection data), and reset. Faults are the shared
 * `/sandbox/faults`.
 */
export function controlRoutes(aw: PrincipalAw, reset: () => void): Router {
  const router = express.Router({ caseSensitive: true });

  router.get('/sandbox/state', (_request, response) => {
    response.json(aw.snapshot());
  });

  router.post('/sandbox/registration', (request, response) => {
    const body = parseBody(RegistrationStateRequest, request.body, response);
    if (!body) return;
    aw.force(body.state);
    response.json(aw.snapshot());
  });

  router.post('/sandbox/sync', (request, response) => {
    const body = parseBody(SyncRequest, request.body, response);
    if (!body) return;
    aw.configureSync({
      failDevices: body.failDevices ?? [],
      busyMs: body.busyMs ?? 0,
      awDatabaseFailure: body.awDatabaseFailure ?? false,
    });
    response.json(aw.snapshot());
  });

  router.post('/sandbox/reset', (_request, response) => {
    reset();
    response.status(204).end();
  });

  return router;
}
