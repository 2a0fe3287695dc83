/**
 * When an org's access token is renewed: a quarter of its lifetime before it lapses, at most half an hour before (12 h
 * tokens renew 30 minutes early; a one-minute token 15 seconds early). The lifetime counts from the last refresh, or
 * the connection, so the same time comes out after a restart.
 */
export function refreshDueAt(org: {
  readonly accessExpiresAt: Date;
  readonly lastRefreshAt: Date | null;
  readonly connectedAt: Date;
}): Date {
  const issuedAt = (org.lastRefreshAt ?? org.connectedAt).getTime();
  const expiresAt = org.accessExpiresAt.getTime();
  const lead = Math.min(MAX_LEAD_MS, Math.max(0, expiresAt - issuedAt) / 4);
  return new Date(expiresAt - lead);
}

/** After the `failures`-th failed refresh in a row: 5 s doubling to 5 minutes, with half of it jittered. */
export function retryDelayMs(failures: number, fraction: number): number {
  const ceiling = Math.min(MAX_RETRY_MS, BASE_RETRY_MS * 2 ** Math.min(failures - 1, 16));
  return Math.round(ceiling / 2 + (ceiling / 2) * fraction);
}

const MAX_LEAD_MS = 30 * 60_000;
const BASE_RETRY_MS = 5_000;
const MAX_RETRY_MS = 5 * 60_000;
