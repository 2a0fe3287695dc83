import { z } from 'zod';
import { Site } from '../../../shared/api/webex.js';
import type { SiteBulkReport, SiteInput, SiteList } from '../../../shared/api/webex.js';
import type { UpstreamCall } from '../upstream/types.js';
import type { WebexOrgAccess } from './webex-access.js';
import type { WebexApi } from './webex-api.js';
import { readWebexJson } from './webex-json.js';
import { webexReasonIn } from './webex-errors.js';
import { readSiteCsv } from './site-csv.js';

const BulkAnswer = z.object({
  items: z.array(
    z.looseObject({
      itemIdentifier: z.unknown(),
      status: z.number(),
      href: z.string().optional(),
      apiError: z.unknown().optional(),
    }),
  ),
});

/** Webex's bulk endpoint takes a bounded number of items per request (undocumented; the emulator's bound). */
const BULK_CHUNK = 200;

/**
 * Webex Contact Center's sites (reference webex-contact-center.md §1.6, `/organization/{orgid}/site`): list, read,
 * create, update, and a CSV upload created through the bulk endpoint, row by row, without creating a site twice.
 */
export class WebexSites {
  constructor(private readonly api: WebexApi) {}

  list(orgId?: string): Promise<SiteList> {
    return this.call(
      orgId,
      (org) => ({
        operation: 'listSites',
        purpose: 'the site list',
        method: 'GET',
        path: sitesPath(org),
        expectedStatus: [200],
      }),
      (body) => ({ sites: readWebexJson(z.array(Site), body) }),
    );
  }

  get(id: string, orgId?: string): Promise<Site> {
    return this.call(
      orgId,
      (org) => ({
        operation: 'getSite',
        purpose: `the site ${id}`,
        method: 'GET',
        path: `${sitesPath(org)}/${encodeURIComponent(id)}`,
        expectedStatus: [200],
      }),
      (body) => readWebexJson(Site, body),
    );
  }

  create(site: SiteInput, orgId?: string): Promise<Site> {
    return this.call(
      orgId,
      (org) => ({
        operation: 'createSite',
        purpose: `the new site ${site.name}`,
        method: 'POST',
        path: sitesPath(org),
        body: JSON.stringify({ ...site, organizationId: org.orgId, version: 0 }),
        expectedStatus: [201],
      }),
      (body) => readWebexJson(Site, body),
    );
  }

  /** Webex's PUT takes the whole SiteDTO with its id and current version, so the site is read first. */
  async update(id: string, site: SiteInput, orgId?: string): Promise<Site> {
    const current = await this.get(id, orgId);
    return this.call(
      orgId,
      (org) => ({
        operation: 'updateSite',
        purpose: `the change of site ${id}`,
        method: 'PUT',
        path: `${sitesPath(org)}/${encodeURIComponent(id)}`,
        body: JSON.stringify({
          ...site,
          id,
          organizationId: org.orgId,
          ...(current.version === undefined ? {} : { version: current.version }),
        }),
        expectedStatus: [200],
      }),
      (body) => readWebexJson(Site, body),
    );
  }

  /**
   * A CSV upload: rows refused here are reported with their reason; names that exist already are reported as
   * existing (so a second upload of the same file creates nothing); the rest go through the bulk endpoint, whose
   * per-item 207 answer says what was created and what Webex refused.
   */
  async bulkCreate(csv: string, orgId?: string): Promise<SiteBulkReport> {
    const { valid, refused } = readSiteCsv(csv);
    const report: {
      created: SiteBulkReport['created'];
      existing: SiteBulkReport['existing'];
      refused: SiteBulkReport['refused'];
    } = { created: [], existing: [], refused: [...refused] };
    const known = new Set((await this.list(orgId)).sites.map((site) => site.name.toLowerCase()));
    const fresh = valid.filter(({ row, site }) => {
      if (!known.has(site.name.toLowerCase())) return true;
      report.existing.push({ row, name: site.name });
      return false;
    });
    for (let start = 0; start < fresh.length; start += BULK_CHUNK) {
      const chunk = fresh.slice(start, start + BULK_CHUNK);
      const answer = await this.call(
        orgId,
        (org) => ({
          operation: 'bulkSaveSites',
          purpose: 'the site upload',
          method: 'POST',
          path: `${sitesPath(org)}/bulk`,
          body: JSON.stringify({
            items: chunk.map(({ row, site }) => ({
              itemIdentifier: row,
              requestAction: 'SAVE',
              item: { ...site, organizationId: org.orgId, version: 0 },
            })),
          }),
          expectedStatus: [207],
        }),
        (body) => readWebexJson(BulkAnswer, body),
      );
      for (const { row, site } of chunk) {
        const item = answer.items.find((candidate) => candidate.itemIdentifier === row);
        if (item === undefined)
          report.refused.push({ row, name: site.name, reason: 'Webex Contact Center did not answer for this row' });
        else if (item.status === 201 || item.status === 200)
          report.created.push({ row, name: site.name, id: item.href?.split('/').at(-1) ?? '' });
        else if (item.status === 409) report.existing.push({ row, name: site.name });
        else
          report.refused.push({
            row,
            name: site.name,
            reason: `Webex Contact Center refused it (${item.status}): ${webexReasonIn(item.apiError) ?? 'no reason given'}`,
          });
      }
    }
    const byRow = (a: { row: number }, b: { row: number }) => a.row - b.row;
    return {
      created: report.created.sort(byRow),
      existing: report.existing.sort(byRow),
      refused: report.refused.sort(byRow),
    };
  }

  private call<T>(
    orgId: string | undefined,
    call: (org: WebexOrgAccess) => UpstreamCall,
    read: (body: string) => T,
  ): Promise<T> {
    return this.api.exchange(orgId, call, ({ body }) => read(body));
  }
}

function sitesPath(org: WebexOrgAccess): string {
  return `/organization/${encodeURIComponent(org.orgId)}/site`;
}
