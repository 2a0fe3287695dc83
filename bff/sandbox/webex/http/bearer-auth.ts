import type { NextFunction, Request, Response } from 'express';
import type { Grant, TokenBook } from '../oauth/token-book.js';
import type { RateBudget } from './rate-budget.js';
import { sendGatewayTooManyRequests } from './error-bodies.js';
import { sendApiError, WebexApiError } from './api-error.js';

/** Whose token each request on the API host carries, set by `bearerAuthentication`. */
const grants = new WeakMap<Response, Grant>();

/**
 * The API host's gate: `Authorization: Bearer <access token>` (400 when missing or not a bearer, 401 when not valid or
 * expired, as the WxCC API overview documents), then the client's rate budget (the gateway's 429 with Retry-After).
 */
export function bearerAuthentication(tokens: TokenBook, budget: RateBudget, now: () => number) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const match = /^Bearer ([^\s]+)$/i.exec(request.get('authorization') ?? '');
    if (!match?.[1]) {
      sendApiError(request, response, 400, 'Authorization: Bearer <access token> is required.', now());
      return;
    }
    const grant = tokens.grantOf(match[1]);
    if (!grant) {
      sendApiError(request, response, 401, 'Incorrect Credentials.', now());
      return;
    }
    const retryAfter = budget.take(grant.clientId);
    if (retryAfter !== undefined) {
      sendGatewayTooManyRequests(response, retryAfter);
      return;
    }
    grants.set(response, grant);
    next();
  };
}

/** The grant `bearerAuthentication` found; routes behind it always have one. */
export function grantOf(response: Response): Grant {
  const grant = grants.get(response);
  if (!grant) throw new Error('A Webex API route ran without bearerAuthentication');
  return grant;
}

/** 403 unless the token carries one of `scopes` (`cjp:config` grants read and write). */
export function requireScope(grant: Grant, ...scopes: readonly string[]): void {
  if (!scopes.some((scope) => grant.scopes.includes(scope)))
    throw new WebexApiError(403, `The access token lacks the scope ${scopes.join(' or ')}`);
}

/** The grant of a data API read: a read scope, and an `orgId` parameter (optional) naming the token's organisation. */
export function dataReader(request: Request, response: Response): Grant {
  const grant = grantOf(response);
  requireScope(grant, 'cjp:config', 'cjp:config_read');
  const orgId = request.query.orgId;
  if (orgId !== undefined && orgId !== grant.orgId)
    throw new WebexApiError(403, 'The access token does not give access to this organization');
  return grant;
}
