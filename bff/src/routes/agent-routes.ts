import express from 'express';
import type { Router } from 'express';
import { AgentSignInRequest, AgentStateRequest, ReasonCodesQuery } from '../../../shared/api/agent.js';
import type { AgentService } from '../services/agent-service.js';
import { parseRequest } from '../http/request-validation.js';
import { sessionOf } from '../http/session-middleware.js';

/** The signed-in agent (API outline, Agent). Every route acts on the session's own User only. */
export function agentRoutes(agents: AgentService): Router {
  const router = express.Router();

  router.get('/api/agent', async (_request, response) => {
    response.json(await agents.current(sessionOf(response)));
  });

  router.post('/api/agent/sign-in', async (request, response) => {
    const { extension } = parseRequest(AgentSignInRequest, request.body);
    response.json(await agents.signIn(sessionOf(response), extension));
  });

  router.put('/api/agent/state', async (request, response) => {
    response.json(await agents.setState(sessionOf(response), parseRequest(AgentStateRequest, request.body)));
  });

  router.get('/api/reason-codes', async (request, response) => {
    const { category } = parseRequest(ReasonCodesQuery, request.query, 'query');
    response.json(await agents.reasonCodes(sessionOf(response), category));
  });

  router.get('/api/wrap-up-reasons', async (_request, response) => {
    response.json(await agents.wrapUpReasons(sessionOf(response)));
  });

  return router;
}
