import express from 'express';
import type { Router } from 'express';
import { z } from 'zod';
import { Channel, CustomerInput, MoveActivityInput, RequestInput } from '../../../shared/api/context.js';
import { text } from '../../../shared/api/text-rules.js';
import type { CustomerService } from '../services/customer-service.js';
import { parseRequest } from '../http/request-validation.js';
import { sessionOf } from '../http/session-middleware.js';
import { InvalidRequestError } from '../errors.js';

const CONTEXT_ID = /^[0-9A-Za-z_-]{1,64}$/;
const ScreenPopQuery = z.strictObject({
  dialogId: z.string().regex(/^[0-9A-Za-z_]{1,64}$/, 'must be a Finesse dialog id'),
});
const CustomerQuery = z.strictObject({
  q: text(200).optional(),
  phone: text(40).optional(),
  email: text(254).optional(),
});
const JourneyQuery = z.strictObject({ channel: Channel.optional(), cursor: z.string().max(200).optional() });

function contextId(value: string, name: string): string {
  if (!CONTEXT_ID.test(value)) throw new InvalidRequestError(`${name}: must be a context id`);
  return value;
}

/** Customer context (API outline): screen pop, customers, journey, requests, moving an activity. */
export function contextRoutes(customers: CustomerService): Router {
  const router = express.Router();

  router.get('/api/context', async (request, response) => {
    const { dialogId } = parseRequest(ScreenPopQuery, request.query, 'query');
    response.json(await customers.screenPop(sessionOf(response), dialogId));
  });

  router.get('/api/customers', async (request, response) => {
    const query = parseRequest(CustomerQuery, request.query, 'query');
    response.json(await customers.find(query));
  });

  router.post('/api/customers', async (request, response) => {
    response.status(201).json(await customers.create(parseRequest(CustomerInput, request.body)));
  });

  router.get('/api/customers/:id', async (request, response) => {
    response.json(await customers.get(contextId(request.params.id, 'id')));
  });

  router.patch('/api/customers/:id', async (request, response) => {
    const ifMatch = request.get('if-match');
    if (ifMatch === undefined || ifMatch.trim() === '')
      throw new InvalidRequestError("If-Match: is required (the customer's lastUpdated)");
    response.json(
      await customers.update(
        contextId(request.params.id, 'id'),
        parseRequest(CustomerInput, request.body),
        ifMatch.replace(/^W\//, '').replace(/^"|"$/g, ''),
      ),
    );
  });

  router.get('/api/customers/:id/journey', async (request, response) => {
    const query = parseRequest(JourneyQuery, request.query, 'query');
    const options = {
      ...(query.channel === undefined ? {} : { channel: query.channel }),
      ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
    };
    response.json(await customers.journey(contextId(request.params.id, 'id'), options));
  });

  router.post('/api/requests', async (request, response) => {
    response.status(201).json(await customers.createRequest(parseRequest(RequestInput, request.body)));
  });

  router.patch('/api/activities/:id', async (request, response) => {
    const move = parseRequest(MoveActivityInput, request.body);
    response.json(await customers.moveActivity(contextId(request.params.id, 'id'), move));
  });

  return router;
}
