import express from 'express';
import type { Router } from 'express';
import type { FinesseSystem } from '../finesse-system.js';
import type { TaskOfferAnswer } from '../../../../shared/sandbox-control.js';
import { TaskOfferRequest } from '../../../../shared/sandbox-control.js';
import { parseBody, sendJsonError } from '../../control/json-answers.js';
import { UnknownMediaRoutingDomain } from '../model/media-desk.js';
import { variablesProblem } from '../model/call-variables.js';

/** The sandbox control API's non-voice arrivals: `POST /sandbox/tasks` offers a chat, an email or a task. */
export function taskControlRoutes(system: FinesseSystem): Router {
  const router = express.Router();

  router.post('/sandbox/tasks', (request, response) => {
    const body = parseBody(TaskOfferRequest, request.body, response);
    if (!body) return;
    const agent = body.agent === undefined ? undefined : system.roster.find(body.agent);
    if (body.agent !== undefined && !agent) {
      sendJsonError(response, 404, 'unknown_agent', `No agent ${body.agent}`);
      return;
    }
    const variables = new Map([
      ['callVariable1', body.from],
      ['user.Subject', body.subject],
      ...Object.entries(body.variables ?? {}),
    ]);
    const problem = variablesProblem(variables);
    if (problem !== undefined) {
      sendJsonError(response, 400, 'invalid_variables', problem);
      return;
    }
    try {
      const task = system.media.offer({
        mrd: body.mrd,
        from: body.from,
        subject: body.subject,
        variables,
        loginId: agent?.loginId,
      });
      const answer: TaskOfferAnswer =
        task.loginId === ''
          ? { dialogId: task.id, state: 'WAITING' }
          : { dialogId: task.id, state: 'OFFERED', loginId: task.loginId };
      response.status(201).json(answer);
    } catch (error) {
      if (!(error instanceof UnknownMediaRoutingDomain)) throw error;
      sendJsonError(response, 404, 'unknown_mrd', error.message);
    }
  });

  return router;
}
