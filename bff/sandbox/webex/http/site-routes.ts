import express from 'express';
import type { Router } from 'express';
import type { WebexCloud } from '../webex-cloud.js';
import { readRsqlFilter } from '../model/rsql-filter.js';
import { readSite } from '../model/site-rules.js';
import type { SiteInput } from '../model/site-rules.js';
import { SiteRefused } from '../model/site-store.js';
import { WebexApiError } from './api-error.js';
import { sitesInPath } from './site-access.js';
import { siteJson } from './site-json.js';

const FILTER_FIELDS = ['id', 'name', 'active', 'multimediaProfileId', 'systemDefault', 'version'];

/** The body as a SiteDTO, or the configuration API's 400 naming every problem. */
function siteBody(body: unknown): SiteInput {
  const reading = readSite(body);
  if ('errors' in reading) throw new WebexApiError(400, reading.errors.join('; '));
  return reading.site;
}

/** A store refusal as the API's answer. */
function refused(error: unknown): never {
  if (error instanceof SiteRefused) throw new WebexApiError(error.status, error.message);
  throw error;
}

/**
 * Sites (WxCC OpenAPI, configuration): `GET /organization/{orgid}/site` lists them as a plain array (RSQL `filter`,
 * `attributes` projection), `POST` creates (201), `GET`/`PUT`/`DELETE …/site/{id}` read, fully update (200, version
 * + 1) and remove (204). Errors are the configuration API's ApiError.
 */
export function siteRoutes(cloud: WebexCloud): Router {
  const router = express.Router();

  router.get('/organization/:orgid/site', (request, response) => {
    const { store } = sitesInPath(cloud, request, response);
    const filterText = typeof request.query.filter === 'string' ? request.query.filter : undefined;
    const filter = filterText === undefined ? undefined : readRsqlFilter(filterText, FILTER_FIELDS);
    if (filterText !== undefined && !filter)
      throw new WebexApiError(400, `filter is not a supported RSQL expression: ${filterText}`);
    const attributes =
      typeof request.query.attributes === 'string'
        ? request.query.attributes.split(',').map((name) => name.trim())
        : undefined;
    const sites = store.list().filter((site) => !filter || filter({ ...site }));
    response.json(sites.map((site) => siteJson(site, attributes)));
  });

  router.post('/organization/:orgid/site', (request, response) => {
    const { store } = sitesInPath(cloud, request, response);
    try {
      response.status(201).json(siteJson(store.create(siteBody(request.body))));
    } catch (error) {
      refused(error);
    }
  });

  router.get('/organization/:orgid/site/:id', (request, response) => {
    const { store } = sitesInPath(cloud, request, response);
    const site = store.get(request.params.id);
    if (!site) throw new WebexApiError(404, `Site ${request.params.id} not found`);
    response.json(siteJson(site));
  });

  router.put('/organization/:orgid/site/:id', (request, response) => {
    const { store } = sitesInPath(cloud, request, response);
    try {
      response.json(siteJson(store.update(request.params.id, siteBody(request.body))));
    } catch (error) {
      refused(error);
    }
  });

  router.delete('/organization/:orgid/site/:id', (request, response) => {
    const { store } = sitesInPath(cloud, request, response);
    try {
      store.remove(request.params.id);
      response.status(204).end();
    } catch (error) {
      refused(error);
    }
  });

  return router;
}
