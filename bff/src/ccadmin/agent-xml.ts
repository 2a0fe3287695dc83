import { z } from 'zod';
import { UpstreamFormatError } from '../upstream/format-error.js';
import { writeUpstreamXml } from '../upstream/xml-writer.js';
import type { XmlElementToWrite } from '../upstream/xml-writer.js';
import { OptionalText, checked, readCceXml } from './cce-xml.js';
import type { CceAgent, CceAgentDraft, CceAgentTeam, CcePage } from './types.js';

/*
 * Every XML of CCE Administration's Agent and Agent Team APIs, mapped in this one file (CCE Developer Reference,
 * "Agent API", "Agent Team API", "Pagination", "Shared Parameters"):
 *
 *   GET  /agent/{id}  → <agent><changeStamp/><refURL/><agentId/><description/><person><firstName/><lastName/>
 *                        <loginEnabled/><userName/></person><supervisor/><agentTeam><refURL/><name/></agentTeam>…</agent>
 *   GET  /agent       → <results><pageInfo><totalResults/><startIndex/><resultsPerPage/>…</pageInfo><agents><agent/>…
 *   GET  /agentteam   → <results><pageInfo/><agentTeams><agentTeam><refURL/><name/>…</agentTeam>…</agentTeams></results>
 *   POST, PUT         ← <agent> with person.password when one is set ("not returned": never read back)
 *
 * Elements may come in any order, a list may hold one item, optional elements may be absent, unknown ones (desk
 * settings, skill groups, attributes) are ignored.
 */

export const AGENT_PATH = '/agent';
export const AGENT_TEAM_PATH = '/agentteam';
const TEAM_REF = '/unifiedconfig/config/agentteam/';

/** A repeated element reads as its first occurrence: one agent has one person and one team. */
const first = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (Array.isArray(value) ? (value as unknown[])[0] : value), schema);
const Required = OptionalText.pipe(z.string({ error: 'is missing' }));
const WholeNumber = Required.pipe(z.string().regex(/^[0-9]{1,15}$/, 'must be a whole number')).transform(Number);
const Flag = OptionalText.pipe(z.enum(['true', 'false'], { error: 'must be true or false' }).optional()).transform(
  (value) => value === 'true',
);

/** The item id of a refURL: its last path segment (`/unifiedconfig/config/agent/5001` → `5001`). */
const ItemId = Required.transform((refURL, context) => {
  const id = /\/([0-9]+)\/?$/.exec(refURL)?.[1];
  if (id === undefined) context.addIssue({ code: 'custom', message: 'must end in an item id' });
  return id ?? '';
});

const TeamElement = z.object({ refURL: ItemId, name: OptionalText });

const AgentElement = z.object({
  changeStamp: first(WholeNumber),
  refURL: first(ItemId),
  agentId: first(Required),
  description: first(OptionalText),
  supervisor: first(Flag),
  person: first(
    z.object(
      {
        firstName: first(OptionalText),
        lastName: first(OptionalText),
        userName: first(Required),
        loginEnabled: first(OptionalText),
      },
      { error: 'is missing' },
    ),
  ),
  agentTeam: first(TeamElement.optional()),
});

/** `<agents/>` (no agents on this page) parses as ''. */
const emptyAsNone = (value: unknown): unknown => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const listOf = <T extends z.ZodType>(item: string, schema: T) =>
  z.preprocess(emptyAsNone, z.object({ [item]: z.array(schema).default([]) }).optional());

const PageInfoElement = first(
  z.object(
    {
      totalResults: first(WholeNumber),
      startIndex: first(WholeNumber.optional()),
      resultsPerPage: first(WholeNumber.optional()),
    },
    { error: 'is missing' },
  ),
);

function agentOf(element: z.infer<typeof AgentElement>): CceAgent {
  const { person } = element;
  return {
    id: element.refURL,
    agentId: element.agentId,
    changeStamp: element.changeStamp,
    firstName: person.firstName ?? '',
    lastName: person.lastName ?? '',
    userName: person.userName,
    supervisor: element.supervisor,
    // Absent means enabled: CCE's default for a new agent.
    loginEnabled: person.loginEnabled !== 'false',
    ...(element.description === undefined ? {} : { description: element.description }),
    ...(element.agentTeam === undefined
      ? {}
      : { team: { id: element.agentTeam.refURL, name: element.agentTeam.name ?? element.agentTeam.refURL } }),
  };
}

/** A GET of one agent. */
export function readAgent(xml: string): CceAgent {
  return agentOf(checked(AgentElement, readCceXml(xml, 'agent'), 'agent'));
}

function readResults<T extends z.ZodType, Item>(
  xml: string,
  collection: string,
  item: string,
  schema: T,
  map: (element: z.infer<T>) => Item,
): CcePage<Item> {
  const results = checked(
    z.object({ pageInfo: PageInfoElement, [collection]: first(listOf(item, schema)) }),
    readCceXml(xml, 'results'),
    'results',
  );
  const items = (results[collection] as { [key: string]: z.infer<T>[] } | undefined)?.[item] ?? [];
  const pageInfo = results.pageInfo as z.infer<typeof PageInfoElement>;
  return {
    items: items.map(map),
    totalResults: pageInfo.totalResults,
    startIndex: pageInfo.startIndex ?? 0,
    resultsPerPage: pageInfo.resultsPerPage ?? items.length,
  };
}

/** A list of agents with its pageInfo. */
export function readAgentPage(xml: string): CcePage<CceAgent> {
  return readResults(xml, 'agents', 'agent', AgentElement, agentOf);
}

/** A list of agent teams with its pageInfo. */
export function readAgentTeamPage(xml: string): CcePage<CceAgentTeam> {
  return readResults(xml, 'agentTeams', 'agentTeam', TeamElement, (team) => ({
    id: team.refURL,
    name: team.name ?? team.refURL,
  }));
}

/** The item id from a create's Location header (an absolute or relative URL ending in `/agent/{id}`). */
export function readCreatedId(location: string | undefined): string {
  const id = location === undefined ? undefined : /\/agent\/([0-9]+)\/?$/.exec(location.trim())?.[1];
  if (id === undefined)
    throw new UpstreamFormatError('ccadmin', "the created agent's Location header does not end in /agent/{id}");
  return id;
}

/** The `<agent>` of a create (no changeStamp) or an update (the changeStamp read). */
export function writeAgent(draft: CceAgentDraft, changeStamp?: number): string {
  const person: Record<string, string> = {
    firstName: draft.firstName,
    lastName: draft.lastName,
    userName: draft.userName,
  };
  if (draft.password !== undefined) person.password = draft.password;
  const agent: Record<string, string | XmlElementToWrite> = {};
  if (changeStamp !== undefined) agent.changeStamp = String(changeStamp);
  if (draft.agentId !== undefined) agent.agentId = draft.agentId;
  if (draft.description !== undefined) agent.description = draft.description;
  agent.person = person;
  agent.supervisor = String(draft.supervisor);
  if (draft.teamId !== undefined) agent.agentTeam = { refURL: `${TEAM_REF}${draft.teamId}` };
  return writeUpstreamXml('agent', agent);
}

/** CCE's parameter names (errorData) as the BFF's API names them. */
const FIELDS: Readonly<Record<string, string>> = {
  agentId: 'agentId',
  changeStamp: 'changeStamp',
  description: 'description',
  supervisor: 'supervisor',
  'person.firstName': 'firstName',
  'person.lastName': 'lastName',
  'person.userName': 'userName',
  'person.password': 'password',
  agentTeam: 'teamId',
  'agentTeam.refURL': 'teamId',
};

/** The API field an apiError's errorData names, if it names one the BFF sends. */
export function agentFieldOf(errorData: string | undefined): string | undefined {
  return errorData === undefined ? undefined : FIELDS[errorData.trim()];
}
