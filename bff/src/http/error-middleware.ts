import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { errorBody } from '../../../shared/errors.js';
import { AppError, InvalidRequestError, NotFoundError, PayloadTooLargeError, TooManyRequestsError, UpstreamError } from '../errors.js';

/** Express's body parsers fail with an http-errors object carrying `type` and `status`. */
function bodyParserFailure(error: unknown): { type: string; status: number } | undefined {
  if (typeof error !== 'object' || error === null || !('type' in error) || !('status' in error)) return undefined;
  const { type, status } = error;
  return typeof type === 'string' && typeof status === 'number' ? { type, status } : undefined;
}

function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  const parser = bodyParserFailure(error);
  if (!parser) return undefined;
  if (parser.type === 'entity.too.large') return new PayloadTooLargeError('Request body is too large');
  if (parser.type === 'entity.parse.failed') return new InvalidRequestError('Request body is not valid JSON');
  if (parser.status < 500) return new InvalidRequestError('Request body could not be read');
  return undefined;
}

/**
 * Maps any error to `{ error: { code, message, upstream? } }`. Unknown errors answer 500 `internal_error` with no
 * detail; the log gets the detail (redacted by the logger), the client never gets a stack or `logInfo`.
 */
export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const known = toAppError(error);
    if (!known) {
      logger.error({ err: error, method: request.method, path: request.path }, 'unhandled error');
      response.status(500).json(errorBody('internal_error', 'Something went wrong; the error was logged'));
      return;
    }
    if (known.status >= 500) logger.warn({ code: known.code, status: known.status, logInfo: known.details.logInfo, upstream: known.details.upstream }, known.message);
    else if (known.details.logInfo !== undefined) logger.info({ code: known.code, logInfo: known.details.logInfo }, known.message);
    const retryAfter = known instanceof TooManyRequestsError || known instanceof UpstreamError ? known.retryAfterSeconds : undefined;
    if (retryAfter !== undefined) response.set('Retry-After', String(retryAfter));
    response.status(known.status).json(errorBody(known.code, known.message, known.details.upstream));
  };
}

/** Unknown routes answer 404 in the same JSON shape. */
export const notFoundHandler: RequestHandler = (_request, _response, next) => {
  next(new NotFoundError('No such endpoint'));
};
