import type { RequestHandler, Response } from 'express';
import type { Session } from '../auth/session.js';
import type { SessionService } from '../auth/session-service.js';

/** Routes behind it need `Authorization: Bearer <session token>`; the session is then on `response.locals`. */
export function requireSession(sessions: SessionService): RequestHandler {
  return async (request, response, next) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.get('authorization') ?? '');
    response.locals.session = await sessions.authenticate(match?.[1]);
    next();
  };
}

export function sessionOf(response: Response): Session {
  return response.locals.session as Session;
}
