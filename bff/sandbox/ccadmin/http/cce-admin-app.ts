import express from 'express';
import type { Express, NextFunction, Request, Response } from 'express';
import type { FaultBook } from '../../control/fault-book.js';
import { sendJsonError } from '../../control/json-answers.js';
import type { PrincipalAw } from '../model/principal-aw.js';
import type { RegistrationLinks } from '../model/registration-view.js';
import type { WizardTickets } from '../wizard/wizard-tickets.js';
import { wizardRoutes } from '../wizard/wizard-routes.js';
import type { AdministratorAccount } from './basic-auth.js';
import { basicAuthentication } from './basic-auth.js';
import { cceErrorHandler, sendApiErrors } from './cce-responses.js';
import { controlRoutes } from './control-routes.js';
import { notFound } from './resource-answers.js';
import { registrationRoutes } from './registration-routes.js';
import { agentRoutes } from './agent-routes.js';
import { agentTeamRoutes } from './agent-team-routes.js';
import type { AgentDirectory } from '../../directory/agent-directory.js';

/**
 * Update bodies hold at most 4 KB of connection data, but character references may spell it out at several times
 * that size; anything past this is not a registration body.
 */
export const MAX_BODY = '64kb';

export interface CceAdminParts {
  readonly aw: PrincipalAw;
  readonly account: AdministratorAccount;
  readonly links: RegistrationLinks;
  readonly tickets: WizardTickets;
  readonly faults: FaultBook;
  readonly issueConnectionData: () => string;
  /** The agents and teams, shared with the Finesse emulator. */
  readonly agents: AgentDirectory;
  /** The emulator's own base URL, for Location headers and page links (never built from the Host header). */
  readonly baseUrl: () => string;
  readonly reset: () => void;
}

/**
 * The emulator's HTTP face: the Context Service Registration, Agent and Agent Team APIs under /unifiedconfig (XML,
 * Basic auth), the
 * emulated Webex wizard under /webex (HTML forms), and the sandbox control API under /sandbox (JSON).
 */
export function cceAdminApp(parts: CceAdminParts): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('case sensitive routing', true);
  app.set('etag', false);

  // Control API.
  app.use('/sandbox', express.json({ limit: '64kb' }));
  app.use(parts.faults.routes());
  app.use(controlRoutes(parts.aw, parts.reset));
  app.use('/sandbox', (_request, response) =>
    sendJsonError(response, 404, 'not_found', 'No such sandbox control endpoint'),
  );
  app.use('/sandbox', (error: unknown, _request: Request, response: Response, _next: NextFunction) => {
    const status =
      typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
        ? error.status
        : 500;
    sendJsonError(
      response,
      status,
      status < 500 ? 'invalid_request' : 'internal_error',
      status < 500 ? 'Request body could not be read' : 'Internal error',
    );
  });

  app.use(parts.faults.middleware());
  app.use(wizardRoutes(parts.tickets, parts.issueConnectionData));

  // CCE Administration API: authenticate before reading any body.
  app.use('/unifiedconfig', basicAuthentication(parts.account));
  app.use('/unifiedconfig', express.text({ type: () => true, limit: MAX_BODY }));
  app.use(registrationRoutes(parts.aw, parts.links));
  app.use(agentRoutes(parts.agents, parts.baseUrl));
  app.use(agentTeamRoutes(parts.agents, parts.baseUrl));
  app.use((_request, response) => sendApiErrors(response, 404, [notFound().item]));
  app.use(cceErrorHandler);
  return app;
}
