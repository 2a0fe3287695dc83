import express from 'express';
import type { Request, Router } from 'express';
import { AgentCreate, AgentIdParams, AgentListQuery, AgentUpdate } from '../../../shared/api/admin-agents.js';
import type { AgentTeamList } from '../../../shared/api/admin-agents.js';
import type { AgentAdministrationService } from '../services/agent-administration-service.js';
import { InvalidRequestError } from '../errors.js';
import { parseRequest } from '../http/request-validation.js';
import { administratorSessionOf } from '../http/session-middleware.js';

/**
 * `/api/admin/agents` and `/api/admin/teams` (issue 12): CCE Administration's agents for an administrator. Mounted by
 * adminRoutes behind its administrator check. Answers never carry a password, and are not cached.
 */
export function adminAgentRoutes(agents: AgentAdministrationService): Router {
  const router = express.Router();

  router.get('/api/admin/agents', async (request, response) => {
    const query = parseRequest(AgentListQuery, request.query, 'query');
    response.set('Cache-Control', 'no-store').json(await agents.list(administratorSessionOf(response), query));
  });

  router.post('/api/admin/agents', async (request, response) => {
    const created = await agents.create(administratorSessionOf(response), parseRequest(AgentCreate, request.body));
    response.status(201).location(`/api/admin/agents/${created.id}`).set('Cache-Control', 'no-store').json(created);
  });

  router.get('/api/admin/agents/:id', async (request, response) => {
    const { id } = parseRequest(AgentIdParams, request.params, 'path');
    const agent = await agents.agent(administratorSessionOf(response), id);
    response.set('Cache-Control', 'no-store').set('ETag', `"${agent.changeStamp}"`).json(agent);
  });

  router.put('/api/admin/agents/:id', async (request, response) => {
    const { id } = parseRequest(AgentIdParams, request.params, 'path');
    const { changeStamp, ...fields } = parseRequest(AgentUpdate, request.body);
    const agent = await agents.update(
      administratorSessionOf(response),
      id,
      changeStampOf(changeStamp, request),
      fields,
    );
    response.set('Cache-Control', 'no-store').set('ETag', `"${agent.changeStamp}"`).json(agent);
  });

  router.delete('/api/admin/agents/:id', async (request, response) => {
    const { id } = parseRequest(AgentIdParams, request.params, 'path');
    await agents.delete(administratorSessionOf(response), id);
    response.status(204).end();
  });

  router.get('/api/admin/teams', async (_request, response) => {
    const answer: AgentTeamList = { teams: await agents.teams(administratorSessionOf(response)) };
    response.set('Cache-Control', 'no-store').json(answer);
  });

  return router;
}

/** The changeStamp of an update: the body's, or If-Match's (`"3"`, as the ETag of a GET gives it); one is required. */
function changeStampOf(fromBody: number | undefined, request: Request): number {
  const header = request.get('If-Match');
  const fromHeader = header === undefined ? undefined : /^\s*(?:W\/)?"?([0-9]{1,15})"?\s*$/.exec(header)?.[1];
  if (header !== undefined && fromHeader === undefined)
    throw new InvalidRequestError("If-Match: must be the agent's ETag, its changeStamp in quotes", {
      field: 'changeStamp',
    });
  if (fromBody !== undefined && fromHeader !== undefined && fromBody !== Number(fromHeader)) {
    throw new InvalidRequestError('changeStamp: the body and If-Match name different versions', {
      field: 'changeStamp',
    });
  }
  const changeStamp = fromBody ?? (fromHeader === undefined ? undefined : Number(fromHeader));
  if (changeStamp === undefined)
    throw new InvalidRequestError(
      'changeStamp: required, in the body or as If-Match, so that a change made meanwhile is not overwritten',
      { field: 'changeStamp' },
    );
  return changeStamp;
}
