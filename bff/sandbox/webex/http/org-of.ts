import type { Org } from '../model/types.js';
import type { Grant } from '../oauth/token-book.js';
import type { WebexCloud } from '../webex-cloud.js';

/** The organisation a token was issued for; it always exists, since organisations are never removed. */
export function orgOf(cloud: WebexCloud, grant: Grant): Org {
  const org = cloud.org(grant.orgId);
  if (!org) throw new Error(`A token names an unknown organisation ${grant.orgId}`);
  return org;
}
