import express from 'express';
import type { Express } from 'express';
import type { ContextService } from '../context-service.js';
import type { FaultBook } from '../../control/fault-book.js';
import { emulatorApp } from '../../control/emulator-app.js';
import { bearerAuthentication } from './bearer-auth.js';
import { contextErrorHandler, sendContextError, trackingId } from './context-responses.js';
import { chooseStore } from './lab-mode.js';
import { controlRoutes } from './control-routes.js';
import { objectRoutes } from './object-routes.js';
import { searchRoute } from './search-route.js';

export const MAX_BODY = '256kb';

/** The emulator's HTTP face: Context Service's REST API under /context/v1, the sandbox control API under /sandbox. */
export function contextServiceApp(service: ContextService, faults: FaultBook): Express {
  const app = emulatorApp(faults, controlRoutes(service), trackingId);

  // Context Service REST API.
  app.use('/context/v1', (_request, _response, next) => {
    if (service.latencyMs > 0) setTimeout(next, service.latencyMs);
    else next();
  });
  app.use(faults.middleware());
  app.get('/context/v1/ping', (_request, response) => {
    service.stats.count('ping');
    response.json({ message: 'ok' });
  });
  app.use(bearerAuthentication(service.token));
  app.use(chooseStore(service));
  app.use('/context/v1', express.json({ limit: MAX_BODY }));
  app.use(objectRoutes(service));
  app.use(searchRoute(service));
  app.use((_request, response) => sendContextError(response, 404, 'No such resource'));
  app.use(contextErrorHandler);
  return app;
}
