import type { Request, Response } from 'express';
import { CceApiError } from '../model/cce-api-error.js';
import { sendApiErrors } from './cce-responses.js';

/** "404 Not Found: The URI requested does not exist on the server." */
export function notFound(): CceApiError {
  return new CceApiError(404, {
    errorType: 'notFound',
    errorMessage: 'The URI requested does not exist on the server',
  });
}

/** "405 Method Not Allowed", with the methods the resource has. */
export function methodNotAllowed(allow: string) {
  return (_request: Request, response: Response): void => {
    response.set('Allow', allow);
    sendApiErrors(response, 405, [
      { errorType: 'methodNotAllowed', errorMessage: 'The method is not allowed for this resource' },
    ]);
  };
}
