import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  CredentialDecryptionError,
  CredentialKeyError,
  createCredentialCipher,
} from '../../../bff/src/auth/credential-cipher.js';

const FinesseAuthorization = z.object({ authorization: z.string() });
const SECRET = { authorization: 'Basic MTAwMTpjaXNjbw==' };
const newKey = () => randomBytes(32).toString('base64');

/** Replaces one base64url part of a sealed value (0 version, 1 iv, 2 tag, 3 ciphertext). */
function withPart(sealed: string, index: number, replace: (part: string) => string): string {
  return sealed
    .split('.')
    .map((part, i) => (i === index ? replace(part) : part))
    .join('.');
}

/** Flips the lowest bit of the first byte, keeping the part valid base64url of the same length. */
function flipFirstByte(part: string): string {
  const bytes = Buffer.from(part, 'base64url');
  bytes[0] = bytes[0]! ^ 1;
  return bytes.toString('base64url');
}

function decryptionFailure(open: () => unknown): CredentialDecryptionError {
  try {
    open();
  } catch (error) {
    if (error instanceof CredentialDecryptionError) return error;
    throw error;
  }
  throw new Error('expected the sealed value to be refused');
}

describe('createCredentialCipher', () => {
  it('a Finesse Authorization sealed with a key opens to the same value with that key', () => {
    const cipher = createCredentialCipher(newKey());

    const sealed = cipher.encrypt(SECRET);

    expect(cipher.decrypt(sealed, FinesseAuthorization)).toEqual(SECRET);
  });

  it('the sealed form is v1 and three base64url parts, with a 12-byte IV and a 16-byte tag, and hides the secret', () => {
    const sealed = createCredentialCipher(newKey()).encrypt(SECRET);

    const [version, iv, tag, ciphertext, ...rest] = sealed.split('.');

    expect(version).toBe('v1');
    expect(rest).toEqual([]);
    for (const part of [iv, tag, ciphertext]) expect(part).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(iv!, 'base64url')).toHaveLength(12);
    expect(Buffer.from(tag!, 'base64url')).toHaveLength(16);
    expect(sealed).not.toContain('MTAwMTpjaXNjbw');
  });

  it('sealing the same value twice gives different output (a random IV each time)', () => {
    const cipher = createCredentialCipher(newKey());

    expect(cipher.encrypt(SECRET)).not.toBe(cipher.encrypt(SECRET));
  });

  it('a value sealed with one key is refused as not authentic by a cipher with a different key', () => {
    const sealed = createCredentialCipher(newKey()).encrypt(SECRET);

    const failure = decryptionFailure(() => createCredentialCipher(newKey()).decrypt(sealed, FinesseAuthorization));

    expect(failure.reason).toBe('not_authentic');
  });

  it.each([
    ['iv', 1],
    ['tag', 2],
    ['ciphertext', 3],
  ])('a value with one flipped bit in its %s is refused as not authentic', (_name, index) => {
    const cipher = createCredentialCipher(newKey());
    const tampered = withPart(cipher.encrypt(SECRET), index, flipFirstByte);

    expect(decryptionFailure(() => cipher.decrypt(tampered, FinesseAuthorization)).reason).toBe('not_authentic');
  });

  it.each(['v2', 'v0', 'V1', ''])('a value whose version is "%s" is refused as an unsupported version', (version) => {
    const cipher = createCredentialCipher(newKey());
    const relabelled = withPart(cipher.encrypt(SECRET), 0, () => version);

    expect(decryptionFailure(() => cipher.decrypt(relabelled, FinesseAuthorization)).reason).toBe(
      'unsupported_version',
    );
  });

  it.each([
    ['not a sealed value at all', () => 'not-sealed'],
    ['a missing part', (sealed: string) => sealed.split('.').slice(0, 3).join('.')],
    ['an extra part', (sealed: string) => `${sealed}.AAAA`],
    ['a truncated tag', (sealed: string) => withPart(sealed, 2, (tag) => tag.slice(0, 16))],
    ['a truncated IV', (sealed: string) => withPart(sealed, 1, (iv) => iv.slice(0, 8))],
    ['an empty ciphertext', (sealed: string) => withPart(sealed, 3, () => '')],
    ['a character outside base64url', (sealed: string) => withPart(sealed, 3, (ciphertext) => `${ciphertext}+`)],
  ])('a value with %s is refused as malformed', (_name, mangle) => {
    const cipher = createCredentialCipher(newKey());

    expect(decryptionFailure(() => cipher.decrypt(mangle(cipher.encrypt(SECRET)), FinesseAuthorization)).reason).toBe(
      'malformed',
    );
  });

  it('an authentic value of another shape than the one asked for is refused as an unexpected shape', () => {
    const cipher = createCredentialCipher(newKey());

    const failure = decryptionFailure(() => cipher.decrypt(cipher.encrypt({ user: '1001' }), FinesseAuthorization));

    expect(failure.reason).toBe('unexpected_shape');
  });

  it.each([
    ['16 bytes', randomBytes(16).toString('base64')],
    ['33 bytes', randomBytes(33).toString('base64')],
    ['the hex form of 32 bytes', randomBytes(32).toString('hex')],
  ])('a key of %s is refused with a message that does not contain the key', (_name, key) => {
    let failure: unknown;
    try {
      createCredentialCipher(key);
    } catch (error) {
      failure = error;
    }

    expect(failure).toBeInstanceOf(CredentialKeyError);
    expect((failure as CredentialKeyError).message).toMatch(/must be 32 bytes in base64/);
    expect((failure as CredentialKeyError).message).not.toContain(key);
  });

  it('a key that is not base64 is refused with a message that does not contain the key', () => {
    const key = 'this is not base64 at all!';

    expect(() => createCredentialCipher(key)).toThrow(CredentialKeyError);
    expect(() => createCredentialCipher(key)).not.toThrow(key);
  });
});
