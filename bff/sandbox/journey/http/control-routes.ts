import express from 'express';
import type { Router } from 'express';
import { z } from 'zod';
import type { JourneyService } from '../journey-service.js';
import { parseBody } from '../../control/json-answers.js';

const RateLimitRequest = z.strictObject({ requestsPerMinute: z.number().int().min(1).max(100_000) });

/**
 * The sandbox control API of the JDS emulator (JSON, not Cisco's): the rate budget, request counts, reset. Faults are
 * the shared `/sandbox/faults`.
 */
export function controlRoutes(service: JourneyService): Router {
  const router = express.Router();

  router.get('/sandbox/rate-limit', (_request, response) => {
    response.json({ requestsPerMinute: service.budget.perMinute });
  });
  router.post('/sandbox/rate-limit', (request, response) => {
    const body = parseBody(RateLimitRequest, request.body, response);
    if (!body) return;
    service.budget.perMinute = body.requestsPerMinute;
    service.budget.clear();
    response.json({ requestsPerMinute: service.budget.perMinute });
  });
  router.get('/sandbox/stats', (_request, response) => {
    response.json(service.stats.snapshot());
  });
  router.delete('/sandbox/stats', (_request, response) => {
    service.stats.clear();
    response.status(204).end();
  });
  router.get('/sandbox/workspace', (_request, response) => {
    response.json({
      ...service.workspace,
      people: service.people.list().length,
      events: service.events.size,
      templates: service.templates.list().map((template) => template.name),
    });
  });
  router.post('/sandbox/reset', (_request, response) => {
    service.reset();
    response.status(204).end();
  });

  return router;
}
