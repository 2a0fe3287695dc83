import type { Dispatcher } from 'undici';
import type { UpstreamCallReport } from '../http/upstream-call-report.js';
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

export interface CceAdminClientOptions {
  /** CCE Administration's base URL (`https://<server>`); the API lives under `/unifiedconfig/config`. */
  readonly baseUrl: string;
  readonly timeoutMs: number;
  /** A keep-alive Agent (or proxy agent) shared with other clients; the client makes its own otherwise. */
  readonly dispatcher?: Dispatcher;
  readonly onCall?: (call: UpstreamCallReport) => void;
}
