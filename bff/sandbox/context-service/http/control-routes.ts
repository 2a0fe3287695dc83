import express from 'express';
import type { Router } from 'express';
import { z } from 'zod';
import type { ContextService } from '../context-service.js';
import { parseBody } from '../../control/json-answers.js';

/** `POST /sandbox/latency`: every /context/v1 call waits this long first, as a distant cloud region would. */
const LatencyRequest = z.strictObject({ ms: z.number().int().min(0).max(120_000) });

/**
 * The sandbox control API of the Context Service emulator (JSON, not Cisco's): latency, request counts, and a reset
 * to the demo data. Faults are the shared `/sandbox/faults`.
 */
export function controlRoutes(service: ContextService): Router {
  const router = express.Router();

  router.get('/sandbox/latency', (_request, response) => {
    response.json({ ms: service.latencyMs });
  });

  router.post('/sandbox/latency', (request, response) => {
    const body = parseBody(LatencyRequest, request.body, response);
    if (!body) return;
    service.latencyMs = body.ms;
    response.json({ ms: service.latencyMs });
  });

  router.get('/sandbox/stats', (_request, response) => {
    response.json(service.stats.snapshot());
  });

  router.delete('/sandbox/stats', (_request, response) => {
    service.stats.clear();
    response.status(204).end();
  });

  router.post('/sandbox/reset', (_request, response) => {
    service.reset();
    response.status(204).end();
  });

  return router;
}
