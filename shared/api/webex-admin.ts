import { z } from 'zod';

/**
 * Webex Contact Center onboarding (role Administrator, issue 11): connect an org with "Login with Webex", list the
 * connected orgs, disconnect one. No token ever appears in these objects.
 */

/** `POST /api/admin/webex/connect`: the region of the org about to be connected (one of the configured ones). */
export const WebexConnectRequest = z.strictObject({
  region: z.string().regex(/^[a-z0-9]{2,10}$/, 'must be a region such as us1 or eu1'),
});
export type WebexConnectRequest = z.infer<typeof WebexConnectRequest>;

/** Where to send the browser: Webex's authorize page, with `state` and the PKCE challenge. */
export const WebexConnectAnswer = z.object({ authorizeUrl: z.string() });
export type WebexConnectAnswer = z.infer<typeof WebexConnectAnswer>;

/** `needs_reauthorization`: Webex refused the refresh token; an administrator must connect the org again. */
export const WebexOrgState = z.enum(['connected', 'needs_reauthorization']);
export type WebexOrgState = z.infer<typeof WebexOrgState>;

export const WebexOrg = z.object({
  orgId: z.string(),
  region: z.string(),
  apiBase: z.string(),
  scopes: z.array(z.string()),
  state: WebexOrgState,
  /** ISO-8601 instants. */
  accessExpiresAt: z.string(),
  refreshExpiresAt: z.string(),
  lastRefreshAt: z.string().nullable(),
  connectedAt: z.string(),
  connectedBy: z.string(),
});
export type WebexOrg = z.infer<typeof WebexOrg>;

/** `GET /api/admin/webex/orgs`: the connected orgs and the regions one can be connected in. */
export const WebexOrgList = z.object({ orgs: z.array(WebexOrg), regions: z.array(z.string()) });
export type WebexOrgList = z.infer<typeof WebexOrgList>;

/** `GET /api/admin/webex/callback`: what Webex appends to the redirect URI. */
export const WebexCallbackQuery = z.object({
  code: z.string().max(2048).optional(),
  state: z.string().max(512).optional(),
  error: z.string().max(256).optional(),
  error_description: z.string().max(1024).optional(),
});
export type WebexCallbackQuery = z.infer<typeof WebexCallbackQuery>;

/**
 * How the callback ends, as `/admin?webex=<outcome>` tells the page (with `org` when connected, `reason` when Webex
 * said why): connected; declined or refused at Webex; a `state` that is unknown, used or expired; a code Webex
 * refused; or a failure to reach Webex.
 */
export const WEBEX_CONNECT_OUTCOMES = ['connected', 'refused', 'state_mismatch', 'code_refused', 'failed'] as const;
export type WebexConnectOutcome = (typeof WEBEX_CONNECT_OUTCOMES)[number];
