import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { sendContextError } from './context-responses.js';

/** Every call but ping needs `Authorization: Bearer <token>` (reference §1.6; the token is a machine account's). */
export function bearerAuthentication(token: string) {
  const expected = digest(token);
  return (request: Request, response: Response, next: NextFunction): void => {
    const match = /^Bearer ([^\s]+)$/i.exec(request.get('authorization') ?? '');
    if (match?.[1] !== undefined && timingSafeEqual(digest(match[1]), expected)) {
      next();
      return;
    }
    response.set('WWW-Authenticate', 'Bearer realm="Context Service"');
    sendContextError(
      response,
      401,
      match ? 'The bearer token is not valid' : 'Authorization: Bearer <token> is required',
    );
  };
}

/** Equal-length digests, so the comparison takes the same time whatever the token's length. */
function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
