import type { Request, Response } from 'express';
import type { SiteStore } from '../model/site-store.js';
import type { WebexCloud } from '../webex-cloud.js';
import { grantOf, requireScope } from './bearer-auth.js';
import { WebexApiError } from './api-error.js';

/** The read and write scopes of the configuration API. */
const READ_SCOPES = ['cjp:config', 'cjp:config_read', 'cjp:config_write'];
const WRITE_SCOPES = ['cjp:config', 'cjp:config_write'];

/**
 * The sites of the organisation in the path, when the token is for that organisation and has the scope the method
 * needs (reads `cjp:config_read`, writes `cjp:config_write`).
 */
export function sitesInPath(
  cloud: WebexCloud,
  request: Request,
  response: Response,
): { readonly orgId: string; readonly store: SiteStore } {
  const grant = grantOf(response);
  requireScope(grant, ...(request.method === 'GET' ? READ_SCOPES : WRITE_SCOPES));
  const orgId = String(request.params.orgid);
  const store = cloud.sites(orgId);
  if (orgId !== grant.orgId || !store)
    throw new WebexApiError(403, 'The access token does not give access to this organization');
  return { orgId, store };
}
