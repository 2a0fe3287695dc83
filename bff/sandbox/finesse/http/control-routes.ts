import express from 'express';
import type { Response, Router } from 'express';
import type { FinesseSystem } from '../finesse-system.js';
import type { InboundCallAnswer } from '../../../../shared/sandbox-control.js';
import {
  InboundCallRequest,
  NotificationDelayRequest,
  QueuedCallRequest,
  SystemStatusRequest,
} from '../../../../shared/sandbox-control.js';
import { InboundCallRefused } from '../model/call-switch.js';
import { parseBody, sendJsonError } from '../../control/json-answers.js';

/**
 * The sandbox control API of the Finesse emulator (JSON, not Finesse's): ring and hang up calls, take Finesse out of
 * service, reset to the demo state, and list agents for the simulated desktop.
 */
export interface NotificationControls {
  /** Delay every notification by this much (0 = as soon as possible). */
  setDelay(ms: number): void;
  /** Cut every XMPP connection. */
  dropConnections(): void;
}

export function controlRoutes(system: FinesseSystem, reset: () => void, notifications: NotificationControls): Router {
  const router = express.Router();

  router.post('/sandbox/calls', (request, response) => {
    const call = parseBody(InboundCallRequest, request.body, response);
    if (!call) return;
    answerCall(response, () =>
      system.calls.ringInbound({
        from: call.from,
        to: call.to,
        dialedNumber: call.dialedNumber,
        variables: variablesOf(call.variables),
      }),
    );
  });

  router.post('/sandbox/queued-calls', (request, response) => {
    const call = parseBody(QueuedCallRequest, request.body, response);
    if (!call) return;
    answerCall(response, () =>
      system.calls.queueCall({
        from: call.from,
        queueId: call.queue,
        dialedNumber: call.dialedNumber,
        variables: variablesOf(call.variables),
      }),
    );
  });

  router.delete('/sandbox/calls/:dialogId', (request, response) => {
    if (system.calls.hangUpCaller(request.params.dialogId)) response.status(204).end();
    else sendJsonError(response, 404, 'call_not_found', `No call ${request.params.dialogId} with a caller on the line`);
  });

  router.post('/sandbox/system', (request, response) => {
    const body = parseBody(SystemStatusRequest, request.body, response);
    if (!body) return;
    if (system.status !== body.status) {
      system.status = body.status;
      system.notify({ kind: 'system-info' });
    }
    response.json({ status: system.status });
  });

  router.post('/sandbox/notifications', (request, response) => {
    const body = parseBody(NotificationDelayRequest, request.body, response);
    if (!body) return;
    notifications.setDelay(body.delayMs);
    response.json(body);
  });

  router.post('/sandbox/xmpp/drop', (_request, response) => {
    notifications.dropConnections();
    response.status(204).end();
  });

  router.post('/sandbox/reset', (_request, response) => {
    reset();
    response.status(204).end();
  });

  router.get('/sandbox/agents', (_request, response) => {
    response.json(
      system.directory.users.map((user) => {
        const status = system.roster.status(user.loginId);
        return {
          loginId: user.loginId,
          loginName: user.loginName,
          roles: user.roles,
          state: status.state,
          extension: status.extension,
        };
      }),
    );
  });

  return router;
}

/** 201 with the new call's dialogId, or the reason the sandbox could not place it. */
function answerCall(response: Response, place: () => string): void {
  try {
    const answer: InboundCallAnswer = { dialogId: place() };
    response.status(201).json(answer);
  } catch (error) {
    if (!(error instanceof InboundCallRefused)) throw error;
    sendJsonError(response, REFUSAL_STATUS[error.reason], error.reason, error.message);
  }
}

const REFUSAL_STATUS: Readonly<Record<InboundCallRefused['reason'], number>> = {
  unknown_extension: 404,
  unknown_queue: 404,
  agent_not_signed_in: 409,
  invalid_variables: 400,
};

function variablesOf(variables: Readonly<Record<string, string>> | undefined): Map<string, string> | undefined {
  return variables ? new Map(Object.entries(variables)) : undefined;
}
