import express from 'express';
import type { Express } from 'express';
import type { WebexCloud } from '../webex-cloud.js';
import { emulatorApp } from '../../control/emulator-app.js';
import { legacyRoutes } from '../legacy/legacy-routes.js';
import { oauthRoutes } from '../oauth/oauth-routes.js';
import { peopleRoute } from '../oauth/people-route.js';
import { activityRoutes } from './activity-routes.js';
import { apiErrorHandler, sendApiError, trackingIdHeader } from './api-error.js';
import { bearerAuthentication } from './bearer-auth.js';
import { captureRoutes } from './capture-routes.js';
import { controlRoutes } from './control-routes.js';
import { siteBulkRoute } from './site-bulk-route.js';
import { siteRoutes } from './site-routes.js';
import { statisticsRoutes } from './statistics-routes.js';
import { taskRoutes } from './task-routes.js';

/**
 * The emulator's HTTP face, one server for Webex's three hosts with distinct paths: the OAuth host (`/v1/authorize`,
 * `/v1/access_token`, `/v1/people/me`), the Contact Center API host (`/v1/tasks`, statistics, activities, captures,
 * `/organization/{orgid}/site…`), the legacy v1 host (`/aws/api/…`), recording downloads (`/recordings/…`, signed),
 * and the sandbox control API under `/sandbox`.
 */
export function webexApp(cloud: WebexCloud): Express {
  const app = emulatorApp(cloud.faults, controlRoutes(cloud), trackingIdHeader);

  app.use(cloud.faults.middleware());

  // OAuth host, recordings and the legacy v1 host: each checks its own credentials.
  app.use(oauthRoutes(cloud));
  app.use(peopleRoute(cloud));
  const captures = captureRoutes(cloud);
  app.use(captures.files);
  app.use(legacyRoutes(cloud.orgs));

  // Contact Center API host.
  app.use(bearerAuthentication(cloud.tokens, cloud.budget, cloud.now));
  app.use(express.json({ limit: '1mb' }));
  app.use(taskRoutes(cloud));
  app.use(statisticsRoutes(cloud));
  app.use(activityRoutes(cloud));
  app.use(captures.api);
  app.use(siteBulkRoute(cloud));
  app.use(siteRoutes(cloud));
  app.use((request, response) => sendApiError(request, response, 404, 'No such resource', cloud.now()));
  app.use(apiErrorHandler(cloud.now));
  return app;
}
