import { z } from 'zod';
import { REGISTRATION_STATES } from '../model/registration-rules.js';
import { DEVICES } from '../model/devices.js';

/** `POST /sandbox/registration`: force the registration into a state. */
export const RegistrationStateRequest = z.strictObject({ state: z.enum(REGISTRATION_STATES) });
export type RegistrationStateRequest = z.infer<typeof RegistrationStateRequest>;

/**
 * `POST /sandbox/sync`: how the next PUTs fare until the next reset. Each request replaces the whole behaviour, so a
 * field left out returns to normal.
 */
export const SyncRequest = z.strictObject({
  failDevices: z
    .array(z.enum(DEVICES))
    .max(DEVICES.length)
    .refine((devices) => new Set(devices).size === devices.length, { message: 'must not name a device twice' })
    .optional(),
  busyMs: z.number().int().min(0).max(600_000).optional(),
  awDatabaseFailure: z.boolean().optional(),
});
export type SyncRequest = z.infer<typeof SyncRequest>;
