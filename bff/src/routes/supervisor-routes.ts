import express from 'express';
import type { Router } from 'express';
import { TeamMemberStateRequest } from '../../../shared/api/team.js';
import type { SupervisorService } from '../services/supervisor-service.js';
import { parseRequest } from '../http/request-validation.js';
import { requireSupervisor, sessionOf } from '../http/session-middleware.js';
import { InvalidRequestError } from '../errors.js';

/** Finesse login ids: digits on Unified CCE, letters too elsewhere. */
const LOGIN_ID = /^[0-9A-Za-z_.-]{1,64}$/;

function memberId(id: string): string {
  if (!LOGIN_ID.test(id)) throw new InvalidRequestError('id: must be a Finesse login id');
  return id;
}

/** A supervisor's teams and queues (API outline, Supervisor). Only the teams Finesse says they supervise. */
export function supervisorRoutes(supervisors: SupervisorService): Router {
  const router = express.Router();
  router.use(['/api/team', '/api/queues'], requireSupervisor());

  router.get('/api/team', async (_request, response) => {
    response.json(await supervisors.teams(sessionOf(response)));
  });

  router.put('/api/team/members/:id/state', async (request, response) => {
    const id = memberId(request.params.id);
    response.json(
      await supervisors.setMemberState(sessionOf(response), id, parseRequest(TeamMemberStateRequest, request.body)),
    );
  });

  router.post('/api/team/members/:id/monitor', async (request, response) => {
    response.status(201).json(await supervisors.monitor(sessionOf(response), memberId(request.params.id)));
  });

  router.get('/api/queues', async (_request, response) => {
    response.json(await supervisors.queues(sessionOf(response)));
  });

  return router;
}
