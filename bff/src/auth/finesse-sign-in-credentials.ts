import { SignInRequest } from '../../../shared/api/session.js';
import { hasControlCharacters } from '../../../shared/api/text-rules.js';
import { InvalidRequestError, UnauthorizedError } from '../errors.js';
import { parseRequest } from '../http/request-validation.js';
import type { Credentials } from '../domain/types.js';

/**
 * The Finesse credentials a sign-in brings: a `{ username, password }` body (the standalone form), or no body and the
 * Authorization finesse.js holds inside the Finesse desktop: `Basic base64(id:password)`, or under SSO
 * `Bearer <token>` with a `{ username }` body naming the agent (a bearer token does not say who it is).
 */
export function signInCredentials(body: unknown, authorization: string | undefined): Credentials {
  const hasBody = typeof body === 'object' && body !== null && Object.keys(body).length > 0;
  const scheme = /^(Basic|Bearer)\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (scheme?.[1]?.toLowerCase() === 'bearer' && scheme[2] !== undefined) {
    const username = hasBody && 'username' in body && typeof body.username === 'string' ? body.username.trim() : '';
    if (!/^[A-Za-z0-9._@-]{1,128}$/.test(username))
      throw new InvalidRequestError('username: is required with a Bearer token and must be a Finesse login id or name');
    return { user: username, authorization: `Bearer ${scheme[2]}` };
  }
  if (hasBody) {
    const { username, password } = parseRequest(SignInRequest, body);
    return {
      user: username.trim(),
      authorization: `Basic ${Buffer.from(`${username.trim()}:${password}`, 'utf8').toString('base64')}`,
    };
  }
  if (scheme?.[1]?.toLowerCase() === 'basic' && scheme[2] !== undefined) {
    const decoded = Buffer.from(scheme[2], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const user = colon > 0 ? decoded.slice(0, colon) : '';
    if (user === '' || colon === decoded.length - 1 || hasControlCharacters(decoded))
      throw new UnauthorizedError('invalid_credentials', 'The Basic credentials are malformed');
    return { user, authorization: `Basic ${scheme[2]}` };
  }
  throw new InvalidRequestError('Sign in with { "username", "password" } or the Finesse Authorization header');
}
