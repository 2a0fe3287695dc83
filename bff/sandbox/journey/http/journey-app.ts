import express from 'express';
import type { Express, NextFunction, Request, Response } from 'express';
import type { JourneyService } from '../journey-service.js';
import { emulatorApp } from '../../control/emulator-app.js';
import { bearerAuthentication } from './bearer-auth.js';
import { controlRoutes } from './control-routes.js';
import { eventRoutes } from './event-routes.js';
import { eventStreamRoute } from './event-stream-route.js';
import { journeyErrorHandler, sendJourneyError, trackingIdHeader } from './journey-errors.js';
import { personRoutes } from './person-routes.js';
import { profileRoutes } from './profile-routes.js';

/**
 * The emulator's HTTP face: JDS's paths on one host (`/admin/v1/api/person…`, `/admin/v1/api/profile-view-template…`,
 * `/publish/v1/api/event`, `/v1/api/events…`, `/v1/api/progressive-profile-view…`) behind a bearer token, and the
 * sandbox control API under `/sandbox`.
 */
export function journeyApp(service: JourneyService): Express {
  const app = emulatorApp(service.faults, controlRoutes(service), trackingIdHeader);
  app.use(service.faults.middleware());
  app.use(bearerAuthentication(service.token, service.budget));
  app.use(service.stats.counter());
  app.use(workspaceGate(service));
  app.use(express.json({ limit: '1mb' }));
  app.use(eventStreamRoute(service));
  app.use(eventRoutes(service));
  app.use(personRoutes(service));
  app.use(profileRoutes(service));
  app.use((_request, response) => sendJourneyError(response, 404, 'No such resource'));
  app.use(journeyErrorHandler);
  return app;
}

/** Every path naming `workspace-id/{ws}` answers 404 unless it is the emulated workspace. */
function workspaceGate(service: JourneyService) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const named = /\/workspace-id\/([^/]+)/.exec(request.path)?.[1];
    if (named !== undefined && decodeURIComponent(named) !== service.workspace.workspaceId) {
      sendJourneyError(response, 404, `Workspace ${decodeURIComponent(named)} not found`);
      return;
    }
    next();
  };
}
