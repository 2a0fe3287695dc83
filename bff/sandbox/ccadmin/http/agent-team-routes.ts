import express from 'express';
import type { Router } from 'express';
import type { AgentDirectory, DirectoryTeam } from '../../directory/agent-directory.js';
import type { Listing } from '../model/list-request.js';
import { pageOf, readListRequest } from '../model/list-request.js';
import { agentTeamElement } from '../xml/agent-xml.js';
import { resultsDocument } from '../xml/page-info-xml.js';
import { sendXml } from './cce-responses.js';
import { methodNotAllowed, notFound } from './resource-answers.js';

export const AGENT_TEAM_PATH = '/unifiedconfig/config/agentteam';

const TEAM_LISTING: Listing<DirectoryTeam> = {
  searchable: (team) => [team.name, team.description],
  sortValue: (team, field) => (field === 'description' ? team.description : team.name),
};

/** The Agent Team API's list and get (create, update and delete are not emulated: 405). */
export function agentTeamRoutes(agents: AgentDirectory, baseUrl: () => string): Router {
  const router = express.Router({ caseSensitive: true });
  router
    .route(AGENT_TEAM_PATH)
    .get((request, response) => {
      const list = readListRequest(request.query, ['name', 'description']);
      const page = pageOf(agents.teams(), list, TEAM_LISTING);
      const items = page.items.map((team) => agentTeamElement(team, agents.agents()));
      sendXml(
        response,
        200,
        resultsDocument(`${baseUrl()}${AGENT_TEAM_PATH}`, list, page, 'agentTeams', items, 'agentTeam'),
      );
    })
    .all(methodNotAllowed('GET, HEAD'));
  router
    .route(`${AGENT_TEAM_PATH}/:id`)
    .get((request, response) => {
      const team = agents.teams().find((candidate) => candidate.id === request.params.id);
      if (!team) throw notFound();
      sendXml(response, 200, { agentTeam: agentTeamElement(team, agents.agents()) });
    })
    .all(methodNotAllowed('GET, HEAD'));
  return router;
}
