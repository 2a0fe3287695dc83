import express from 'express';
import type { Request, Router } from 'express';
import { WebexCallbackQuery, WebexConnectRequest } from '../../../shared/api/webex-admin.js';
import type { WebexConnectAnswer, WebexOrg, WebexOrgList } from '../../../shared/api/webex-admin.js';
import { parseRequest } from '../http/request-validation.js';
import { administratorSessionOf, requireRole, requireSession } from '../http/session-middleware.js';
import type { SessionService } from '../services/session-service.js';
import type { StoredWebexOrg } from '../store/webex-org-repository.js';
import type { WebexConnections } from '../webex/webex-connections.js';
import type { WebexOnboarding } from '../webex/webex-onboarding.js';

export interface WebexAdminRouteOptions {
  readonly sessions: SessionService;
  readonly onboarding: WebexOnboarding;
  readonly connections: WebexConnections;
  /** PUBLIC_URL; without it the redirect URI is the BFF's address as the administrator's browser reached it. */
  readonly publicUrl: string | undefined;
}

const CALLBACK_PATH = '/api/admin/webex/callback';

/**
 * `/api/admin/webex` (issue 11): connect a Webex Contact Center org ("Login with Webex"), list and disconnect orgs.
 * The callback is where Webex sends the administrator's browser back, which carries no session header: it is
 * accepted by its single-use `state`, bound to the session that started it, and it answers with a redirect to /admin
 * that names the outcome only.
 */
export function webexAdminRoutes(options: WebexAdminRouteOptions): Router {
  const { onboarding, connections } = options;
  const router = express.Router();

  router.get(CALLBACK_PATH, async (request, response) => {
    const outcome = await onboarding.complete(parseRequest(WebexCallbackQuery, request.query, 'query'));
    const page = new URLSearchParams({
      webex: outcome.outcome,
      ...(outcome.orgId === undefined ? {} : { org: outcome.orgId }),
      ...(outcome.reason === undefined ? {} : { reason: outcome.reason }),
    });
    // The code is in this request's URL: no page may receive it as a Referer.
    response
      .set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' })
      .redirect(303, `/admin?${page.toString()}`);
  });

  router.use('/api/admin/webex', requireSession(options.sessions), requireRole('administrator'));

  router.get('/api/admin/webex/orgs', async (_request, response) => {
    const answer: WebexOrgList = { orgs: (await connections.list()).map(viewOf), regions: [...onboarding.regions] };
    response.set('Cache-Control', 'no-store').json(answer);
  });

  router.post('/api/admin/webex/connect', (request, response) => {
    const { region } = parseRequest(WebexConnectRequest, request.body);
    const session = administratorSessionOf(response);
    const authorizeUrl = onboarding.begin(
      { actor: session.loginId, sessionHash: session.tokenHash },
      region,
      `${options.publicUrl ?? ownOrigin(request)}${CALLBACK_PATH}`,
    );
    const answer: WebexConnectAnswer = { authorizeUrl };
    response.set('Cache-Control', 'no-store').json(answer);
  });

  router.delete('/api/admin/webex/orgs/:orgId', async (request, response) => {
    await onboarding.disconnect(administratorSessionOf(response).loginId, request.params.orgId);
    response.status(204).end();
  });

  return router;
}

/** What the browser is shown of an org: never its tokens. */
function viewOf(org: StoredWebexOrg): WebexOrg {
  return {
    orgId: org.orgId,
    region: org.region,
    apiBase: org.apiBase,
    scopes: [...org.scopes],
    state: org.state,
    accessExpiresAt: org.accessExpiresAt.toISOString(),
    refreshExpiresAt: org.refreshExpiresAt.toISOString(),
    lastRefreshAt: org.lastRefreshAt?.toISOString() ?? null,
    connectedAt: org.connectedAt.toISOString(),
    connectedBy: org.connectedBy,
  };
}

/**
 * The BFF's origin as this administrator's browser reached it. A forged Host only misleads its own sender, and Webex
 * accepts only the redirect URIs registered for the integration.
 */
function ownOrigin(request: Request): string {
  return `${request.protocol}://${request.get('host') ?? 'localhost'}`;
}
