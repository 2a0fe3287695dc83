import express from 'express';
import type { Request, Response, Router } from 'express';
import type { AgentDirectory, DirectoryAgent, DirectoryTeam } from '../../directory/agent-directory.js';
import type { Listing } from '../model/list-request.js';
import { pageOf, readListRequest } from '../model/list-request.js';
import { AGENT_REF_PREFIX, changeStampOf, judgeAgent } from '../model/agent-rules.js';
import { CceApiError } from '../model/cce-api-error.js';
import { agentElement, readAgentInput } from '../xml/agent-xml.js';
import { resultsDocument } from '../xml/page-info-xml.js';
import { sendApiErrors, sendXml } from './cce-responses.js';
import { methodNotAllowed, notFound } from './resource-answers.js';

export const AGENT_PATH = '/unifiedconfig/config/agent';

/** The fields the Agent API documents as searched by `q` and as sortable (CCE Developer Reference, "Search and Sort Values"). */
function agentListing(teams: readonly DirectoryTeam[]): Listing<DirectoryAgent> {
  return {
    searchable: (agent) => [agent.agentId, agent.description, agent.firstName, agent.lastName, agent.userName],
    sortValue: (agent, field) => {
      switch (field) {
        case 'agentId':
          return Number(agent.agentId);
        case 'description':
          return agent.description;
        case 'supervisor':
          return String(agent.supervisor);
        case 'agentStateTrace':
        case 'person.ssoEnabled':
          return 'false';
        case 'agentTeam.name':
          return teams.find((team) => team.id === agent.teamId)?.name ?? '';
        case 'person.firstName':
          return agent.firstName;
        case 'person.lastName':
          return agent.lastName;
        case 'person.loginEnabled':
          return String(agent.loginEnabled);
        default:
          return agent.userName;
      }
    },
  };
}
const SORTABLE = [
  'agentId',
  'description',
  'supervisor',
  'agentStateTrace',
  'agentTeam.name',
  'person.firstName',
  'person.lastName',
  'person.userName',
  'person.loginEnabled',
  'person.ssoEnabled',
];

/** The Agent API: list (search, sort, pages), get, create, update (guarded by changeStamp) and delete. */
export function agentRoutes(agents: AgentDirectory, baseUrl: () => string): Router {
  const router = express.Router({ caseSensitive: true });
  const element = (agent: DirectoryAgent) => agentElement(agent, agents.teams(), agents.skillGroups());
  const context = (current?: DirectoryAgent) => ({
    agents: agents.agents(),
    teams: agents.teams(),
    skillGroups: agents.skillGroups(),
    ...(current ? { current } : {}),
  });

  router
    .route(AGENT_PATH)
    .get((request, response) => {
      const list = readListRequest(request.query, SORTABLE);
      const page = pageOf(agents.agents(), list, agentListing(agents.teams()));
      sendXml(
        response,
        200,
        resultsDocument(`${baseUrl()}${AGENT_PATH}`, list, page, 'agents', page.items.map(element), 'agent'),
      );
    })
    .post((request, response) => {
      const verdict = judgeAgent(readAgentInput(bodyOf(request)), context());
      if (!verdict.ok) {
        sendApiErrors(response, 400, verdict.errors);
        return;
      }
      const agent = agents.create(verdict.fields);
      // "201 Created": the new item's URL in Location, no body.
      response.status(201).location(`${baseUrl()}${AGENT_REF_PREFIX}${agent.id}`).end();
    })
    .all(methodNotAllowed('GET, HEAD, POST'));

  router
    .route(`${AGENT_PATH}/:id`)
    .get((request, response) => {
      sendXml(response, 200, { agent: element(existing(agents, request)) });
    })
    .put((request, response) => {
      const current = existing(agents, request);
      const input = readAgentInput(bodyOf(request));
      const changeStamp = changeStampOf(input);
      if (typeof changeStamp !== 'number') throw new CceApiError(400, changeStamp);
      const verdict = judgeAgent(input, context(current));
      if (!verdict.ok) {
        sendApiErrors(response, 400, verdict.errors);
        return;
      }
      answerUpdate(response, agents.update(current.id, changeStamp, verdict.fields));
    })
    .delete((request, response) => {
      agents.delete(existing(agents, request).id);
      response.status(200).end();
    })
    .all(methodNotAllowed('GET, HEAD, PUT, DELETE'));

  return router;
}

function answerUpdate(response: Response, outcome: ReturnType<AgentDirectory['update']>): void {
  switch (outcome.kind) {
    case 'updated':
      response.status(200).end();
      return;
    case 'stale':
      // The update "fails" when the changeStamp is out of date; CCE documents no status beyond 400 for a request it
      // refuses, and names no errorType for this one, so the errorType is the emulator's.
      sendApiErrors(response, 400, [
        {
          errorData: 'changeStamp',
          errorMessage: `changeStamp ${String(outcome.current.changeStamp)} is the current one: the agent was changed since it was read`,
          errorType: 'invalidInput.staleChangeStamp',
        },
      ]);
      return;
    case 'notFound':
      throw notFound();
  }
}

function existing(agents: AgentDirectory, request: Request<{ id: string }>): DirectoryAgent {
  const agent = agents.agent(request.params.id);
  if (!agent) throw notFound();
  return agent;
}

function bodyOf(request: Request): string {
  return typeof request.body === 'string' ? request.body : '';
}
