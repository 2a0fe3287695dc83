import { createCipheriv, createDecipheriv, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import type { z } from 'zod';

/**
 * Seals the agent's Finesse credentials for the session store with AES-256-GCM, so a copy of the database alone
 * does not give them away. Sealed form: `v1.<iv>.<tag>.<ciphertext>`, each part base64url; the version is bound in
 * as associated data, so it cannot be swapped without failing authentication.
 * (Modelled on curityio/oauth-agent-node-express lib/cookieEncrypter.ts: version, IV, tag, length checks.)
 */

const VERSION = 'v1';
const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** The configured key is unusable. The message never contains the key. */
export class CredentialKeyError extends Error {
  readonly code = 'credential_key_invalid';
  constructor(message: string) {
    super(message);
    this.name = 'CredentialKeyError';
  }
}

/** A sealed value could not be opened: malformed, from another version, or altered (or sealed with another key). */
export class CredentialDecryptionError extends Error {
  readonly code = 'credential_decryption_failed';
  constructor(
    readonly reason: 'malformed' | 'unsupported_version' | 'not_authentic' | 'unexpected_shape',
    options?: { cause?: unknown },
  ) {
    super(`sealed credentials could not be opened: ${reason.replace(/_/g, ' ')}`, options);
    this.name = 'CredentialDecryptionError';
  }
}

export interface CredentialCipher {
  encrypt(secret: JsonValue): string;
  /** Opens a sealed value and checks its shape; throws CredentialDecryptionError on any failure. */
  decrypt<T>(sealed: string, shape: z.ZodType<T>): T;
}

/** `keyBase64` is the configured key: 32 random bytes in base64 (for example `openssl rand -base64 32`). */
export function createCredentialCipher(keyBase64: string): CredentialCipher {
  const key = parseKey(keyBase64);
  return {
    encrypt: (secret) => seal(key, secret),
    decrypt: (sealed, shape) => {
      const parsed = shape.safeParse(open(key, sealed));
      if (!parsed.success) throw new CredentialDecryptionError('unexpected_shape');
      return parsed.data;
    },
  };
}

function parseKey(keyBase64: string): KeyObject {
  const trimmed = keyBase64.trim();
  if (!BASE64.test(trimmed)) {
    throw new CredentialKeyError(`the credential key must be ${KEY_BYTES} bytes in base64; it is not base64`);
  }
  const bytes = Buffer.from(trimmed, 'base64');
  if (bytes.length !== KEY_BYTES) {
    throw new CredentialKeyError(
      `the credential key must be ${KEY_BYTES} bytes in base64; it decodes to ${bytes.length} bytes`,
    );
  }
  return createSecretKey(bytes);
}

function seal(key: KeyObject, secret: JsonValue): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(VERSION, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(secret), 'utf8'), cipher.final()]);
  return [
    VERSION,
    iv.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
    ciphertext.toString('base64url'),
  ].join('.');
}

function open(key: KeyObject, sealed: string): unknown {
  const parts = sealed.split('.');
  if (parts.length !== 4) throw new CredentialDecryptionError('malformed');
  const [version, ivText, tagText, ciphertextText] = parts as [string, string, string, string];
  if (version !== VERSION) throw new CredentialDecryptionError('unsupported_version');
  const iv = decodePart(ivText);
  const tag = decodePart(tagText);
  const ciphertext = decodePart(ciphertextText);
  // A short tag would weaken authentication; Node accepts short GCM tags unless told the length.
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES || ciphertext.length === 0) {
    throw new CredentialDecryptionError('malformed');
  }
  let plaintext: string;
  try {
    const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(VERSION, 'utf8'));
    decipher.setAuthTag(tag);
    plaintext = Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  } catch (error) {
    throw new CredentialDecryptionError('not_authentic', { cause: error });
  }
  try {
    return JSON.parse(plaintext) as unknown;
  } catch (error) {
    // Authentic yet not JSON: sealed by something other than this cipher.
    throw new CredentialDecryptionError('malformed', { cause: error });
  }
}

/** Node's base64url decoder skips characters it does not know; refuse them instead of decoding something else. */
function decodePart(part: string): Buffer {
  if (!BASE64URL.test(part)) throw new CredentialDecryptionError('malformed');
  return Buffer.from(part, 'base64url');
}
