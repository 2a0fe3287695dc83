import express from 'express';
import type { Request, Response, Router } from 'express';
import type { PrincipalAw, UpdateOutcome } from '../model/principal-aw.js';
import type { RegistrationLinks } from '../model/registration-view.js';
import { registrationView } from '../model/registration-view.js';
import { MAX_CONNECTION_DATA_BYTES } from '../model/registration-rules.js';
import { parseCallbackUrl } from '../model/callback-url.js';
import { CceApiError } from '../model/cce-api-error.js';
import { readConnectionData, registrationDocument } from '../xml/registration-xml.js';
import { sendApiErrors, sendXml } from './cce-responses.js';

export const REGISTRATION_PATH = '/unifiedconfig/config/contextserviceregistration';

/** The documented answers' wording, kept verbatim for clients that show or match it. */
const PARTIAL_SUCCESS_MESSAGE = 'Configuration update failed for one or more devices.';
const BUSY_MESSAGE = 'The server is currently busy. Please try again later.';
const DEREGISTER_FIRST_MESSAGE =
  'You must deregister before reregistering to Context Service. If the current connectionData is not empty, you can set the value either to an empty string or to the current value.';

/** `GET` (the get operation) and `PUT` (the update operation) of the Context Service Registration API. */
export function registrationRoutes(aw: PrincipalAw, links: RegistrationLinks): Router {
  const router = express.Router({ caseSensitive: true });
  router
    .route(REGISTRATION_PATH)
    .get((request, response) => {
      const callbackUrl = readCallbackUrl(request);
      sendXml(response, 200, registrationDocument(registrationView(aw.registration.state, links, callbackUrl)));
    })
    .put((request, response) => {
      const body = typeof request.body === 'string' ? request.body : '';
      answerUpdate(response, aw.update(readConnectionData(body)));
    })
    .all((_request, response) => {
      response.set('Allow', 'GET, HEAD, PUT');
      sendApiErrors(response, 405, [
        { errorType: 'methodNotAllowed', errorMessage: 'The method is not allowed for this resource' },
      ]);
    });
  return router;
}

/**
 * The optional callbackUrl query parameter. Absent or empty means none (no registration or deregistration URL); a
 * repeated one counts with its last value, as CCE treats duplicated parameters. A value that is not an absolute
 * http(s) URL is refused: the seed is silent here, and the emulator will not hand out a wizard link that could not
 * redirect back.
 */
function readCallbackUrl(request: Request): string | undefined {
  const raw: unknown = request.query.callbackUrl;
  const value: unknown = Array.isArray(raw) ? raw.at(-1) : raw;
  if (value === undefined || value === '') return undefined;
  const parsed = typeof value === 'string' ? parseCallbackUrl(value) : undefined;
  if (parsed === undefined) {
    throw new CceApiError(400, {
      errorData: 'callbackUrl',
      errorMessage: 'callbackUrl must be an absolute http or https URL',
      errorType: 'invalidInput.invalidValue',
    });
  }
  return parsed;
}

function answerUpdate(response: Response, outcome: UpdateOutcome): void {
  switch (outcome.kind) {
    case 'saved':
      // Documented as "Code: 200 Response: Successfully saved": the text itself is the body.
      response.status(200).type('text/plain').send('Successfully saved');
      return;
    case 'partial':
      // The documented example body, with the failed devices named after the documented sentence.
      sendApiErrors(response, 201, [
        {
          errorMessage: `${PARTIAL_SUCCESS_MESSAGE} Failed devices: ${outcome.failedDevices.join(', ')}.`,
          errorType: 'PARTIAL_SUCCESS',
        },
      ]);
      return;
    case 'busy':
      // The seed documents the 503 and its message but no Retry-After and no errorType; the emulator adds the header
      // (seconds left in the running sync) because HTTP allows it on 503. Real CCE may not send it.
      response.set('Retry-After', String(Math.max(1, Math.ceil(outcome.retryAfterMs / 1000))));
      sendApiErrors(response, 503, [{ errorMessage: BUSY_MESSAGE, errorType: 'SERVER_BUSY' }]);
      return;
    case 'awFailure':
      // The seed lists "Failure - The configuration updates to AW DB is failed." with no status code or body: the
      // emulator answers 500 (CCE's "problem on the server") with an apiErrors body named after that heading.
      sendApiErrors(response, 500, [
        { errorMessage: 'The configuration update to the AW DB failed.', errorType: 'FAILURE' },
      ]);
      return;
    case 'tooLong':
      // "The maximum size is 4 KB"; errorType and errorDetail follow CCE's documented length error.
      sendApiErrors(response, 400, [
        {
          errorData: 'connectionData',
          errorDetail: { max: String(MAX_CONNECTION_DATA_BYTES) },
          errorMessage: `connectionData is ${outcome.bytes} bytes; the maximum size is 4 KB (${MAX_CONNECTION_DATA_BYTES} bytes)`,
          errorType: 'invalidInput.fieldLengthExceeded',
        },
      ]);
      return;
    case 'deregisterFirst':
      // The rule is documented, its error is not: 400 (CCE's status for an invalid request) quoting the rule.
      sendApiErrors(response, 400, [
        {
          errorData: 'connectionData',
          errorMessage: DEREGISTER_FIRST_MESSAGE,
          errorType: 'invalidInput.deregistrationRequired',
        },
      ]);
      return;
  }
}
