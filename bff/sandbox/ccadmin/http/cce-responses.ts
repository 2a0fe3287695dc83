import type { NextFunction, Request, Response } from 'express';
import type { ApiErrorItem } from '../model/cce-api-error.js';
import { CceApiError } from '../model/cce-api-error.js';
import { apiErrorsDocument } from '../xml/api-errors-xml.js';
import type { XmlElement } from '../xml/xml-writer.js';
import { writeXml } from '../xml/xml-writer.js';

/**
 * CCE answers in XML ("All output is provided as XML when there is a response other than HTTP headers"); the seed
 * names no media type, so the emulator uses application/xml.
 */
const XML = 'application/xml';

export function sendXml(response: Response, status: number, document: XmlElement): void {
  response.status(status).type(XML).send(writeXml(document));
}

export function sendApiErrors(response: Response, status: number, items: readonly ApiErrorItem[]): void {
  sendXml(response, status, apiErrorsDocument(items));
}

export function sendCceError(response: Response, error: CceApiError): void {
  sendApiErrors(response, error.status, [error.item]);
}

function field(error: unknown, name: 'status' | 'type'): unknown {
  return typeof error === 'object' && error !== null && name in error
    ? (error as Record<string, unknown>)[name]
    : undefined;
}

/** Any failure leaves as `<apiErrors>`; nothing a client sends takes the emulator down or shows a stack. */
export function cceErrorHandler(error: unknown, _request: Request, response: Response, next: NextFunction): void {
  if (response.headersSent) {
    next(error);
    return;
  }
  if (error instanceof CceApiError) {
    sendCceError(response, error);
    return;
  }
  const status = field(error, 'status');
  if (field(error, 'type') === 'entity.too.large') {
    sendApiErrors(response, 413, [
      { errorType: 'invalidInput.requestTooLarge', errorMessage: 'The request body is too large' },
    ]);
  } else if (typeof status === 'number' && status >= 400 && status < 500) {
    sendApiErrors(response, 400, [
      { errorType: 'invalidInput.malformedXml', errorMessage: 'The request body could not be read' },
    ]);
  } else {
    sendApiErrors(response, 500, [{ errorType: 'internalError', errorMessage: 'Internal server error' }]);
  }
}
