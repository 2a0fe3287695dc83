import type { NextFunction, Request, Response } from 'express';
import type { XmlElement } from '../xml/xml-codec.js';
import { writeXml } from '../xml/xml-codec.js';
import { apiErrorsDocument } from '../xml/api-errors-xml.js';
import type { SyncErrorType } from '../model/errors.js';
import { FinesseApiError, badRequest } from '../model/errors.js';

const XML = 'application/xml';

export function sendXml(response: Response, document: XmlElement): void {
  response.status(200).type(XML).send(writeXml(document));
}

/** Writes answer 202 with an empty body; the outcome follows as a notification. The requestId header is echoed. */
export function sendAccepted(request: Request, response: Response): void {
  const requestId = request.get('requestId');
  if (requestId !== undefined) response.set('requestId', requestId);
  response.status(202).end();
}

export function sendApiError(response: Response, error: FinesseApiError): void {
  if (error.status === 401) response.set('WWW-Authenticate', 'Basic realm="Cisco Finesse"');
  response
    .status(error.status)
    .type(XML)
    .send(writeXml(apiErrorsDocument(error)));
}

/** The ErrorType Finesse uses for a status, for answers not tied to a specific check (faults, unknown routes). */
export function errorTypeFor(status: number): SyncErrorType {
  const types: Record<number, SyncErrorType> = {
    400: 'Bad Request',
    401: 'Authorization Failure',
    404: 'Not Found',
    405: 'Method Not Allowed',
    501: 'Not Implemented',
    503: 'Service Unavailable',
  };
  return types[status] ?? 'Internal Server Error';
}

function hasStatusAndType(error: unknown): error is { status: number; type: string } {
  return typeof error === 'object' && error !== null && 'status' in error && 'type' in error;
}

/** Every failure leaves as an ApiErrors document; nothing thrown here takes the emulator down. */
export function finesseErrorHandler(error: unknown, _request: Request, response: Response, next: NextFunction): void {
  if (response.headersSent) {
    next(error);
    return;
  }
  if (error instanceof FinesseApiError) {
    sendApiError(response, error);
    return;
  }
  if (hasStatusAndType(error) && error.type === 'entity.too.large') {
    sendApiError(response, badRequest('', 'Request body is too large'));
    return;
  }
  if (hasStatusAndType(error) && error.status >= 400 && error.status < 500) {
    sendApiError(response, badRequest('', 'Request could not be read'));
    return;
  }
  sendApiError(response, new FinesseApiError(500, 'Internal Server Error', '', 'RUNTIME_EXCEPTION'));
}
