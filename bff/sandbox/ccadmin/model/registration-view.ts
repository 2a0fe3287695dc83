import type { RegistrationState } from './registration-rules.js';

/**
 * The refURL exactly as the documented example answer shows it. It is not the resource's own path
 * (`…/contextserviceregistration`); clients must not build URLs from it.
 */
export const REGISTRATION_REF_URL = '/unifiedconfig/config/contextservice';

/** Where the links of a GET answer point: the (emulated) Webex pages. */
export interface RegistrationLinks {
  readonly managementUrl: string;
  registrationUrl(callbackUrl: string): string;
  deregistrationUrl(callbackUrl: string): string;
}

/** A GET answer before it becomes XML; absent links are left out, not sent empty. */
export interface RegistrationView {
  readonly state: RegistrationState;
  readonly managementUrl?: string;
  readonly registrationUrl?: string;
  readonly deregistrationUrl?: string;
  readonly refURL: string;
}

/**
 * Which optional parameters a GET returns, per the API's parameter list: managementUrl "if the state is registered";
 * registrationUrl "if you include the callbackUrl … and the state is either notRegistered or invalid";
 * deregistrationUrl "if you include the callbackUrl … and the state is registered".
 */
export function registrationView(
  state: RegistrationState,
  links: RegistrationLinks,
  callbackUrl?: string,
): RegistrationView {
  if (state === 'registered') {
    return callbackUrl === undefined
      ? { state, managementUrl: links.managementUrl, refURL: REGISTRATION_REF_URL }
      : {
          state,
          managementUrl: links.managementUrl,
          deregistrationUrl: links.deregistrationUrl(callbackUrl),
          refURL: REGISTRATION_REF_URL,
        };
  }
  return callbackUrl === undefined
    ? { state, refURL: REGISTRATION_REF_URL }
    : { state, registrationUrl: links.registrationUrl(callbackUrl), refURL: REGISTRATION_REF_URL };
}
