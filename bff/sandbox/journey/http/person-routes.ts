import express from 'express';
import type { Response, Router } from 'express';
import { z } from 'zod';
import type { JourneyService } from '../journey-service.js';
import type { AliasSet } from '../model/types.js';
import { JourneyError } from '../model/journey-error.js';
import { personJson } from './person-json.js';
import { bodyOf, pageOf, pageSlice, pathParam, queryParam } from './request-parts.js';

/** A phone alias is E.164 (reference §3: "URL-encode `+`"); anything else is refused rather than guessed at [U]. */
const Phone = z.string().regex(/^\+[1-9]\d{1,14}$/, 'must be an E.164 number such as +14155550123');
const Email = z
  .string()
  .regex(/^[^\s@]+@[^\s@]+$/, 'must be an email address')
  .max(254);
const Id = z.string().min(1).max(256);

const AliasFields = {
  phone: z.array(Phone).max(50).optional(),
  email: z.array(Email).max(50).optional(),
  temporaryId: z.array(Id).max(50).optional(),
  customerId: z.array(Id).max(50).optional(),
  socialId: z.array(Id).max(50).optional(),
};
const Names = { firstName: z.string().max(256).optional(), lastName: z.string().max(256).optional() };

const PersonBody = z.object({ ...Names, ...AliasFields });
const AliasesBody = z.object(AliasFields);
const NamesBody = z.object(Names);
const MergeBody = z.object({ personIdsToMerge: z.array(z.string().min(1)).min(1).max(100) });
const MergeIdentitiesBody = z.object({ override: z.boolean().default(false), ...Names, ...AliasFields });

const PERSON = '/admin/v1/api/person';

/**
 * The Customer Identification API (JDS OpenAPI, "Journey - Customer Identification"): people by id, by alias, created,
 * renamed, deleted, given or stripped of identities, merged.
 */
export function personRoutes(service: JourneyService): Router {
  const router = express.Router();
  const meta = () => ({ organizationId: service.workspace.organizationId });

  router.get(`${PERSON}/workspace-id/:ws`, (request, response) => {
    const personId = queryParam(request, 'personId');
    const people = personId === undefined ? service.people.list() : [service.people.get(personId)];
    response.json({ meta: meta(), data: pageSlice(people, pageOf(request)).map(personJson) });
  });

  router.get(`${PERSON}/workspace-id/:ws/aliases/:aliases`, (request, response) => {
    const aliases = pathParam(request, 'aliases')
      .split(',')
      .map((alias) => alias.trim())
      .filter((alias) => alias !== '');
    const found = [
      ...new Map(
        aliases.flatMap((alias) => service.people.byAlias(alias) ?? []).map((person) => [person.id, person]),
      ).values(),
    ];
    if (found.length === 0) throw new JourneyError(404, `No person found for the aliases ${aliases.join(',')}`);
    response.json({ meta: meta(), data: pageSlice(found, pageOf(request)).map(personJson) });
  });

  router.post(`${PERSON}/workspace-id/:ws`, (request, response) => {
    const body = bodyOf(PersonBody, request);
    response
      .status(201)
      .json({ meta: meta(), data: personJson(service.people.create({ ...body, aliases: aliasesOf(body) })) });
  });

  router.patch(`${PERSON}/workspace-id/:ws/person-id/:pid`, (request, response) => {
    answer(response, service.people.rename(pathParam(request, 'pid'), bodyOf(NamesBody, request)));
  });

  router.delete(`${PERSON}/workspace-id/:ws/person-id/:pid`, (request, response) => {
    const id = pathParam(request, 'pid');
    service.people.delete(id);
    // The OpenAPI names no body for a delete [U]; the emulator answers like the publish call, with a message.
    response.json({ meta: meta(), data: { message: `Person ${id} deleted` } });
  });

  router.patch(`${PERSON}/add-identities/workspace-id/:ws/person-id/:pid`, (request, response) => {
    answer(response, service.people.addIdentities(pathParam(request, 'pid'), aliasesOf(bodyOf(AliasesBody, request))));
  });

  router.patch(`${PERSON}/remove-identities/workspace-id/:ws/person-id/:pid`, (request, response) => {
    answer(
      response,
      service.people.removeIdentities(pathParam(request, 'pid'), aliasesOf(bodyOf(AliasesBody, request))),
    );
  });

  router.post(`${PERSON}/merge/workspace-id/:ws/primary-person-id/:pid`, (request, response) => {
    answer(response, service.people.merge(pathParam(request, 'pid'), bodyOf(MergeBody, request).personIdsToMerge));
  });

  router.post(`${PERSON}/merge-identities/workspace-id/:ws`, (request, response) => {
    const body = bodyOf(MergeIdentitiesBody, request);
    const { person, created } = service.people.mergeIdentities({ ...body, aliases: aliasesOf(body) }, body.override);
    response.status(created ? 201 : 200).json({ meta: meta(), data: personJson(person) });
  });

  function answer(response: Response, person: Parameters<typeof personJson>[0]): void {
    response.json({ meta: meta(), data: personJson(person) });
  }

  return router;
}

function aliasesOf(body: Partial<AliasSet>): Partial<AliasSet> {
  const { phone, email, temporaryId, customerId, socialId } = body;
  return { phone, email, temporaryId, customerId, socialId };
}
