import type { Site } from '../model/types.js';

/** A site as the configuration API answers it (SiteDTO), optionally projected to the `attributes` asked for. */
export function siteJson(site: Site, attributes?: readonly string[]): Record<string, unknown> {
  const json: Record<string, unknown> = { ...site };
  if (json.description === undefined) delete json.description;
  if (attributes === undefined) return json;
  return Object.fromEntries(Object.entries(json).filter(([name]) => attributes.includes(name)));
}

/** The `href` of a site in bulk answers. */
export function siteHref(orgId: string, siteId: string): string {
  return `/api/organization/${orgId}/site/${siteId}`;
}
