import { AppError, InvalidRequestError } from '../../../bff/src/errors.js';

/** An upstream outage as the context adapter reports it: a 503 that retrying can fix. */
export class ContextUnavailableLike extends AppError {
  readonly status = 503;
  readonly code = 'context_unavailable';
}

export { InvalidRequestError };
