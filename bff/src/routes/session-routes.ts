import express from 'express';
import type { Router } from 'express';
import type { SessionCreated, SessionInfo } from '../../../shared/api/session.js';
import type { SessionService } from '../services/session-service.js';
import { signInCredentials } from '../auth/finesse-sign-in-credentials.js';
import type { AgentService } from '../services/agent-service.js';
import { anySessionOf, requireSession, sessionOf } from '../http/session-middleware.js';

/** `/api/session`: sign in with Finesse credentials, read the session, sign out (API outline, Session). */
export function sessionRoutes(sessions: SessionService, agents: AgentService): Router {
  const router = express.Router();

  router.post('/api/session', async (request, response) => {
    const credentials = signInCredentials(request.body, request.get('authorization'));
    const created = await sessions.signIn(credentials, request.ip ?? 'unknown');
    const answer: SessionCreated = {
      token: created.token,
      expiresAt: created.expiresAt.toISOString(),
      agent: created.agent,
    };
    response.status(201).set('Cache-Control', 'no-store').json(answer);
  });

  router.get('/api/session', requireSession(sessions), async (_request, response) => {
    const session = sessionOf(response);
    const answer: SessionInfo = { agent: await agents.current(session), expiresAt: session.expiresAt.toISOString() };
    response.json(answer);
  });

  router.delete('/api/session', requireSession(sessions), async (_request, response) => {
    // Agents and administrators alike.
    await sessions.signOut(anySessionOf(response));
    response.status(204).end();
  });

  return router;
}
