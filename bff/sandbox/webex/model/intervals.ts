export const QUARTER_HOUR_MS = 900_000;

/** The statistics round `from` and `to` down to a quarter hour (12:05 → 12:00, 12:55 → 12:45). */
export function floorToQuarterHour(ms: number): number {
  return Math.floor(ms / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
}

/** Interval starts from the rounded `from` up to the rounded `to` (at least one), `minutes` apart. */
export function intervalStarts(from: number, to: number, minutes: number): number[] {
  const first = floorToQuarterHour(from);
  const last = Math.max(floorToQuarterHour(to), first + 1);
  const starts: number[] = [];
  for (let start = first; start < last; start += minutes * 60_000) starts.push(start);
  return starts;
}

export function average(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
