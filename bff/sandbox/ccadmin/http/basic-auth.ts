import type { NextFunction, Request, Response } from 'express';
import { sendApiErrors } from './cce-responses.js';
import { sameSecret } from './constant-time.js';

export interface AdministratorAccount {
  readonly username: string;
  readonly password: string;
}

/**
 * HTTP Basic authentication with the administrator account on every CCE Administration API request. Anything else
 * (no header, another scheme, a wrong name or password, a header that does not decode) is 401 "The authentication
 * credentials were not supplied or were incorrect" (CCE Developer Reference, HTTP responses), with the apiErrors body
 * every CCE failure carries. The errorType and realm are the emulator's own: neither is documented.
 */
export function basicAuthentication(account: AdministratorAccount) {
  const expected = `${account.username}:${account.password}`;
  return (request: Request, response: Response, next: NextFunction): void => {
    const given = decodeBasic(request.get('authorization'));
    if (given !== undefined && sameSecret(given, expected)) {
      next();
      return;
    }
    response.set('WWW-Authenticate', 'Basic realm="Unified CCE Administration", charset="UTF-8"');
    sendApiErrors(response, 401, [
      {
        errorType: 'authentication.failed',
        errorMessage: 'The authentication credentials were not supplied or were incorrect',
      },
    ]);
  };
}

/** `user:password` from a Basic header, or undefined when the header is absent, of another scheme, or malformed. */
function decodeBasic(header: string | undefined): string | undefined {
  const match = /^Basic +([A-Za-z0-9+/]+={0,2}) *$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  return decoded.indexOf(':') > 0 ? decoded : undefined;
}
