import type { NextFunction, Request, Response } from 'express';
import type { DirectoryUser } from '../model/types.js';
import type { FinesseSystem } from '../finesse-system.js';
import { outOfService } from '../model/errors.js';

/**
 * Finesse answers every request with 503 while it is out of service, except SystemInfo, which clients poll to learn
 * when service is back; every other request needs Basic authentication, and SystemInfo too when the emulator was
 * started so.
 */
export function serviceAndAuthentication(system: FinesseSystem) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.path === '/finesse/api/SystemInfo') {
      if (system.systemInfoRequiresAuthentication)
        response.locals.actor = system.auth.authenticate(request.get('authorization'));
      next();
      return;
    }
    if (system.status !== 'IN_SERVICE') throw outOfService();
    response.locals.actor = system.auth.authenticate(request.get('authorization'));
    next();
  };
}

export function actorOf(response: Response): DirectoryUser {
  return response.locals.actor as DirectoryUser;
}
