/** Time since an ISO 8601 instant as the desktop shows it (mm:ss, h:mm:ss from an hour on); undefined for a bad date. */
export function elapsedSince(since: string | undefined, now: number): string | undefined {
  const start = since === undefined ? Number.NaN : Date.parse(since);
  return Number.isNaN(start) ? undefined : formatElapsed(now - start);
}

export function formatElapsed(milliseconds: number): string {
  // A browser clock slightly behind Finesse's would otherwise show a negative time right after a change.
  const total = Math.max(0, Math.floor(milliseconds / 1000));
  const hours = Math.floor(total / 3600);
  const two = (value: number): string => String(value).padStart(2, '0');
  const minutesAndSeconds = `${two(Math.floor((total % 3600) / 60))}:${two(total % 60)}`;
  return hours > 0 ? `${hours}:${minutesAndSeconds}` : minutesAndSeconds;
}
