import express from 'express';
import type { Router } from 'express';
import type { ContextService } from '../context-service.js';
import { ContextServiceError, notFound } from '../model/context-error.js';
import { readObjectBody } from '../wire/object-body.js';
import { createdJson, objectJson } from '../wire/object-json.js';
import { isLabMode, storeOf } from './lab-mode.js';
import { objectIdOf, objectTypeOf } from './object-type.js';

/** Create, read, update and delete one object: `/context/v1/{type}[/{id}]` (reference §1.6). */
export function objectRoutes(service: ContextService): Router {
  const router = express.Router();

  router.post('/context/v1/:type', (request, response) => {
    const type = objectTypeOf(request);
    service.stats.count('create', type);
    const object = storeOf(response).create(type, readObjectBody(request.body));
    const created = createdJson(service.baseUrl, object);
    response.status(201).location(created.refUrl).json(created);
  });

  router.get('/context/v1/:type/:id', (request, response) => {
    const type = objectTypeOf(request);
    service.stats.count('get', type);
    const object = storeOf(response).find(type, objectIdOf(request));
    if (!object) throw notFound(`No ${type} ${objectIdOf(request)}`);
    response.json(objectJson(service.baseUrl, object));
  });

  router.put('/context/v1/:type/:id', (request, response) => {
    const type = objectTypeOf(request);
    service.stats.count('update', type);
    const object = storeOf(response).update(type, objectIdOf(request), readObjectBody(request.body));
    response.json(objectJson(service.baseUrl, object));
  });

  // Deleting is a lab-mode privilege [CS-DOCS faq; FlushEntities.java].
  router.delete('/context/v1/:type/:id', (request, response) => {
    const type = objectTypeOf(request);
    service.stats.count('delete', type);
    if (!isLabMode(request))
      throw new ContextServiceError(403, 'Objects can be deleted only in lab mode (cisco-context-labmode: true)');
    if (!storeOf(response).delete(type, objectIdOf(request))) throw notFound(`No ${type} ${objectIdOf(request)}`);
    response.status(204).end();
  });

  return router;
}
