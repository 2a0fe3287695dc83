import express from 'express';
import type { Router } from 'express';
import type { WebexCloud } from '../webex-cloud.js';
import { readSite } from '../model/site-rules.js';
import type { SiteStore } from '../model/site-store.js';
import { SiteRefused } from '../model/site-store.js';
import { WebexApiError } from './api-error.js';
import { dataApiError, trackingIdOf } from './error-bodies.js';
import type { DataApiError } from './error-bodies.js';
import { sitesInPath } from './site-access.js';
import { siteHref } from './site-json.js';

/** One item of a bulk answer. */
interface BulkItemAnswer {
  readonly itemIdentifier: unknown;
  readonly status: number;
  readonly operationType: 'CREATE' | 'UPDATE' | 'DELETE' | 'GET';
  readonly href?: string;
  readonly apiError?: DataApiError;
}

/** Not documented; a bound so one request cannot hold the emulator for long. */
const MAX_ITEMS = 200;

/**
 * `POST /organization/{orgid}/site/bulk` (WxCC OpenAPI): each item `{ itemIdentifier, requestAction: SAVE|DELETE,
 * item: SiteDTO }` is carried out on its own and answered in a 207 Multi-Status, a failed item with its `apiError`
 * (the data APIs' error body). SAVE without an id creates, with one updates; bulk items must name `organizationId`.
 */
export function siteBulkRoute(cloud: WebexCloud): Router {
  const router = express.Router();
  router.post('/organization/:orgid/site/bulk', (request, response) => {
    const { orgId, store } = sitesInPath(cloud, request, response);
    const items: unknown =
      typeof request.body === 'object' && request.body !== null
        ? (request.body as Record<string, unknown>).items
        : undefined;
    if (!Array.isArray(items) || items.length === 0) throw new WebexApiError(400, 'items must be a non-empty list');
    if (items.length > MAX_ITEMS) throw new WebexApiError(400, `items accepts at most ${MAX_ITEMS} entries`);
    const trackingId = trackingIdOf(response);
    response.status(207).json({ items: items.map((item) => carryOut(item, orgId, store, trackingId)) });
  });
  return router;
}

function carryOut(entry: unknown, orgId: string, store: SiteStore, trackingId: string): BulkItemAnswer {
  const fields = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
  const { itemIdentifier, requestAction, item } = fields;
  const itemId =
    typeof item === 'object' && item !== null && typeof (item as Record<string, unknown>).id === 'string'
      ? String((item as Record<string, unknown>).id)
      : undefined;
  const operationType = requestAction === 'DELETE' ? 'DELETE' : itemId === undefined ? 'CREATE' : 'UPDATE';
  const failed = (status: number, description: string): BulkItemAnswer => ({
    itemIdentifier,
    status,
    operationType,
    apiError: dataApiError(status, description, trackingId),
  });
  if (requestAction !== 'SAVE' && requestAction !== 'DELETE')
    return failed(400, 'requestAction must be SAVE or DELETE');
  try {
    if (requestAction === 'DELETE') {
      if (itemId === undefined) return failed(400, 'item.id is required to delete');
      store.remove(itemId);
      return { itemIdentifier, status: 204, operationType, href: siteHref(orgId, itemId) };
    }
    const reading = readSite(item);
    if ('errors' in reading) return failed(400, reading.errors.join('; '));
    if (reading.site.organizationId === undefined) return failed(400, 'organizationId cannot be null');
    const site = itemId === undefined ? store.create(reading.site) : store.update(itemId, reading.site);
    return { itemIdentifier, status: itemId === undefined ? 201 : 200, operationType, href: siteHref(orgId, site.id) };
  } catch (error) {
    if (error instanceof SiteRefused) return failed(error.status, error.message);
    throw error;
  }
}
