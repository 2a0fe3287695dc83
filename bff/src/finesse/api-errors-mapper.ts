import type { FinesseErrorDetail } from './types.js';
import type { XmlElement } from './xml-element.js';
import { childElements, childText, nonEmptyText, requiredText } from './xml-element.js';
import { UpstreamFormatError } from '../upstream/format-error.js';
import { readRoot } from './finesse-xml-reader.js';

/**
 * One ApiError in either casing: PascalCase over HTTP (`ErrorType`…), camelCase in notifications (`errorType`…), in
 * any element order; `ErrorData` may be empty. 12.5(1)+ adds the peripheral's own code, text and message
 * (finesse.md §2).
 */
export function apiErrorFromXml(error: XmlElement, status?: number): FinesseErrorDetail {
  const peripheralCode = nonEmptyText(error, ['peripheralErrorCode', 'PeripheralErrorCode']);
  return {
    type: requiredText(error, ['ErrorType', 'errorType'], 'ApiError'),
    message: childText(error, ['ErrorMessage', 'errorMessage']) ?? '',
    data: childText(error, ['ErrorData', 'errorData']) ?? '',
    ...(status !== undefined ? { status } : {}),
    ...(peripheralCode !== undefined
      ? {
          peripheral: {
            code: peripheralCode,
            text: childText(error, ['peripheralErrorText', 'PeripheralErrorText']) ?? '',
            message: childText(error, ['peripheralErrorMsg', 'PeripheralErrorMsg']) ?? '',
          },
        }
      : {}),
  };
}

/** The errors of an `<ApiErrors>`/`<apiErrors>` element; at least one. */
export function apiErrorsFromXml(errors: XmlElement, status?: number): FinesseErrorDetail[] {
  const list = childElements(errors, ['ApiError', 'apiError']).map((error) => apiErrorFromXml(error, status));
  if (list.length === 0) throw new UpstreamFormatError('finesse', '<ApiErrors> holds no <ApiError>');
  return list;
}

/** A synchronous error answer's body, with the HTTP status it came with. */
export function readApiErrors(xml: string, status?: number): FinesseErrorDetail[] {
  return apiErrorsFromXml(readRoot(xml, ['ApiErrors', 'apiErrors']), status);
}
