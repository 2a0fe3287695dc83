import { z } from 'zod';
import { hasControlCharacters, requiredText } from './text-rules.js';

/**
 * The Administration API (role Administrator): sign in with CCE Administration credentials, read and change the
 * Context Service registration through CCE's `contextserviceregistration` API, read the audit trail of those changes
 * and the BFF's own Context Service settings.
 */

/** `POST /api/admin/session`: the CCE Administration user and password, checked against CCE Administration. */
export const AdminSignInRequest = z.strictObject({
  // A colon would end the user in the Basic credentials CCE reads (RFC 7617).
  username: requiredText(128).refine((value) => !value.includes(':'), 'must not contain a colon'),
  password: requiredText(256),
});
export type AdminSignInRequest = z.infer<typeof AdminSignInRequest>;

export const Administrator = z.object({ username: z.string() });
export type Administrator = z.infer<typeof Administrator>;

export const AdminSessionCreated = z.object({ token: z.string(), expiresAt: z.string(), administrator: Administrator });
export type AdminSessionCreated = z.infer<typeof AdminSessionCreated>;

/** `GET /api/admin/session`: who is signed in, and until when unless used again. */
export const AdminSessionInfo = z.object({ administrator: Administrator, expiresAt: z.string() });
export type AdminSessionInfo = z.infer<typeof AdminSessionInfo>;

/** CCE's registration states; `invalid`: the connection data is no longer valid, register again to recover. */
export const RegistrationState = z.enum(['notRegistered', 'registered', 'invalid']);
export type RegistrationState = z.infer<typeof RegistrationState>;

const CALLBACK_URL_MAX = 2048;

/** `GET /api/admin/context-service/registration?callbackUrl=`: where CCE's wizard sends the browser back to. */
export const RegistrationQuery = z.strictObject({
  callbackUrl: z
    .string()
    .max(CALLBACK_URL_MAX, `must be at most ${CALLBACK_URL_MAX} characters`)
    .pipe(z.url({ protocol: /^https?$/, error: 'must be an absolute http:// or https:// URL' }))
    .optional(),
});
export type RegistrationQuery = z.infer<typeof RegistrationQuery>;

export const Registration = z.object({
  state: RegistrationState,
  /** Present when registered: where Context Service is managed. */
  managementUrl: z.string().optional(),
  /** Present with a callbackUrl when not registered or invalid: the start of the registration wizard. */
  registrationUrl: z.string().optional(),
  /** Present with a callbackUrl when registered: the start of the deregistration wizard. */
  deregistrationUrl: z.string().optional(),
});
export type Registration = z.infer<typeof Registration>;

/** CCE's limit on connectionData ("the maximum size is 4 KB"), counted in UTF-8 bytes. */
export const CONNECTION_DATA_MAX_BYTES = 4096;

/** The size of connectionData as CCE counts it; TextEncoder works in the browser and in Node alike. */
export function connectionDataBytes(connectionData: string): number {
  return new TextEncoder().encode(connectionData).length;
}

/** Characters an XML document cannot carry even escaped (lone surrogates, U+FFFE, U+FFFF); controls are checked apart. */
const NOT_XML = /[\uD800-\uDFFF\uFFFE\uFFFF]/u;

/**
 * `PUT /api/admin/context-service/registration`: the opaque connectionData the wizard appended to the callback URL,
 * or "" to deregister. Its size (≤ 4096 bytes) is checked apart, because too large answers 413, not 400.
 */
export const RegistrationUpdate = z.strictObject({
  connectionData: z
    .string()
    .refine(
      (value) => !hasControlCharacters(value) && !NOT_XML.test(value),
      'must contain only characters XML can carry (no control characters)',
    ),
});
export type RegistrationUpdate = z.infer<typeof RegistrationUpdate>;

export const RegistrationSaved = z.object({ result: z.literal('saved'), state: RegistrationState });
/** CCE answered 201 PARTIAL_SUCCESS: saved in the AW database, but not synchronised to every device. */
export const RegistrationPartial = z.object({
  result: z.literal('partial'),
  failedDevices: z.array(z.string()),
  message: z.string(),
  state: RegistrationState,
});
export const RegistrationUpdateResult = z.discriminatedUnion('result', [RegistrationSaved, RegistrationPartial]);
export type RegistrationUpdateResult = z.infer<typeof RegistrationUpdateResult>;

export const REGISTRATION_ACTIONS = ['register', 'deregister'] as const;
export const REGISTRATION_RESULTS = ['saved', 'partial', 'refused', 'busy', 'failed'] as const;
/** A state the BFF could not read (CCE did not answer before or after the change). */
export const AuditedState = z.enum([...RegistrationState.options, 'unknown']);
export type AuditedState = z.infer<typeof AuditedState>;

/** One registration change attempt; never holds connectionData. */
export const RegistrationAuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  /** The CCE Administration user who made it. */
  actor: z.string(),
  action: z.enum(REGISTRATION_ACTIONS),
  fromState: AuditedState,
  toState: AuditedState,
  result: z.enum(REGISTRATION_RESULTS),
  /** For a person: CCE's reason, the devices that were not synchronised. */
  detail: z.string().optional(),
});
export type RegistrationAuditEntry = z.infer<typeof RegistrationAuditEntry>;

export const AUDIT_LIMIT_MAX = 500;

/** `GET /api/admin/audit?limit=50`. */
export const AuditQuery = z.strictObject({
  limit: z
    .string()
    .regex(/^[0-9]{1,3}$/, `must be a whole number from 1 to ${AUDIT_LIMIT_MAX}`)
    .transform(Number)
    .refine((limit) => limit >= 1 && limit <= AUDIT_LIMIT_MAX, `must be a whole number from 1 to ${AUDIT_LIMIT_MAX}`)
    .default(50),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditTrail = z.object({ entries: z.array(RegistrationAuditEntry) });
export type AuditTrail = z.infer<typeof AuditTrail>;

/** `GET /api/admin/context-service/settings`: how this BFF reaches Context Service and CCE Administration. */
export const ContextServiceSettings = z.object({
  mode: z.enum(['sandbox', 'upstream']),
  contextServiceUrl: z.string(),
  timeoutMs: z.number(),
  labMode: z.boolean(),
  /** The outbound proxy as scheme://host:port; its credentials are never shown. */
  proxy: z.string().optional(),
  cceAdminUrl: z.string(),
});
export type ContextServiceSettings = z.infer<typeof ContextServiceSettings>;
