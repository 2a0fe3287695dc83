import express from 'express';
import type { Express, Response } from 'express';
import type { FinesseSystem } from '../finesse-system.js';
import type { FaultBook } from '../../control/fault-book.js';
import { sendJsonError } from '../../control/json-answers.js';
import { FinesseApiError } from '../model/errors.js';
import { MAX_BODY_BYTES } from '../xml/xml-codec.js';
import { errorTypeFor, finesseErrorHandler, sendApiError } from './finesse-responses.js';
import { serviceAndAuthentication } from './authentication-middleware.js';
import { userRoutes } from './user-routes.js';
import { dialogRoutes } from './dialog-routes.js';
import { systemRoutes } from './system-routes.js';
import { queueRoutes } from './queue-routes.js';
import { mediaRoutes } from './media-routes.js';
import { controlRoutes } from './control-routes.js';
import { taskControlRoutes } from './task-control-routes.js';
import type { NotificationControls } from './control-routes.js';

/** The emulator's HTTP face: Finesse's REST API under /finesse/api, the sandbox control API under /sandbox. */
export function finesseApp(
  system: FinesseSystem,
  faults: FaultBook,
  reset: () => void,
  notifications: NotificationControls,
): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('case sensitive routing', true);

  // Control API: JSON.
  app.use('/sandbox', express.json({ limit: '64kb' }));
  app.use(faults.routes());
  app.use(controlRoutes(system, reset, notifications));
  app.use(taskControlRoutes(system));
  app.use('/sandbox', (_request, response) =>
    sendJsonError(response, 404, 'not_found', 'No such sandbox control endpoint'),
  );
  app.use('/sandbox', (error: unknown, _request: express.Request, response: Response, _next: express.NextFunction) => {
    const status =
      typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
        ? error.status
        : 500;
    sendJsonError(
      response,
      status,
      status < 500 ? 'invalid_request' : 'internal_error',
      status < 500 ? 'Request body could not be read' : 'Internal error',
    );
  });

  // Finesse REST API: XML.
  app.use(faults.middleware());
  app.use('/finesse/api', express.text({ type: () => true, limit: MAX_BODY_BYTES }));
  app.use(serviceAndAuthentication(system));
  app.use(userRoutes(system));
  app.use(dialogRoutes(system));
  app.use(systemRoutes(system));
  app.use(queueRoutes(system));
  app.use(mediaRoutes(system));
  app.use((_request, response) =>
    sendApiError(response, new FinesseApiError(404, errorTypeFor(404), '', 'Resource not found')),
  );
  app.use(finesseErrorHandler);
  return app;
}
