import express from 'express';
import type { Express, RequestHandler, Router } from 'express';
import type { FaultBook } from './fault-book.js';
import { controlApiEnd } from './json-answers.js';

/**
 * The start every HTTP emulator's app shares: no `X-Powered-By`, case-sensitive routes as Cisco's are, no ETags (no
 * emulated service answers 304), the service's tracking-id header, and the `/sandbox` control API — the shared faults,
 * the emulator's own control routes and the JSON end — ahead of the fault middleware that guards the service's routes.
 */
export function emulatorApp(faults: FaultBook, controlRoutes: Router, trackingId: RequestHandler): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('case sensitive routing', true);
  app.set('etag', false);
  app.use(trackingId);

  app.use('/sandbox', express.json({ limit: '64kb' }));
  app.use(faults.routes());
  app.use(controlRoutes);
  app.use(controlApiEnd());
  return app;
}
