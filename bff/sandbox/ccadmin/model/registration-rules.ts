/**
 * The Context Service Registration API's rules for `connectionData` (CCE Developer Reference, "Context Service
 * Registration API"): required, at most 4 KB, "" deregisters, and "You must deregister before reregistering to Context
 * Service. If the current connectionData is not empty, you can set the value either to an empty string or to the
 * current value."
 */
export const REGISTRATION_STATES = ['notRegistered', 'registered', 'invalid'] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];

/** "The maximum size is 4 KB": counted in UTF-8 bytes, the strictest reading of a size. */
export const MAX_CONNECTION_DATA_BYTES = 4096;

/** What the AW database holds: the state and the opaque connection data ("" when not registered). */
export interface Registration {
  readonly state: RegistrationState;
  readonly connectionData: string;
}

export const NOT_REGISTERED: Registration = { state: 'notRegistered', connectionData: '' };

export type RegistrationChange = 'register' | 'deregister' | 'unchanged';

export type UpdateVerdict =
  | { readonly kind: 'accepted'; readonly next: Registration; readonly change: RegistrationChange }
  | { readonly kind: 'tooLong'; readonly bytes: number }
  | { readonly kind: 'deregisterFirst' };

export function connectionDataBytes(connectionData: string): number {
  return Buffer.byteLength(connectionData, 'utf8');
}

/**
 * Judges a PUT of `connectionData` against the current registration. Only `registered` blocks new data: `invalid`
 * exists to be left by reregistering ("Reregister to recover from this state"), and GET offers a registrationUrl
 * there. The current value again changes nothing (an invalid registration stays invalid: the cloud, not CCE,
 * decides the data is no longer valid).
 */
export function judgeUpdate(current: Registration, connectionData: string): UpdateVerdict {
  const bytes = connectionDataBytes(connectionData);
  if (bytes > MAX_CONNECTION_DATA_BYTES) return { kind: 'tooLong', bytes };
  if (connectionData === '') {
    return {
      kind: 'accepted',
      next: NOT_REGISTERED,
      change: current.state === 'notRegistered' ? 'unchanged' : 'deregister',
    };
  }
  if (connectionData === current.connectionData) return { kind: 'accepted', next: current, change: 'unchanged' };
  if (current.state === 'registered') return { kind: 'deregisterFirst' };
  return { kind: 'accepted', next: { state: 'registered', connectionData }, change: 'register' };
}
