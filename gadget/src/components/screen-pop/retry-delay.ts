/** The longest the pop waits between two tries of its own. */
export const MAX_BACKOFF_SECONDS = 30;

/**
 * Seconds before the pop tries again after Context Service was unavailable: 2, 4, 8, 16, then every 30. A Retry-After
 * the BFF passed on (Context Service or the BFF busy) is honoured as given, bounded to five minutes so that one odd
 * header cannot park the pop.
 */
export function retryDelaySeconds(attempt: number, retryAfterSeconds?: number): number {
  if (retryAfterSeconds !== undefined && Number.isFinite(retryAfterSeconds) && retryAfterSeconds > 0)
    return Math.min(Math.ceil(retryAfterSeconds), 300);
  return Math.min(2 ** (Math.max(attempt, 0) + 1), MAX_BACKOFF_SECONDS);
}
