import type { ApiErrorItem } from '../model/cce-api-error.js';
import type { XmlElement } from './xml-writer.js';

/**
 * `<apiErrors>` with one `<apiError>` per item. Children follow the documented example error (errorData, errorDetail,
 * errorMessage, errorType); absent ones are left out, as in the PARTIAL_SUCCESS example, which has only errorMessage
 * and errorType.
 */
export function apiErrorsDocument(items: readonly ApiErrorItem[]): XmlElement {
  return { apiErrors: { apiError: items.map(apiErrorElement) } };
}

function apiErrorElement(item: ApiErrorItem): XmlElement {
  const element: XmlElement = {};
  if (item.errorData !== undefined) element.errorData = item.errorData;
  if (item.errorDetail !== undefined) element.errorDetail = { ...item.errorDetail };
  element.errorMessage = item.errorMessage;
  element.errorType = item.errorType;
  return element;
}
