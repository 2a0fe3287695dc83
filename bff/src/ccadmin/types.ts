import type { RegistrationState } from '../../../shared/api/admin.js';
import type { UpstreamCall, UpstreamClientOptions } from '../upstream/types.js';

/**
 * What the BFF sends CCE Administration on an administrator's behalf: `Basic base64(user:password)`, built at sign-in.
 * Never logged, never returned.
 */
export interface CceAdminCredentials {
  readonly user: string;
  readonly authorization: string;
}

/** `<contextServiceRegistration>` as CCE answers a GET (Developer Reference, Context Service Registration API). */
export interface CceRegistration {
  readonly state: RegistrationState;
  readonly managementUrl?: string;
  readonly registrationUrl?: string;
  readonly deregistrationUrl?: string;
}

/** One `<apiError>` of CCE's `<apiErrors>` body. */
export interface CceApiError {
  readonly type: string;
  readonly message: string;
  readonly data?: string;
  readonly detail?: string;
}

/** How CCE took new connectionData: 200 saved and synchronised, or 201 saved but not synchronised to some devices. */
export type CceUpdateOutcome =
  | { readonly kind: 'saved' }
  | { readonly kind: 'partial'; readonly failedDevices: readonly string[]; readonly message: string };

/** Where CCE Administration listens (`https://<server>`; the API is under `/unifiedconfig/config`), its timeout and pool. */
export type CceAdminClientOptions = UpstreamClientOptions;

/** One call to CCE Administration's unifiedconfig API. */
export interface CceAdminCall extends UpstreamCall {
  /** A secret inside `body` (connectionData) that must not come back out in a log or a message. */
  readonly secret?: string;
}
