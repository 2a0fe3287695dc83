// JID construction for bound sessions. Finesse JIDs are `loginId@domain/resource`; the loginId is numeric-ish
// and comes from the directory, so only the client-chosen resource needs checking.
import { randomBytes } from 'node:crypto';

/** RFC 7622 §3.4: a resourcepart is 1–1023 bytes of UTF-8. */
const MAX_RESOURCE_BYTES = 1023;
// Control characters are disallowed by the PRECIS FreeformClass (RFC 7622 §3.4 / RFC 8264 §9.3).
const CONTROL_CHARACTERS = /\p{Cc}/u;

export function bareJid(loginId: string, domain: string): string {
  return `${loginId}@${domain}`;
}

export function fullJid(loginId: string, domain: string, resource: string): string {
  return `${bareJid(loginId, domain)}/${resource}`;
}

/**
 * The resource to bind: the client's choice when it is acceptable, a generated one when the client sent none
 * (RFC 6120 §7.6.2.1), or undefined when the client's choice is not a valid resourcepart (→ bad-request).
 */
export function resolveResource(requested: string | undefined): string | undefined {
  if (requested === undefined || requested.trim() === '') return `cd-${randomBytes(6).toString('hex')}`;
  const resource = requested.trim();
  if (Buffer.byteLength(resource, 'utf8') > MAX_RESOURCE_BYTES || CONTROL_CHARACTERS.test(resource)) return undefined;
  return resource;
}
