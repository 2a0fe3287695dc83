import type { AsyncFailure, FinesseApiError } from '../model/errors.js';
import type { XmlElement } from './xml-codec.js';

/** A synchronous error body: PascalCase, as HTTP answers carry it. */
export function apiErrorsDocument(error: FinesseApiError): XmlElement {
  return {
    ApiErrors: {
      ApiError: { ErrorType: error.errorType, ErrorData: error.errorData, ErrorMessage: error.message },
    },
  };
}

/** An asynchronous error inside `<Update><data>`: camelCase, with the 12.5(1) peripheral fields when known (capture). */
export function asyncApiErrorsData(failure: AsyncFailure): XmlElement {
  const error: XmlElement = {};
  if (failure.peripheral) error.peripheralErrorCode = failure.peripheral.code;
  error.errorType = failure.errorType;
  error.errorMessage = failure.errorMessage;
  if (failure.peripheral) {
    error.peripheralErrorText = failure.peripheral.text;
    error.peripheralErrorMsg = failure.peripheral.msg;
  }
  error.errorData = failure.errorData;
  return { apiErrors: { apiError: error } };
}
