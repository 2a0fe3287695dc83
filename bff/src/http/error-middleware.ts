import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { errorBody } from '../../../shared/errors.js';
import {
  AppError,
  InvalidRequestError,
  NotFoundError,
  PayloadTooLargeError,
  TooManyRequestsError,
  UnsupportedMediaTypeError,
  UpstreamError,
} from '../errors.js';

/**
 * Express's body parsers and router fail with http-errors objects: a 4xx `status` (or `statusCode`), and from the
 * body parsers a `type`. A decompression failure is a zlib error wrapped with status 400 and no type; a path
 * parameter with bad percent-encoding is a URIError with status 400. Anything with a 4xx status is the client's.
 */
function requestFailure(error: unknown): { type: string | undefined; status: number } | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = 'status' in error ? error.status : 'statusCode' in error ? error.statusCode : undefined;
  if (typeof status !== 'number' || status < 400 || status > 499) return undefined;
  const type = 'type' in error && typeof error.type === 'string' ? error.type : undefined;
  return { type, status };
}

/** Fixed messages: the parser's own message can echo the request (a param's value, a zlib detail). */
function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  const failure = requestFailure(error);
  if (!failure) return undefined;
  switch (failure.type) {
    case 'entity.too.large':
      return new PayloadTooLargeError('Request body is too large');
    case 'entity.parse.failed':
      return new InvalidRequestError('Request body is not valid JSON');
    case 'encoding.unsupported':
      return new UnsupportedMediaTypeError(
        'Request body has a Content-Encoding the BFF does not read (identity, gzip, deflate and br are read)',
      );
    case 'charset.unsupported':
      return new UnsupportedMediaTypeError('Request body has a charset the BFF does not read (UTF-8)');
    default:
      if (error instanceof URIError) return new InvalidRequestError('A path parameter has bad percent-encoding');
      if (failure.status === 413) return new PayloadTooLargeError('Request body is too large');
      if (failure.status === 415)
        return new UnsupportedMediaTypeError('Request body is of a type the BFF does not read');
      return new InvalidRequestError('Request body could not be read (is its Content-Encoding right?)');
  }
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
    if (known.status >= 500)
      logger.warn(
        { code: known.code, status: known.status, logInfo: known.details.logInfo, upstream: known.details.upstream },
        known.message,
      );
    else if (known.details.logInfo !== undefined)
      logger.info({ code: known.code, logInfo: known.details.logInfo }, known.message);
    const retryAfter =
      known instanceof TooManyRequestsError || known instanceof UpstreamError ? known.retryAfterSeconds : undefined;
    if (retryAfter !== undefined) response.set('Retry-After', String(retryAfter));
    response
      .status(known.status)
      .json(errorBody(known.code, known.message, known.details.upstream, known.details.field));
  };
}

/** Unknown routes answer 404 in the same JSON shape. */
export const notFoundHandler: RequestHandler = (_request, _response, next) => {
  next(new NotFoundError('No such endpoint'));
};
