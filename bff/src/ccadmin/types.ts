import type { UpstreamCall, UpstreamClientOptions } from '../upstream/types.js';
import type { ConnectionDataOutcome, Credentials, RegistrationReading } from '../domain/types.js';

/** An administrator's credentials as CCE Administration takes them: `Basic base64(user:password)`, built at sign-in. */
export type CceAdminCredentials = Credentials;

/** `<contextServiceRegistration>` as CCE answers a GET (Developer Reference, Context Service Registration API). */
export type CceRegistration = RegistrationReading;

/** One `<apiError>` of CCE's `<apiErrors>` body. */
export interface CceApiError {
  readonly type: string;
  readonly message: string;
  readonly data?: string;
  readonly detail?: string;
}

/** How CCE took new connectionData: 200 saved and synchronised, or 201 saved but not synchronised to some devices. */
export type CceUpdateOutcome = ConnectionDataOutcome;

/** Where CCE Administration listens (`https://<server>`; the API is under `/unifiedconfig/config`), its timeout and pool. */
export type CceAdminClientOptions = UpstreamClientOptions;

/** One call to CCE Administration's unifiedconfig API. */
export interface CceAdminCall extends UpstreamCall {
  /** A secret inside `body` (connectionData) that must not come back out in a log or a message. */
  readonly secret?: string;
}
