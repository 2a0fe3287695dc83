import { AppError } from '../errors.js';

/**
 * How the Webex Contact Center clients get an org's credentials, without knowing OAuth: the onboarding and refresh
 * side (tokens in the store, a refresh scheduler) implements it; the API clients only call it. Tokens never leave the
 * BFF: nothing that holds one is sent to a browser or written to a log.
 */
export interface WebexOrgAccess {
  /** The org's id as Webex names it (the `orgId` of its tokens). */
  readonly orgId: string;
  /** The org's API base, `https://api.wxcc-<region>.cisco.com` (no trailing slash). */
  readonly apiBase: string;
  /** A current access token (refreshed first when it is about to lapse; one refresh per org at a time). */
  readonly accessToken: string;
}

export interface WebexAccess {
  /**
   * The org's access, or the default org's when `orgId` is absent (the only connected org; with several, absent is
   * refused). Throws a `WebexNotConnectedError` when the org is unknown, disconnected or needs re-authorization.
   */
  access(orgId?: string): Promise<WebexOrgAccess>;
  /**
   * After Webex answered 401 to `rejected`: refresh once (single-flight: concurrent callers share one refresh; a caller
   * whose token was already replaced gets the new one without another refresh) and answer the new access.
   */
  afterUnauthorized(rejected: WebexOrgAccess): Promise<WebexOrgAccess>;
}

/**
 * 503 `webex_not_connected`: no org is connected, the one asked for is unknown, or its refresh token was refused and
 * an administrator must connect it again (`needsReauthorization`).
 */
export class WebexNotConnectedError extends AppError {
  readonly status = 503;
  readonly code = 'webex_not_connected';
  constructor(
    message: string,
    readonly needsReauthorization = false,
  ) {
    super(message);
  }
}
