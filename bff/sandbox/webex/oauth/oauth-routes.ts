import express from 'express';
import type { Response, Router } from 'express';
import type { WebexCloud } from '../webex-cloud.js';
import { trackingIdOf } from '../http/error-bodies.js';
import { readAuthorizeRequest, redirectWith } from './authorize-request.js';
import type { AuthorizeReading, AuthorizeRequest } from './authorize-request.js';
import { PAGE_SECURITY_POLICY, authorizeErrorPage, consentPage } from './consent-page.js';
import { GrantRefused } from './token-book.js';
import type { TokenPair } from './token-book.js';

/**
 * The OAuth host (webexapis.com): `GET /v1/authorize` shows the consent page, its form posts back and the browser is
 * sent to the redirect URI with `code` and `state` (or `error=access_denied`); `POST /v1/access_token` takes the
 * `authorization_code` and `refresh_token` grants, form-encoded, with the client secret.
 */
export function oauthRoutes(cloud: WebexCloud): Router {
  const router = express.Router();
  const form = express.urlencoded({ extended: false, limit: '16kb' });
  router.use('/v1/authorize', (_request, response, next) => {
    response.set({
      'Content-Security-Policy': PAGE_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    next();
  });

  router.get('/v1/authorize', (request, response) => {
    const authorizeRequest = checkedOrAnswered(readAuthorizeRequest(request.query, cloud.clients), response);
    if (authorizeRequest) response.type('html').send(consentPage(authorizeRequest, cloud.orgs));
  });

  router.post('/v1/authorize', form, (request, response) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const authorizeRequest = checkedOrAnswered(readAuthorizeRequest(body, cloud.clients), response);
    if (!authorizeRequest) return;
    const { integration, redirectUri, scopes, state } = authorizeRequest;
    const org = cloud.orgs.find((candidate) => candidate.admin.id === body.person);
    if (body.decision !== 'accept' || !org) {
      response.redirect(
        302,
        redirectWith(redirectUri, {
          error: 'access_denied',
          error_description: 'The user declined the authorization',
          state,
        }),
      );
      return;
    }
    const code = cloud.tokens.issueCode(
      { orgId: org.id, cluster: org.cluster, personId: org.admin.id, clientId: integration.clientId, scopes },
      redirectUri,
    );
    response.redirect(302, redirectWith(redirectUri, { code, state }));
  });

  router.post('/v1/access_token', form, (request, response) => {
    if (!request.is('application/x-www-form-urlencoded')) {
      sendTokenError(response, 400, 'invalid_request', 'Content-Type must be application/x-www-form-urlencoded');
      return;
    }
    const body = request.body as Record<string, unknown>;
    const text = (name: string): string => (typeof body[name] === 'string' ? body[name] : '');
    const grantType = text('grant_type');
    if (grantType !== 'authorization_code' && grantType !== 'refresh_token') {
      sendTokenError(
        response,
        400,
        grantType === '' ? 'invalid_request' : 'unsupported_grant_type',
        'grant_type must be authorization_code or refresh_token',
      );
      return;
    }
    const missing = [
      'client_id',
      'client_secret',
      ...(grantType === 'authorization_code' ? ['code', 'redirect_uri'] : ['refresh_token']),
    ].filter((name) => text(name) === '');
    if (missing.length > 0) {
      sendTokenError(response, 400, 'invalid_request', `Missing ${missing.join(', ')}`);
      return;
    }
    const integration = cloud.clients.authenticate(text('client_id'), text('client_secret'));
    if (!integration) {
      sendTokenError(response, 401, 'invalid_client', 'The client_id or client_secret is not valid');
      return;
    }
    try {
      const pair: TokenPair =
        grantType === 'authorization_code'
          ? cloud.tokens.redeemCode(text('code'), integration.clientId, text('redirect_uri'))
          : cloud.tokens.refresh(text('refresh_token'), integration.clientId);
      response.set('Cache-Control', 'no-store').json(pair);
    } catch (error) {
      if (!(error instanceof GrantRefused)) throw error;
      sendTokenError(response, 400, 'invalid_grant', error.message);
    }
  });

  return router;
}

/** The checked request, or undefined once an error page or an error redirect has answered. */
function checkedOrAnswered(reading: AuthorizeReading, response: Response): AuthorizeRequest | undefined {
  if ('request' in reading) return reading.request;
  if ('pageError' in reading) {
    response.status(400).type('html').send(authorizeErrorPage(reading.pageError));
    return undefined;
  }
  const { redirectUri, error, description, state } = reading.redirectError;
  response.redirect(302, redirectWith(redirectUri, { error, error_description: description, state }));
  return undefined;
}

/**
 * RFC 6749 §5.2's error body. Webex's exact token-error body is not documented (reported as 400 `invalid_grant` for
 * a spent refresh token), so the RFC's shape is used, with Webex's `trackingId`.
 */
function sendTokenError(response: Response, status: number, error: string, description: string): void {
  response
    .status(status)
    .set('Cache-Control', 'no-store')
    .json({ error, error_description: description, trackingId: trackingIdOf(response) });
}
