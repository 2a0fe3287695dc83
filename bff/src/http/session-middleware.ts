import type { RequestHandler, Response } from 'express';
import type { AdministratorSession, AnySession, Session, SessionKind } from '../auth/session.js';
import { kindOf } from '../auth/session.js';
import type { SessionService } from '../services/session-service.js';
import { ForbiddenError } from '../errors.js';

/** Routes behind it need `Authorization: Bearer <session token>`; the session is then on `response.locals`. */
export function requireSession(sessions: SessionService): RequestHandler {
  return async (request, response, next) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.get('authorization') ?? '');
    response.locals.session = await sessions.authenticate(match?.[1]);
    next();
  };
}

const REFUSALS: Readonly<Record<SessionKind, string>> = {
  agent: "This needs an agent's session: an administrator's session has no Finesse agent",
  administrator:
    "This needs an administrator's session: sign in with CCE Administration credentials at POST /api/admin/session",
};

/**
 * The one place that decides whether a session may use a route: agents' routes take only agents' sessions (an
 * administrator has no Finesse agent), the Administration API only administrators' (an agent holds no CCE
 * credentials). Anything else is 403 `forbidden`. Runs after requireSession, so no session is already a 401.
 */
function sessionOfKind<Kind extends SessionKind>(response: Response, kind: Kind): Extract<AnySession, { kind?: Kind }> {
  const session = response.locals.session as AnySession;
  if (kindOf(session) !== kind) throw new ForbiddenError(REFUSALS[kind]);
  return session as Extract<AnySession, { kind?: Kind }>;
}

/** Routes behind it answer 403 to a session of the other kind. */
export function requireRole(kind: SessionKind): RequestHandler {
  return (_request, response, next) => {
    sessionOfKind(response, kind);
    next();
  };
}

/**
 * Supervisor routes: an agent's session whose Finesse User has the Supervisor role. Any other agent, and an
 * administrator, is refused with 403; which agents a supervisor may see is the supervisor service's to decide (404).
 */
export function requireSupervisor(): RequestHandler {
  return (_request, response, next) => {
    if (!sessionOf(response).roles.includes('Supervisor'))
      throw new ForbiddenError('This needs a supervisor: Finesse does not give you the Supervisor role');
    next();
  };
}

/** The agent's session of this request (403 for an administrator's). */
export function sessionOf(response: Response): Session {
  return sessionOfKind(response, 'agent');
}

/** The administrator's session of this request (403 for an agent's). */
export function administratorSessionOf(response: Response): AdministratorSession {
  return sessionOfKind(response, 'administrator');
}

/** Either kind: for what every session can do (sign out). */
export function anySessionOf(response: Response): AnySession {
  return response.locals.session as AnySession;
}

/**
 * Routes for those who oversee the contact center (reports and recordings): administrators' sessions, and agents'
 * sessions that carry Finesse's Supervisor role. Any other session is 403.
 */
export function requireSupervisorOrAdministrator(): RequestHandler {
  return (_request, response, next) => {
    const session = anySessionOf(response);
    if (session.kind !== 'administrator' && !session.roles.includes('Supervisor'))
      throw new ForbiddenError("This needs a supervisor's or an administrator's session");
    next();
  };
}
