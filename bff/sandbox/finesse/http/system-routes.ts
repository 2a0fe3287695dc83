import express from 'express';
import type { Router } from 'express';
import type { FinesseSystem } from '../finesse-system.js';
import { invalidAuthorizationUser, notFound } from '../model/errors.js';
import { systemInfoDocument, teamDocument } from '../xml/config-xml.js';
import { teamMemberElement } from '../xml/user-xml.js';
import { sendXml } from './finesse-responses.js';
import { actorOf } from './authentication-middleware.js';

/** Team (supervisors of the team only) and SystemInfo (available out of service; authenticated only if so started). */
export function systemRoutes(system: FinesseSystem): Router {
  const router = express.Router({ caseSensitive: true });

  router.get('/finesse/api/Team/:id', (request, response) => {
    const actor = actorOf(response);
    const team = system.directory.teams.find((candidate) => candidate.id === request.params.id);
    if (!team) throw notFound(request.params.id, 'Invalid teamId specified');
    if (!actor.supervisedTeamIds.includes(team.id)) throw invalidAuthorizationUser(actor.loginId);
    // "Team—Get Team": signed-in members only, unless includeLoggedOutAgents=true.
    const members = system.roster.teamMembers(team.id, request.query.includeLoggedOutAgents === 'true');
    sendXml(
      response,
      teamDocument(
        team,
        members.map((user) => teamMemberElement(system.roster.view(user.loginId))),
      ),
    );
  });

  router.get('/finesse/api/SystemInfo', (_request, response) => {
    sendXml(response, systemInfo(system));
  });

  return router;
}

export function systemInfo(system: FinesseSystem) {
  return systemInfoDocument({
    now: system.scheduler.now(),
    status: system.status,
    host: system.address.host,
    httpsPort: system.address.port,
    xmppDomain: system.xmppDomain,
    startedAt: system.startedAt,
  });
}
