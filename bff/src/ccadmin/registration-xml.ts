import { z } from 'zod';
import { RegistrationState } from '../../../shared/api/admin.js';
import { InvalidRequestError } from '../errors.js';
import { isXmlText } from '../upstream/xml-characters.js';
import { writeUpstreamXml } from '../upstream/xml-writer.js';
import type { CceApiError, CceRegistration } from './types.js';
import { OptionalText, checked, readCceXml } from './cce-xml.js';

/*
 * Every XML CCE Administration's Context Service Registration API speaks, mapped in this one file (Developer Reference,
 * "Context Service Registration API"; reference/context-service-and-webex.md §1.8):
 *
 *   GET  /unifiedconfig/config/contextserviceregistration?callbackUrl=…
 *        → <contextServiceRegistration><state/><managementUrl/><registrationUrl/><deregistrationUrl/><refURL/></…>
 *   PUT  <contextServiceRegistration><connectionData>…</connectionData></contextServiceRegistration>
 *   errors and 201 PARTIAL_SUCCESS → <apiErrors><apiError><errorType/><errorMessage/><errorData/>…</apiError></apiErrors>
 *
 * Elements may come in any order; unknown elements are ignored; empty elements read as absent.
 */

/** The wizard and management URLs are where an administrator's browser goes: absolute http(s) only. */
const OptionalWebUrl = OptionalText.refine(
  (value) => value === undefined || (URL.canParse(value) && /^https?:$/.test(new URL(value).protocol)),
  'must be an absolute http(s) URL',
);

const RegistrationElement = z.object({
  state: OptionalText.pipe(z.string({ error: 'is missing' }).pipe(RegistrationState)),
  managementUrl: OptionalWebUrl,
  registrationUrl: OptionalWebUrl,
  deregistrationUrl: OptionalWebUrl,
});

/** errorData and errorDetail may hold elements (`<errorDetail><max>4096</max></errorDetail>`): only their text is read. */
const OptionalTextOnly = z
  .unknown()
  .transform((value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined))
  .optional();

const ApiErrorElement = z.object({
  errorType: OptionalText.pipe(z.string({ error: 'is missing' })),
  errorMessage: OptionalText,
  errorData: OptionalTextOnly,
  errorDetail: OptionalTextOnly,
});
const ApiErrorsElement = z.object({ apiError: z.array(ApiErrorElement, { error: 'is missing' }).min(1, 'is missing') });

/** A GET answer: the registration state and the URLs CCE offers for it. */
export function readRegistration(xml: string): CceRegistration {
  const root = 'contextServiceRegistration';
  const element = checked(RegistrationElement, readCceXml(xml, root), root);
  return {
    state: element.state,
    ...(element.managementUrl === undefined ? {} : { managementUrl: element.managementUrl }),
    ...(element.registrationUrl === undefined ? {} : { registrationUrl: element.registrationUrl }),
    ...(element.deregistrationUrl === undefined ? {} : { deregistrationUrl: element.deregistrationUrl }),
  };
}

/** An `<apiErrors>` body (errors, and the 201 PARTIAL_SUCCESS answer); at least one `<apiError>`. */
export function readApiErrors(xml: string): CceApiError[] {
  const root = 'apiErrors';
  return checked(ApiErrorsElement, readCceXml(xml, root), root).apiError.map((error) => ({
    type: error.errorType,
    message: error.errorMessage ?? '',
    ...(error.errorData === undefined ? {} : { data: error.errorData }),
    ...(error.errorDetail === undefined ? {} : { detail: error.errorDetail }),
  }));
}

/** The PUT body. connectionData is opaque to the BFF and only escaped; "" deregisters. */
export function writeConnectionData(connectionData: string): string {
  if (!isXmlText(connectionData))
    throw new InvalidRequestError('connectionData: must contain only characters XML can carry');
  return writeUpstreamXml('contextServiceRegistration', { connectionData });
}

/** CCE's own words for a 201 (Developer Reference): used when its body says nothing more. */
export const PARTIAL_SUCCESS_MESSAGE = 'Configuration update failed for one or more devices.';

/** "… Failed devices: CVP, Finesse." at the end of an errorMessage. */
const DEVICES_IN_MESSAGE = /failed devices?\s*:\s*(.+?)\.?\s*$/i;

/**
 * A 201 answer: saved in the AW database, not synchronised to some devices. Cisco's example names no device; the
 * devices are read from the PARTIAL_SUCCESS errors' errorData (one per error, or a comma-separated list), their
 * errorDetail, or a "Failed devices: …" ending of errorMessage. A 201 whose body cannot be read still means the data
 * was saved: it reads as a partial success naming no device.
 */
export function readPartialSuccess(xml: string): { failedDevices: string[]; message: string } {
  let errors: CceApiError[];
  try {
    errors = readApiErrors(xml);
  } catch {
    return { failedDevices: [], message: PARTIAL_SUCCESS_MESSAGE };
  }
  const partial = errors.filter((error) => /partial/i.test(error.type));
  const relevant = partial.length > 0 ? partial : errors;
  const names = relevant
    .flatMap((error) =>
      (error.data ?? error.detail ?? DEVICES_IN_MESSAGE.exec(error.message)?.[1] ?? '').split(/[,;\n]/),
    )
    .map((name) => name.trim());
  return {
    failedDevices: [...new Set(names.filter((name) => name !== ''))],
    message: relevant.find((error) => error.message !== '')?.message ?? PARTIAL_SUCCESS_MESSAGE,
  };
}
