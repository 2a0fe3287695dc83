/** Shorter values would be hidden wherever they happen to occur, making the output unreadable for no safety gained. */
const MIN_SECRET_LENGTH = 8;

/**
 * A writer that hides the given secrets wherever they would appear. The doctor's messages come from clients that
 * never put a secret in a message; this is the second lock on that door, not the first.
 */
export function redactingWriter(
  write: (text: string) => void,
  secrets: readonly (string | undefined)[],
): (text: string) => void {
  const hidden = secrets.filter(
    (secret): secret is string => secret !== undefined && secret.length >= MIN_SECRET_LENGTH,
  );
  return (text) => write(hidden.reduce((shown, secret) => shown.split(secret).join('[redacted]'), text));
}
