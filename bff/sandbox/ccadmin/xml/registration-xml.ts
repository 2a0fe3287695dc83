import type { RegistrationView } from '../model/registration-view.js';
import { CceApiError } from '../model/cce-api-error.js';
import type { XmlElement } from './xml-writer.js';
import { readXml } from './xml-reader.js';

export const REGISTRATION_ROOT = 'contextServiceRegistration';

/** The GET answer in the documented order: state, managementUrl, registrationUrl, deregistrationUrl, refURL. */
export function registrationDocument(view: RegistrationView): XmlElement {
  const element: XmlElement = { state: view.state };
  if (view.managementUrl !== undefined) element.managementUrl = view.managementUrl;
  if (view.registrationUrl !== undefined) element.registrationUrl = view.registrationUrl;
  if (view.deregistrationUrl !== undefined) element.deregistrationUrl = view.deregistrationUrl;
  element.refURL = view.refURL;
  return { [REGISTRATION_ROOT]: element };
}

/**
 * The connectionData of an update body (`<contextServiceRegistration><connectionData>…</connectionData>…`). Other
 * children, such as a read-only `state` or `refURL`, are ignored ("Read-only parameters are ignored on create and
 * update operations"); a repeated connectionData counts with its last value ("If a parameter is duplicated, the final
 * value that is specified will be used by the API").
 */
export function readConnectionData(body: string): string {
  const element = readXml(body, REGISTRATION_ROOT);
  const raw = element.connectionData;
  const value = Array.isArray(raw) ? (raw as unknown[]).at(-1) : raw;
  if (value === undefined) {
    throw new CceApiError(400, {
      errorData: 'connectionData',
      errorMessage: 'connectionData is required',
      errorType: 'invalidInput.fieldRequired',
    });
  }
  if (typeof value === 'string') return value;
  // An element with child elements parses as an object: connectionData is a string, nothing else.
  throw new CceApiError(400, {
    errorData: 'connectionData',
    errorMessage: 'connectionData must be text, not elements',
    errorType: 'invalidInput.invalidValue',
  });
}
