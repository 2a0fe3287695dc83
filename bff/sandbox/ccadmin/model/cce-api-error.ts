/**
 * One item of CCE's error body (CCE Developer Reference, "Error Responses"): errorType is the primary identifier,
 * errorData names the parameter, errorMessage is for developers, errorDetail carries limits such as `max`.
 */
export interface ApiErrorItem {
  readonly errorType: string;
  readonly errorMessage: string;
  readonly errorData?: string;
  readonly errorDetail?: Readonly<Record<string, string>>;
}

/** A failure the HTTP layer answers as `<apiErrors>` with this status. */
export class CceApiError extends Error {
  readonly item: ApiErrorItem;

  constructor(
    readonly status: number,
    item: ApiErrorItem,
  ) {
    super(item.errorMessage);
    this.name = 'CceApiError';
    this.item = item;
  }
}

/** 400 for a body that is not a well-formed `<contextServiceRegistration>` document. */
export function malformedRequest(message: string): CceApiError {
  return new CceApiError(400, { errorType: 'invalidInput.malformedXml', errorMessage: message });
}
