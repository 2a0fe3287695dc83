import express from 'express';
import type { Router } from 'express';
import { z } from 'zod';
import type { WebexCloud } from '../webex-cloud.js';
import { parseBody } from '../../control/json-answers.js';
import { TokenLifetimes } from '../oauth/token-lifetimes.js';

/** `POST /sandbox/tokens/expire`: the tokens handed out so far stop working now. */
const ExpireRequest = z.strictObject({
  tokens: z.enum(['access', 'refresh', 'all']).default('access'),
  orgId: z.string().min(1).max(64).optional(),
});

/** `POST /sandbox/rate-limit`: each client's budget per minute from now on. */
const RateLimitRequest = z.strictObject({ requestsPerMinute: z.number().int().min(1).max(100_000) });

/**
 * The sandbox control API of the Webex emulator (JSON, not Cisco's): make tokens expire now, set token lifetimes and
 * the rate budget, list the organisations, reset. Faults are the shared `/sandbox/faults`.
 */
export function controlRoutes(cloud: WebexCloud): Router {
  const router = express.Router();

  router.get('/sandbox/orgs', (_request, response) => {
    response.json(
      cloud.orgs.map((org) => ({ id: org.id, name: org.name, tenantId: org.tenantId, admin: org.admin.email })),
    );
  });

  router.post('/sandbox/tokens/expire', (request, response) => {
    const body = parseBody(ExpireRequest, request.body ?? {}, response);
    if (!body) return;
    response.json({ expired: cloud.tokens.expire(body.tokens, body.orgId) });
  });

  router.get('/sandbox/token-lifetimes', (_request, response) => {
    response.json(cloud.tokens.lifetimes);
  });

  router.post('/sandbox/token-lifetimes', (request, response) => {
    const body = parseBody(TokenLifetimes.partial(), request.body, response);
    if (!body) return;
    cloud.tokens.lifetimes = { ...cloud.tokens.lifetimes, ...body };
    response.json(cloud.tokens.lifetimes);
  });

  router.get('/sandbox/rate-limit', (_request, response) => {
    response.json({ requestsPerMinute: cloud.budget.perMinute });
  });

  router.post('/sandbox/rate-limit', (request, response) => {
    const body = parseBody(RateLimitRequest, request.body, response);
    if (!body) return;
    cloud.budget.perMinute = body.requestsPerMinute;
    cloud.budget.clear();
    response.json({ requestsPerMinute: cloud.budget.perMinute });
  });

  router.post('/sandbox/reset', (_request, response) => {
    cloud.reset();
    response.status(204).end();
  });

  return router;
}
