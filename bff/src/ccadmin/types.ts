import type { Dispatcher } from 'undici';
import type { RegistrationState } from '../../../shared/api/admin.js';
import type { UpstreamCallReport } from '../http/upstream-call-report.js';

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

export interface CceAdminClientOptions {
  /** CCE Administration's base URL (`https://<server>`); the API lives under `/unifiedconfig/config`. */
  readonly baseUrl: string;
  readonly timeoutMs: number;
  /** A keep-alive Agent (or proxy agent) shared with other clients; the client makes its own otherwise. */
  readonly dispatcher?: Dispatcher;
  readonly onCall?: (call: UpstreamCallReport) => void;
}
