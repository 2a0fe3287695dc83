import http from 'node:http';
import https from 'node:https';
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';
import type { Logger } from 'pino';
import { errorBody } from '../../../shared/errors.js';
import { ForbiddenError } from '../errors.js';
import type { Session } from '../auth/session.js';
import { sessionOf } from '../http/session-middleware.js';

export interface PassThroughOptions {
  /** Finesse's base URL (scheme, host, port). */
  readonly finesseUrl: string;
  readonly timeoutMs: number;
  readonly ca: string | undefined;
  readonly logger: Logger;
}

type Rule = readonly [method: string, path: RegExp];

/**
 * What the raw pass-through lets a session reach, relative to /finesse/api: the agent's own User and its
 * sub-resources, dialogs (Finesse itself refuses someone else's, since the agent's own credentials are sent), and
 * Finesse's read-only objects. `SELF` stands for the session's loginId.
 */
const RULES: readonly Rule[] = [
  ['GET', /^\/User\/SELF$/],
  ['PUT', /^\/User\/SELF$/],
  ['GET', /^\/User\/SELF\/(Dialogs|ReasonCodes|WrapUpReasons|PhoneBooks|Queues|MediaPropertiesLayout|TeamMessages)$/],
  ['GET', /^\/User\/SELF\/(ReasonCode|WrapUpReason|PhoneBook|Queue)\/[0-9]+$/],
  ['POST', /^\/User\/SELF\/Dialogs$/],
  ['GET', /^\/Dialog\/[0-9A-Za-z_]+$/],
  ['PUT', /^\/Dialog\/[0-9A-Za-z_]+$/],
  ['GET', /^\/Team\/[0-9]+$/],
  ['GET', /^\/SystemInfo$/],
];

function allowed(method: string, path: string, session: Session): boolean {
  return RULES.some(
    ([ruleMethod, pattern]) =>
      ruleMethod === method && new RegExp(pattern.source.replace('SELF', session.loginId)).test(path),
  );
}

/** Refuses anything outside the allowlist before it reaches the proxy. */
export const passThroughAllowlist: RequestHandler = (request, response, next) => {
  if (!allowed(request.method, request.path, sessionOf(response))) {
    throw new ForbiddenError(`${request.method} /finesse/api${request.path} is not available through the pass-through`);
  }
  next();
};

/**
 * `/finesse/api/*` passed to Finesse as Finesse speaks it (XML in and out), created once at start with a keep-alive
 * agent. The browser's Cookie and Authorization are replaced by the session's own Finesse credentials, upstream
 * Set-Cookie is dropped, and failures answer in the BFF's JSON error shape. No body parser runs on this path, so XML
 * bodies reach Finesse byte for byte.
 */
export function finessePassThrough(options: PassThroughOptions): RequestHandler {
  const target = new URL('/finesse/api', options.finesseUrl).toString();
  const agent = target.startsWith('https:')
    ? new https.Agent({ keepAlive: true, ...(options.ca === undefined ? {} : { ca: options.ca }) })
    : new http.Agent({ keepAlive: true });
  // http-proxy reports its own proxyTimeout as a plain "socket hang up", so the timeout is set here and remembered.
  const timedOut = new WeakSet<IncomingMessage>();
  return createProxyMiddleware({
    target,
    changeOrigin: true,
    agent,
    xfwd: false,
    on: {
      proxyReq: (proxyRequest, request, response) => {
        proxyRequest.setTimeout(options.timeoutMs, () => {
          timedOut.add(request);
          proxyRequest.destroy();
        });
        proxyRequest.removeHeader('cookie');
        proxyRequest.removeHeader('origin');
        proxyRequest.removeHeader('referer');
        const session = (response as unknown as { locals: { session: Session } }).locals.session;
        proxyRequest.setHeader('authorization', session.credentials.authorization);
      },
      proxyRes: (proxyResponse, _request, response) => {
        delete proxyResponse.headers['set-cookie'];
        // Finesse's Basic challenge would make the browser show its own password prompt.
        delete proxyResponse.headers['www-authenticate'];
        // An upstream that dies (or times out) after its headers must cut the browser's response too, or it hangs.
        proxyResponse.on('close', () => {
          if (!proxyResponse.complete) response.destroy();
        });
      },
      error: (error, request, response) => {
        const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
        const [status, errorCode, message] =
          timedOut.has(request) || code === 'ETIMEDOUT'
            ? ([504, 'upstream_timeout', 'Finesse did not answer in time'] as const)
            : code.startsWith('HPE_')
              ? ([502, 'upstream_invalid_response', 'Finesse answered with something that is not HTTP'] as const)
              : ([503, 'upstream_unavailable', 'Finesse could not be reached'] as const);
        options.logger.warn({ code, status }, 'Finesse pass-through failed');
        if (response instanceof http.ServerResponse) {
          if (!response.headersSent)
            response
              .writeHead(status, { 'Content-Type': 'application/json' })
              .end(JSON.stringify(errorBody(errorCode, message, { service: 'finesse', status })));
          else response.end();
        } else {
          response.destroy();
        }
      },
    },
  });
}
