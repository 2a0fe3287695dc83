import type { NextFunction, Request, Response } from 'express';
import type { ObjectStore } from '../model/object-store.js';
import type { ContextService } from '../context-service.js';
import { badRequest } from '../model/context-error.js';

const HEADER = 'cisco-context-labmode';

/** `cisco-context-labmode: true|false` (reference §1.6); absent means production. */
export function isLabMode(request: Request): boolean {
  const value = request.get(HEADER)?.trim().toLowerCase();
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  throw badRequest(`${HEADER} must be true or false`);
}

/** Picks the lab or the production store for the rest of the request. */
export function chooseStore(service: ContextService) {
  return (request: Request, response: Response, next: NextFunction): void => {
    response.locals.store = isLabMode(request) ? service.stores.lab : service.stores.production;
    next();
  };
}

export function storeOf(response: Response): ObjectStore {
  return response.locals.store as ObjectStore;
}
