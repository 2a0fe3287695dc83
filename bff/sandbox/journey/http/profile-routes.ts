import express from 'express';
import type { Response, Router } from 'express';
import { z } from 'zod';
import type { JourneyService } from '../journey-service.js';
import type { Person, ProfileViewTemplate } from '../model/types.js';
import { AGGREGATION_MODES, LOOK_BACK_UNITS } from '../model/types.js';
import { allAliases, aliasKey } from '../model/alias.js';
import { JourneyError } from '../model/journey-error.js';
import { computeAttributes } from '../model/progressive-profile.js';
import { bodyOf, pathParam } from './request-parts.js';

const Attribute = z.object({
  version: z.string().max(32).optional(),
  displayName: z.string().min(1).max(256),
  event: z.string().min(1).max(256),
  metaData: z.string().min(1).max(256),
  metaDataType: z.string().min(1).max(32).default('string'),
  limit: z.number().int().min(1).max(1000).default(30),
  lookBackDurationType: z.enum(LOOK_BACK_UNITS),
  lookBackPeriod: z.number().int().min(1).max(100_000),
  aggregationMode: z.enum(AGGREGATION_MODES),
  verbose: z.boolean().default(false),
  widgetAttributes: z.record(z.string(), z.unknown()).optional(),
  rules: z.record(z.string(), z.unknown()).optional(),
});
const TemplateBody = z.object({
  name: z.string().trim().min(1).max(256),
  attributes: z.array(Attribute).min(1).max(50),
});

const TEMPLATE = '/admin/v1/api/profile-view-template/workspace-id/:ws';
const PROFILE = '/v1/api/progressive-profile-view/workspace-id/:ws';

/**
 * Profile-view templates (`/admin/v1/api/profile-view-template/…`: list, create, read by id or name, replace, delete)
 * and progressive profiles computed from a person's events now
 * (`/v1/api/progressive-profile-view/workspace-id/{ws}/{person-id|identity}/{pid}/{template-name|template-id}/{t}`).
 */
export function profileRoutes(service: JourneyService): Router {
  const router = express.Router();
  const meta = () => ({ ...service.workspace });
  const templateJson = (template: ProfileViewTemplate) => ({ ...template, ...service.workspace });
  const sendTemplate = (response: Response, template: ProfileViewTemplate, status = 200) =>
    response.status(status).json({ meta: meta(), data: templateJson(template) });

  router.get(TEMPLATE, (_request, response) => {
    response.json({ meta: meta(), data: service.templates.list().map(templateJson) });
  });
  router.post(TEMPLATE, (request, response) => {
    const body = bodyOf(TemplateBody, request);
    sendTemplate(response, service.templates.create(body.name, body.attributes), 201);
  });
  router.get(`${TEMPLATE}/template-id/:tid`, (request, response) =>
    sendTemplate(response, service.templates.byId(pathParam(request, 'tid'))),
  );
  router.get(`${TEMPLATE}/template-name/:name`, (request, response) =>
    sendTemplate(response, service.templates.byName(pathParam(request, 'name'))),
  );
  router.put(`${TEMPLATE}/template-id/:tid`, (request, response) => {
    const body = bodyOf(TemplateBody, request);
    sendTemplate(response, service.templates.replace(pathParam(request, 'tid'), body.name, body.attributes));
  });
  router.delete(`${TEMPLATE}/template-id/:tid`, (request, response) => {
    service.templates.delete(pathParam(request, 'tid'));
    response.json({ meta: meta(), data: { message: 'Profile view template deleted' } });
  });

  for (const by of ['person-id', 'identity'] as const) {
    for (const templateBy of ['template-name', 'template-id'] as const) {
      router.get(`${PROFILE}/${by}/:who/${templateBy}/:template`, (request, response) => {
        const who = pathParam(request, 'who');
        const person = by === 'person-id' ? service.people.get(who) : personByAlias(service, who);
        const templateKey = pathParam(request, 'template');
        const template =
          templateBy === 'template-id' ? service.templates.byId(templateKey) : service.templates.byName(templateKey);
        response.json({
          meta: { ...meta(), personId: person.id, templateId: template.id },
          data: [profileView(service, person, template)],
        });
      });
    }
  }

  return router;
}

/** The progressive profile as JDS answers it (webex-contact-center.md §4), computed from the person's events now. */
function profileView(service: JourneyService, person: Person, template: ProfileViewTemplate) {
  const events = service.events.query({ identities: new Set(allAliases(person.aliases).map(aliasKey)) });
  return {
    ...service.workspace,
    personId: person.id,
    templateId: template.id,
    searchFilter: allAliases(person.aliases).join(','),
    attributes: computeAttributes(template, events, service.now()),
    // Misspelt as in Cisco's API (webex-contact-center.md §4): a client reads `systemMetdata`.
    systemMetdata: { journeyActionTriggerHistories: [] },
    timestamp: new Date(service.now()).toISOString(),
  };
}

function personByAlias(service: JourneyService, alias: string): Person {
  const person = service.people.byAlias(alias);
  if (!person) throw new JourneyError(404, `No person found for the identity ${alias}`);
  return person;
}
