import express from 'express';
import type { Request, Router } from 'express';
import type { JourneyService } from '../journey-service.js';
import type { EventQuery } from '../model/event-log.js';
import { ENVELOPE_FIELDS } from '../model/event-log.js';
import { readCloudEvent } from '../model/cloud-event.js';
import { JourneyError } from '../model/journey-error.js';
import { parseRsql, selectorsOf } from '../model/rsql.js';
import { aliasKey, allAliases } from '../model/alias.js';
import type { AliasKind, JourneyEvent } from '../model/types.js';
import { pageOf, pageSlice, queryParam, sortOf } from './request-parts.js';

/**
 * Journey Data Ingestion and historic events (JDS OpenAPI): `POST /publish/v1/api/event?workspaceId=` with a
 * CloudEvent, and `GET /v1/api/events/workspace-id/{ws}?identity=&filter=&data=&sortBy&sort&page&pageSize`, newest
 * first.
 */
export function eventRoutes(service: JourneyService): Router {
  const router = express.Router();

  router.post('/publish/v1/api/event', (request, response) => {
    const workspaceId = queryParam(request, 'workspaceId');
    if (workspaceId === undefined) throw new JourneyError(400, 'workspaceId is required');
    if (workspaceId !== service.workspace.workspaceId)
      throw new JourneyError(404, `Workspace ${workspaceId} not found`);
    const event = readCloudEvent(request.body, service.now());
    service.events.publish(event);
    recordIdentity(service, event);
    response.json({ meta: { ...service.workspace }, data: { message: `Event ${event.id} accepted` } });
  });

  router.get('/v1/api/events/workspace-id/:ws', (request, response) => {
    const identity = queryParam(request, 'identity');
    const sortBy = queryParam(request, 'sortBy');
    // Pinot keeps events in time order; `time` is the only order the emulator offers [U].
    if (sortBy !== undefined && sortBy !== 'time') throw new JourneyError(400, 'sortBy may only be time');
    const events = service.events.query(eventQueryOf(service, request, identity), sortOf(request, 'desc'));
    const page = pageSlice(events, pageOf(request));
    // resultCount counts this page's events (the OpenAPI does not say whether it means the page or all matches) [U].
    response.json({
      meta: { ...service.workspace, resultCount: page.length, ...(identity === undefined ? {} : { identity }) },
      data: page,
    });
  });

  return router;
}

/**
 * A new identity joins the person its `previousidentity` names (an anonymous visitor who signs in), else becomes a
 * person of its own; an identity that already has a person stays with it. JDS documents `previousidentity` without
 * saying what it does; this is our reading [U].
 */
function recordIdentity(service: JourneyService, event: JourneyEvent): void {
  if (service.people.byAlias(event.identity)) return;
  const aliases = { [event.identitytype as AliasKind]: [event.identity] };
  const previous = event.previousidentity === undefined ? undefined : service.people.byAlias(event.previousidentity);
  if (previous) service.people.addIdentities(previous.id, aliases);
  else service.people.create({ aliases });
}

/** The identity (resolved to all its person's aliases), `filter` and `data` parameters of a history or stream request. */
export function eventQueryOf(service: JourneyService, request: Request, identity: string | undefined): EventQuery {
  const filterText = queryParam(request, 'filter');
  const dataText = queryParam(request, 'data');
  const filter = filterText === undefined || filterText === '' ? undefined : parseRsql(filterText, 'filter');
  const unknown =
    filter === undefined
      ? undefined
      : selectorsOf(filter).find((selector) => !(ENVELOPE_FIELDS as readonly string[]).includes(selector));
  if (unknown !== undefined)
    throw new JourneyError(
      400,
      `filter cannot use ${unknown}: it filters on ${ENVELOPE_FIELDS.join(', ')}; use data for the event's data`,
    );
  const data = dataText === undefined || dataText === '' ? undefined : parseRsql(dataText, 'data');
  return {
    ...(identity === undefined ? {} : { identities: identitiesOf(service, identity) }),
    ...(filter ? { filter } : {}),
    ...(data ? { data } : {}),
  };
}

/** A person's events are those under any of its aliases; an identity no person has stands for itself. */
function identitiesOf(service: JourneyService, identity: string): ReadonlySet<string> {
  const person = service.people.byAlias(identity);
  return new Set((person ? allAliases(person.aliases) : [identity]).map(aliasKey));
}
