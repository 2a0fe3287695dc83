import { z } from 'zod';
import { digits, requiredText, text } from './text-rules.js';

/**
 * Agent administration (role Administrator, issue 12): the agents and agent teams of CCE Administration's Agent and
 * Agent Team APIs. An agent's password is write-only: it is taken on create (and optionally on update), never answered.
 */

/** An agent team as a reference: CCE's item id and its name. */
export const AgentTeamRef = z.object({ id: z.string(), name: z.string() });
export type AgentTeamRef = z.infer<typeof AgentTeamRef>;

export const AdminAgent = z.object({
  /** CCE's item id (the last segment of its refURL); the path parameter of the agent's routes. */
  id: z.string(),
  /** The peripheral number: the agent's Finesse id and extension in the sandbox. */
  agentId: z.string(),
  /** CCE's version of the record; an update must send the one it read. */
  changeStamp: z.number().int(),
  firstName: z.string(),
  lastName: z.string(),
  userName: z.string(),
  supervisor: z.boolean(),
  loginEnabled: z.boolean(),
  description: z.string().optional(),
  team: AgentTeamRef.optional(),
});
export type AdminAgent = z.infer<typeof AdminAgent>;

/** The fields a list can be sorted on; `-` in front sorts descending. */
export const AGENT_SORT_FIELDS = ['lastName', 'firstName', 'userName', 'agentId', 'team', 'supervisor'] as const;
export type AgentSortField = (typeof AGENT_SORT_FIELDS)[number];
const SORTS = AGENT_SORT_FIELDS.flatMap((field) => [field, `-${field}`] as const);

export const AGENT_PAGE_SIZE_MAX = 100;

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^[0-9]{1,4}$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .refine((value) => value >= min && value <= max, `must be a whole number from ${min} to ${max}`);

/** `GET /api/admin/agents?q=&page=1&pageSize=25&sort=lastName`. */
export const AgentListQuery = z.strictObject({
  q: text(100).optional(),
  page: wholeNumber(1, 9999).default(1),
  pageSize: wholeNumber(1, AGENT_PAGE_SIZE_MAX).default(25),
  sort: z
    .enum(SORTS, { error: `must be one of ${AGENT_SORT_FIELDS.join(', ')}, optionally with a leading -` })
    .default('lastName'),
});
export type AgentListQuery = z.infer<typeof AgentListQuery>;

export const AgentPage = z.object({
  agents: z.array(AdminAgent),
  /** 1-based. */
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});
export type AgentPage = z.infer<typeof AgentPage>;

/** CCE's rules for a user name (Agent API, person.userName): at most 32 of letters, digits and `. _ @ -`. */
const userName = requiredText(32).refine(
  (value) => /^[A-Za-z0-9._@-]+$/.test(value.trim()),
  'may hold letters, digits and . _ @ - only',
);
/** CCE's rule for a password: at most 256 printable ASCII characters. */
const password = z
  .string()
  .min(1, 'must not be empty')
  .max(256, 'must be at most 256 characters')
  .regex(/^[\x20-\x7E]+$/, 'may hold printable ASCII characters only');

const agentFields = {
  firstName: requiredText(32),
  lastName: requiredText(32),
  userName,
  supervisor: z.boolean(),
  /** The agent team's id; absent: none on create, unchanged on update. */
  teamId: digits(11).optional(),
  description: text(255).optional(),
};

/** `POST /api/admin/agents`: a new agent with its initial password; CCE picks the agentId unless one is given. */
export const AgentCreate = z.strictObject({ ...agentFields, agentId: digits(11).optional(), password });
export type AgentCreate = z.infer<typeof AgentCreate>;

/** `PUT /api/admin/agents/{id}`: the changeStamp read (or an If-Match header), the fields; a password only to change it. */
export const AgentUpdate = z.strictObject({
  ...agentFields,
  changeStamp: z.number().int().min(0).optional(),
  password: password.optional(),
});
export type AgentUpdate = z.infer<typeof AgentUpdate>;

/** `/api/admin/agents/{id}`: CCE's item id. */
export const AgentIdParams = z.strictObject({ id: digits(20) });

export const AgentTeamList = z.object({ teams: z.array(AgentTeamRef) });
export type AgentTeamList = z.infer<typeof AgentTeamList>;
