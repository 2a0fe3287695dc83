import type { NextFunction, Request, Response } from 'express';
import type { RateBudget } from '../../webex/http/rate-budget.js';
import { sendGatewayTooManyRequests } from '../../webex/http/error-bodies.js';
import { sendJourneyError } from './journey-errors.js';

/**
 * JDS's gate (`bearerAuth` in the OpenAPI): `Authorization: Bearer <token>` — or, on the event stream alone, the
 * `bearerToken` query parameter the journey widget's EventSource sends because a browser EventSource cannot set
 * headers (cjaas-widgets). 401 when missing or wrong; then the token's rate budget (429 with Retry-After; JDS declares
 * "429 Too many requests" without numbers [U], so the budget is Webex's 300 a minute unless told otherwise).
 */
export function bearerAuthentication(token: string, budget: RateBudget) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const presented = bearerOf(request);
    if (presented !== token) {
      sendJourneyError(
        response,
        401,
        presented === undefined ? 'Authorization: Bearer <access token> is required.' : 'Incorrect Credentials.',
      );
      return;
    }
    const retryAfter = budget.take(presented);
    if (retryAfter !== undefined) {
      sendGatewayTooManyRequests(response, retryAfter);
      return;
    }
    next();
  };
}

function bearerOf(request: Request): string | undefined {
  const match = /^Bearer (\S+)$/i.exec(request.get('authorization') ?? '');
  if (match?.[1]) return match[1];
  const fromQuery = request.query.bearerToken;
  return request.path.startsWith('/v1/api/events/stream/') && typeof fromQuery === 'string' && fromQuery !== ''
    ? fromQuery
    : undefined;
}
