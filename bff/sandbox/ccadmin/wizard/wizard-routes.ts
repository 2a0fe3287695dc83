import express from 'express';
import type { NextFunction, Request, Response, Router } from 'express';
import { appendConnectionData, parseCallbackUrl } from '../model/callback-url.js';
import { sameSecret } from '../http/constant-time.js';
import type { WizardFlow } from './wizard-flows.js';
import { WEBEX_ADMIN, isWizardFlow } from './wizard-flows.js';
import type { WizardTickets } from './wizard-tickets.js';
import { confirmPage, managementPage, problemPage, signInPage } from './wizard-pages.js';

const BAD_CALLBACK =
  'The callback URL is missing or is not an absolute http or https address, so this page could not send you back.';
const MAX_FIELD_LENGTH = 4096;

/**
 * The emulated Webex registration and deregistration wizards that registrationUrl and deregistrationUrl open: sign in,
 * confirm, then a 303 back to the callback with `connectionData` appended (step 7 of the documented workflow). They
 * only hand out connection data; the registration state changes when the callback page PUTs it to CCE.
 */
export function wizardRoutes(tickets: WizardTickets, issueConnectionData: () => string): Router {
  const router = express.Router({ caseSensitive: true });
  router.use('/webex', securityHeaders);
  router.use('/webex', express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 20 }));

  router.get('/webex/management', (_request, response) => {
    response.type('html').send(managementPage());
  });

  router.get('/webex/:flow', (request, response, next) => {
    const flow = request.params.flow;
    if (!isWizardFlow(flow)) {
      next();
      return;
    }
    const callbackUrl = parseCallbackUrl(lastValue(request.query.callbackUrl) ?? '');
    if (callbackUrl === undefined)
      response.status(400).type('html').send(problemPage('This page cannot start', BAD_CALLBACK));
    else response.type('html').send(signInPage(flow, callbackUrl));
  });

  router.post('/webex/:flow/sign-in', (request, response, next) => {
    const flow = request.params.flow;
    if (!isWizardFlow(flow)) {
      next();
      return;
    }
    const callbackUrl = parseCallbackUrl(formField(request, 'callbackUrl') ?? '');
    if (callbackUrl === undefined) {
      response.status(400).type('html').send(problemPage('This page cannot continue', BAD_CALLBACK));
      return;
    }
    const username = formField(request, 'username') ?? '';
    const password = formField(request, 'password') ?? '';
    // Both comparisons always run, so a wrong username takes as long as a wrong password.
    const userMatches = sameSecret(username, WEBEX_ADMIN.username);
    const passwordMatches = sameSecret(password, WEBEX_ADMIN.password);
    if (!userMatches || !passwordMatches) {
      response.type('html').send(signInPage(flow, callbackUrl, { username }));
      return;
    }
    response.type('html').send(confirmPage(flow, tickets.issue(flow, callbackUrl), callbackUrl));
  });

  router.post('/webex/:flow/confirm', (request, response, next) => {
    const flow = request.params.flow;
    if (!isWizardFlow(flow)) {
      next();
      return;
    }
    const ticketId = formField(request, 'ticket') ?? '';
    const consentMissing = flow === 'registration' && formField(request, 'allowAccess') === undefined;
    const lookup = consentMissing ? tickets.touch(ticketId, flow) : tickets.redeem(ticketId, flow);
    if (lookup.kind === 'unknown') {
      response
        .status(400)
        .type('html')
        .send(
          problemPage(
            'This sign-in is not valid',
            'This step was already completed or never started. Start again from Unified CCE Administration.',
          ),
        );
    } else if (lookup.kind === 'expired') {
      const { callbackUrl } = lookup.ticket;
      response
        .status(400)
        .type('html')
        .send(
          problemPage(
            'Your session timed out',
            'Nothing happened for 10 minutes, so you were signed out. Sign in again.',
            { flow, callbackUrl },
          ),
        );
    } else if (consentMissing) {
      response.type('html').send(confirmPage(flow, ticketId, lookup.ticket.callbackUrl, true));
    } else {
      response.redirect(
        303,
        appendConnectionData(lookup.ticket.callbackUrl, connectionDataFor(flow, issueConnectionData)),
      );
    }
  });

  router.use('/webex', (_request, response) => {
    response
      .status(404)
      .type('html')
      .send(problemPage('Page not found', 'There is no such page in the emulated Webex wizard.'));
  });
  router.use('/webex', (error: unknown, _request: Request, response: Response, next: NextFunction) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const tooLarge =
      typeof error === 'object' && error !== null && 'type' in error && error.type === 'entity.too.large';
    response
      .status(tooLarge ? 413 : 400)
      .type('html')
      .send(
        problemPage(
          'This form could not be read',
          tooLarge
            ? 'The form is too large.'
            : 'The form could not be read. Start again from Unified CCE Administration.',
        ),
      );
  });
  return router;
}

function connectionDataFor(flow: WizardFlow, issueConnectionData: () => string): string {
  return flow === 'registration' ? issueConnectionData() : '';
}

/** No script may run, nothing may frame the pages (they hold a sign-in), and nothing they carry is cached. */
function securityHeaders(_request: Request, response: Response, next: NextFunction): void {
  response.set({
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  next();
}

function lastValue(value: unknown): string | undefined {
  const last: unknown = Array.isArray(value) ? value.at(-1) : value;
  return typeof last === 'string' && last.length <= MAX_FIELD_LENGTH ? last : undefined;
}

/** A form field's value (the last one if repeated), or undefined when absent or unreasonably long. */
function formField(request: Request, name: string): string | undefined {
  const body: unknown = request.body;
  return typeof body === 'object' && body !== null ? lastValue((body as Record<string, unknown>)[name]) : undefined;
}
