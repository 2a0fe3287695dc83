/** The largest unit that fits, in seconds; below a minute, seconds. */
const UNITS: readonly (readonly [Intl.RelativeTimeFormatUnit, number])[] = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/** How far `iso` is from `now` in the largest whole unit that fits: -3 day for three days ago. */
export function relativeParts(
  iso: string,
  now: number,
): { value: number; unit: Intl.RelativeTimeFormatUnit } | undefined {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return undefined;
  const seconds = (at - now) / 1000;
  // Rounded away from now on both sides (Math.round alone takes -1.5 to -1 but 1.5 to 2).
  const whole = (value: number): number => Math.sign(value) * Math.round(Math.abs(value)) || 0;
  for (const [unit, size] of UNITS) if (Math.abs(seconds) >= size) return { value: whole(seconds / size), unit };
  return { value: whole(seconds), unit: 'second' };
}

/** "3 days ago", "yesterday", "hace 3 días" in `locale`; the string itself when it is no date. */
export function relativeTime(iso: string, now: number, locale: string): string {
  const parts = relativeParts(iso, now);
  return parts === undefined
    ? iso
    : new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(parts.value, parts.unit);
}

/** The exact moment in `locale`, for the tooltip: "Mar 3, 2025, 10:04 AM". */
export function exactTime(iso: string, locale: string): string {
  const at = Date.parse(iso);
  return Number.isNaN(at)
    ? iso
    : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}
