import { createHash } from 'node:crypto';

/** Sessions are stored under this hash, so a copy of the database holds no usable bearer token. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Guards the key column: anything but a hex SHA-256 may be a raw token passed by mistake, and must not be written. */
export function assertTokenHash(tokenHash: string): void {
  if (!SHA256_HEX.test(tokenHash)) {
    throw new TypeError('a session is keyed by the hex SHA-256 of its token (use hashSessionToken), not by the token');
  }
}
