import express from 'express';
import type { Router } from 'express';
import type { ContextService } from '../context-service.js';
import { objectJson } from '../wire/object-json.js';
import { readSearchParameters } from '../search/search-parameters.js';
import { searchObjects } from '../search/object-search.js';
import { storeOf } from './lab-mode.js';
import { objectTypeOf } from './object-type.js';

/**
 * `GET /context/v1/{type}?q=…` answers a JSON array of whole objects; the count before paging is in `X-Total-Hits`
 * (the SDK's totalHits, reference §1.4).
 */
export function searchRoute(service: ContextService): Router {
  const router = express.Router();
  router.get('/context/v1/:type', (request, response) => {
    const type = objectTypeOf(request);
    service.stats.count('search', type);
    const parameters = readSearchParameters(new URL(request.originalUrl, 'http://emulator').searchParams);
    const result = searchObjects(storeOf(response).list(type), parameters);
    response.set('X-Total-Hits', String(result.totalHits));
    response.json(result.page.map((object) => objectJson(service.baseUrl, object)));
  });
  return router;
}
