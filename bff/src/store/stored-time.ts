/**
 * Timestamps are stored as `toISOString()` text: always UTC, always millisecond precision, always the same width,
 * so comparing the text in SQL (`<`, `>`, ORDER BY) compares the instants, on SQLite and PostgreSQL alike.
 */
export function toStoredTime(instant: Date): string {
  return instant.toISOString();
}

export function fromStoredTime(stored: string): Date {
  return new Date(stored);
}
