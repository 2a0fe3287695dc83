import { WEBEX_CONNECT_OUTCOMES } from '../../../shared/api/webex-admin.js';
import type { WebexConnectOutcome } from '../../../shared/api/webex-admin.js';
import type { AddressBar } from './callback-return.js';

/** What the BFF's Webex callback told the page: `/admin?webex=<outcome>&org=…&reason=…`. */
export interface WebexReturn {
  readonly outcome: WebexConnectOutcome;
  readonly orgId?: string;
  readonly reason?: string;
}

const PARAMETERS = ['webex', 'org', 'reason'];

/** Reads the outcome of a "Login with Webex" and removes it from the address bar, so a reload does not show it again. */
export function takeWebexReturn(window: AddressBar): WebexReturn | undefined {
  const { location, history } = window;
  const query = new URLSearchParams(location.search);
  const outcome = query.get('webex');
  if (outcome === null) return undefined;
  const orgId = query.get('org') ?? undefined;
  const reason = query.get('reason') ?? undefined;
  for (const name of PARAMETERS) query.delete(name);
  const rest = query.toString();
  history.replaceState(history.state, '', `${location.pathname}${rest === '' ? '' : `?${rest}`}${location.hash}`);
  const known = (WEBEX_CONNECT_OUTCOMES as readonly string[]).includes(outcome)
    ? (outcome as WebexConnectOutcome)
    : 'failed';
  return { outcome: known, ...(orgId === undefined ? {} : { orgId }), ...(reason === undefined ? {} : { reason }) };
}
