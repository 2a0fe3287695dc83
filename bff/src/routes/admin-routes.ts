import express from 'express';
import type { Router } from 'express';
import {
  AdminSignInRequest,
  AuditQuery,
  CONNECTION_DATA_MAX_BYTES,
  RegistrationQuery,
  RegistrationUpdate,
  connectionDataBytes,
} from '../../../shared/api/admin.js';
import type {
  AdminSessionCreated,
  AdminSessionInfo,
  AuditTrail,
  ContextServiceSettings,
} from '../../../shared/api/admin.js';
import type { SessionService } from '../services/session-service.js';
import type { RegistrationService } from '../services/registration-service.js';
import type { AgentAdministrationService } from '../services/agent-administration-service.js';
import { adminAgentRoutes } from './admin-agent-routes.js';
import { ConnectionDataTooLargeError } from '../ccadmin/ccadmin-errors.js';
import { notFoundHandler } from '../http/error-middleware.js';
import { parseRequest } from '../http/request-validation.js';
import { administratorSessionOf, requireRole, requireSession } from '../http/session-middleware.js';

export interface AdminRouteOptions {
  readonly sessions: SessionService;
  readonly registrations: RegistrationService;
  readonly settings: ContextServiceSettings;
  readonly agents: AgentAdministrationService;
}

/**
 * `/api/admin` (API outline, Administration): an administrator signs in with CCE Administration credentials, then reads
 * and changes the Context Service registration, its audit trail and the BFF's Context Service settings. Every route but
 * the sign-in needs an administrator's session: none is 401, an agent's is 403.
 */
export function adminRoutes(options: AdminRouteOptions): Router {
  const { sessions, registrations } = options;
  const router = express.Router();

  router.post('/api/admin/session', async (request, response) => {
    const { username, password } = parseRequest(AdminSignInRequest, request.body);
    const user = username.trim();
    const authorization = `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
    const created = await sessions.signInAdministrator({ user, authorization }, request.ip ?? 'unknown');
    const answer: AdminSessionCreated = {
      token: created.token,
      expiresAt: created.expiresAt.toISOString(),
      administrator: created.administrator,
    };
    response.status(201).set('Cache-Control', 'no-store').json(answer);
  });

  router.use('/api/admin', requireSession(sessions), requireRole('administrator'));

  router.get('/api/admin/session', (_request, response) => {
    const session = administratorSessionOf(response);
    const answer: AdminSessionInfo = {
      administrator: { username: session.loginId },
      expiresAt: session.expiresAt.toISOString(),
    };
    response.json(answer);
  });

  router.get('/api/admin/context-service/registration', async (request, response) => {
    const { callbackUrl } = parseRequest(RegistrationQuery, request.query, 'query');
    response
      .set('Cache-Control', 'no-store')
      .json(await registrations.registration(administratorSessionOf(response), callbackUrl));
  });

  router.put('/api/admin/context-service/registration', async (request, response) => {
    const { connectionData } = parseRequest(RegistrationUpdate, request.body);
    const bytes = connectionDataBytes(connectionData);
    if (bytes > CONNECTION_DATA_MAX_BYTES) {
      throw new ConnectionDataTooLargeError(
        `connectionData: must be at most ${CONNECTION_DATA_MAX_BYTES} bytes in UTF-8 (CCE's 4 KB limit); this one is ${bytes} bytes`,
      );
    }
    response.json(await registrations.update(administratorSessionOf(response), connectionData));
  });

  router.get('/api/admin/audit', async (request, response) => {
    const { limit } = parseRequest(AuditQuery, request.query, 'query');
    const answer: AuditTrail = { entries: await registrations.auditTrail(limit) };
    response.set('Cache-Control', 'no-store').json(answer);
  });

  router.get('/api/admin/context-service/settings', (_request, response) => {
    response.json(options.settings);
  });

  router.use(adminAgentRoutes(options.agents));

  // An unknown administration path is 404 here, before the agents' routes would refuse an administrator with 403.
  router.use('/api/admin', notFoundHandler);
  return router;
}
