import { z } from 'zod';
import { Agent, AgentSignInRequest, AgentStateRequest, ReasonCode, WrapUpReason } from '../../../shared/api/agent.js';
import { Dialog, DialogActionRequest, MakeCallRequest } from '../../../shared/api/dialog.js';
import { SessionCreated, SessionInfo, SignInRequest } from '../../../shared/api/session.js';
import {
  AGENT_SORT_FIELDS,
  AdminAgent,
  AgentCreate,
  AgentPage,
  AgentTeamList,
  AgentUpdate,
} from '../../../shared/api/admin-agents.js';
import {
  AdminSessionCreated,
  AdminSessionInfo,
  AdminSignInRequest,
  AuditTrail,
  ContextServiceSettings,
  Registration,
  RegistrationUpdate,
  RegistrationUpdateResult,
} from '../../../shared/api/admin.js';
import { WebexConnectAnswer, WebexConnectRequest, WebexOrgList } from '../../../shared/api/webex-admin.js';
import { QueueStatistics, Team, TeamMember, TeamMemberStateRequest } from '../../../shared/api/team.js';
import { webexPaths } from './openapi-webex.js';
import { ErrorBody, UPSTREAM, json, operation } from './openapi-operation.js';
import {
  Activity,
  ContextRequest,
  Customer,
  CustomerInput,
  MoveActivityInput,
  NoteInput,
  NoteStatus,
  RequestInput,
  ScreenPop,
} from '../../../shared/api/context.js';

/** An optional query parameter (the `query` of operation() lists required ones). */
const optionalQuery = (name: string, description: string) => ({
  parameters: [{ name, in: 'query', required: false, description, schema: { type: 'string' } }],
});

/** The OpenAPI document served at /api/openapi.json, generated from the same schemas that validate requests. */
export function openApiDocument(version: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Context Desk BFF',
      version,
      description: 'The JSON API between the Context Desk gadget and its backend-for-frontend.',
    },
    components: {
      securitySchemes: { session: { type: 'http', scheme: 'bearer', description: 'The token from POST /api/session' } },
    },
    security: [{ session: [] }],
    paths: {
      '/api/session': {
        post: operation({
          summary: 'Sign in with Finesse credentials (or the forwarded Finesse Authorization header)',
          request: SignInRequest,
          response: { status: 201, schema: SessionCreated, description: 'Signed in' },
          errors: [400, 401, 429, ...UPSTREAM],
          auth: false,
        }),
        get: operation({
          summary: 'The current session',
          response: { status: 200, schema: SessionInfo, description: 'The session' },
          errors: [401],
        }),
        delete: operation({
          summary: 'Sign out: the token stops working at once',
          response: { status: 204, description: 'Signed out' },
          errors: [401],
        }),
      },
      '/api/agent': {
        get: operation({
          summary: 'The signed-in agent',
          response: { status: 200, schema: Agent, description: 'The agent' },
          errors: [401, ...UPSTREAM],
        }),
      },
      '/api/agent/sign-in': {
        post: operation({
          summary: 'Sign in to Finesse with an extension; answers once Finesse confirms',
          request: AgentSignInRequest,
          response: { status: 200, schema: Agent, description: 'Signed in (NOT_READY)' },
          errors: [400, 401, 409, ...UPSTREAM],
        }),
      },
      '/api/agent/state': {
        put: operation({
          summary:
            'Change state; answers once Finesse confirms, 409 with its reason when it refuses, 504 without confirmation',
          request: AgentStateRequest,
          response: { status: 200, schema: Agent, description: 'The new state' },
          errors: [400, 401, 409, ...UPSTREAM],
        }),
      },
      '/api/reason-codes': {
        get: operation({
          summary: 'Reason codes of a category',
          query: { category: 'NOT_READY or LOGOUT' },
          response: { status: 200, schema: z.array(ReasonCode), description: 'Reason codes' },
          errors: [400, 401, ...UPSTREAM],
        }),
      },
      '/api/wrap-up-reasons': {
        get: operation({
          summary: 'Wrap-up reasons',
          response: { status: 200, schema: z.array(WrapUpReason), description: 'Wrap-up reasons' },
          errors: [401, ...UPSTREAM],
        }),
      },
      '/api/dialogs': {
        get: operation({
          summary: "The agent's calls",
          response: { status: 200, schema: z.array(Dialog), description: 'Dialogs' },
          errors: [401, ...UPSTREAM],
        }),
        post: operation({
          summary: 'Make a call',
          request: MakeCallRequest,
          response: { status: 201, schema: Dialog, description: 'The new call' },
          errors: [400, 401, 409, ...UPSTREAM],
        }),
      },
      '/api/dialogs/{id}/actions': {
        post: operation({
          summary: 'Act on a call; answers once Finesse confirms',
          request: DialogActionRequest,
          response: { status: 200, schema: Dialog, description: 'The call after the action' },
          errors: [400, 401, 404, 409, ...UPSTREAM],
        }),
      },
      '/api/team': {
        get: operation({
          summary:
            'Supervisor: every agent of each team Finesse says you supervise (signed in or not); 403 without the Supervisor role',
          response: { status: 200, schema: z.array(Team), description: 'Your teams with their members' },
          errors: [401, 403, ...UPSTREAM],
        }),
      },
      '/api/team/members/{id}/state': {
        put: operation({
          summary:
            "Supervisor: set a member's state (READY, NOT_READY or LOGOUT; no reason code, Finesse applies its own); answers once Finesse confirms, 409 when it refuses, 404 for an agent outside your teams",
          request: TeamMemberStateRequest,
          response: { status: 200, schema: TeamMember, description: 'The member in the new state' },
          errors: [400, 401, 403, 404, 409, ...UPSTREAM],
        }),
      },
      '/api/team/members/{id}/monitor': {
        post: operation({
          summary:
            "Supervisor: silent monitor the member's call (you NOT_READY, the member on a call); answers the SUPERVISOR_MONITOR call. Barge in with BARGE_CALL on it, then PARTICIPANT_DROP on the conference; DROP on it ends the monitor",
          response: { status: 201, schema: Dialog, description: 'The monitor call' },
          errors: [401, 403, 404, 409, ...UPSTREAM],
        }),
      },
      '/api/queues': {
        get: operation({
          summary:
            'Supervisor: the statistics of your queues (calls waiting, longest wait, agents by state), kept live by `queue` events',
          response: { status: 200, schema: z.array(QueueStatistics), description: 'Your queues' },
          errors: [401, 403, ...UPSTREAM],
        }),
      },
      '/api/context': {
        get: operation({
          summary: "The screen pop of one of your calls: its activity id, then the caller's number, then email",
          query: { dialogId: 'a dialog in your calls' },
          response: {
            status: 200,
            schema: ScreenPop,
            description: 'Customer, latest activities and open requests, or candidates, or prefill',
          },
          errors: [400, 401, 404, 503],
        }),
      },
      '/api/customers': {
        get: operation({
          summary: 'Find customers by q (free text), phone or email',
          response: { status: 200, schema: z.array(Customer), description: 'Customers' },
          errors: [400, 401, 503],
        }),
        post: operation({
          summary: 'Create a customer',
          request: CustomerInput,
          response: { status: 201, schema: Customer, description: 'The new customer' },
          errors: [400, 401, 503],
        }),
      },
      '/api/customers/{id}': {
        get: operation({
          summary: 'A customer',
          response: { status: 200, schema: Customer, description: 'The customer' },
          errors: [400, 401, 404, 503],
        }),
        patch: operation({
          summary: 'Change a customer; If-Match: the lastUpdated you saw (409 when someone changed it meanwhile)',
          request: CustomerInput,
          response: { status: 200, schema: Customer, description: 'The customer' },
          errors: [400, 401, 404, 409, 503],
        }),
      },
      '/api/customers/{id}/journey': {
        get: operation({
          summary: 'Activities newest first (channel filter, cursor paging) and requests',
          response: {
            status: 200,
            schema: z.object({
              activities: z.array(Activity),
              requests: z.array(ContextRequest),
              next: z.string().optional(),
            }),
            description: 'The journey',
          },
          errors: [400, 401, 404, 503],
        }),
      },
      '/api/customers/{id}/notes': {
        post: operation({
          summary:
            'Add a note (header Idempotency-Key): stored durably before the answer, delivered to Context Service, retried while it is down',
          request: NoteInput,
          response: { status: 202, schema: NoteStatus, description: 'Queued' },
          errors: [400, 401, 413],
        }),
      },
      '/api/notes/{noteId}': {
        get: operation({
          summary: "A note's delivery status",
          response: { status: 200, schema: NoteStatus, description: 'Status' },
          errors: [401, 404],
        }),
      },
      '/api/requests': {
        post: operation({
          summary: 'Open a request for a customer',
          request: RequestInput,
          response: { status: 201, schema: ContextRequest, description: 'The request' },
          errors: [400, 401, 404, 503],
        }),
      },
      '/api/activities/{id}': {
        patch: operation({
          summary: 'Move an activity to another customer or request',
          request: MoveActivityInput,
          response: { status: 200, schema: Activity, description: 'The activity' },
          errors: [400, 401, 404, 409, 503],
        }),
      },
      '/api/events': {
        get: {
          summary:
            "The agent's events as Server-Sent Events (agent, dialog, note, system, finesse_error; for a supervisor team_member and queue; resync when Last-Event-ID is too old)",
          responses: {
            '200': { description: 'text/event-stream' },
            '401': { description: 'Error', content: json(ErrorBody) },
          },
        },
      },
      '/api/admin/session': {
        post: operation({
          summary:
            'Administrator sign-in with CCE Administration credentials (verified against CCE Administration); sign out with DELETE /api/session',
          request: AdminSignInRequest,
          response: { status: 201, schema: AdminSessionCreated, description: 'Signed in as an administrator' },
          errors: [400, 401, 403, 429, ...UPSTREAM],
          auth: false,
        }),
        get: operation({
          summary: "The administrator's session",
          response: { status: 200, schema: AdminSessionInfo, description: 'The session' },
          errors: [401, 403],
        }),
      },
      '/api/admin/context-service/registration': {
        get: {
          ...operation({
            summary:
              "Context Service registration state from CCE Administration; with callbackUrl, the wizard's registration or deregistration URL",
            response: { status: 200, schema: Registration, description: 'The registration' },
            errors: [400, 401, 403, ...UPSTREAM],
          }),
          ...optionalQuery(
            'callbackUrl',
            'absolute http(s) URL the wizard sends the browser back to, with connectionData appended',
          ),
        },
        put: operation({
          summary:
            'Register with connectionData (at most 4096 bytes UTF-8), or deregister with ""; 409 deregister_first when registered with other data, 503 ccadmin_busy with Retry-After, 502 ccadmin_failed',
          request: RegistrationUpdate,
          response: {
            status: 200,
            schema: RegistrationUpdateResult,
            description: 'saved, or partial (CCE 201: not synchronised to failedDevices)',
          },
          errors: [400, 401, 403, 409, 413, ...UPSTREAM],
        }),
      },
      '/api/admin/audit': {
        get: {
          ...operation({
            summary: 'Registration changes, newest first (never connectionData)',
            response: { status: 200, schema: AuditTrail, description: 'The audit trail' },
            errors: [400, 401, 403],
          }),
          ...optionalQuery('limit', '1 to 500, default 50'),
        },
      },
      '/api/admin/context-service/settings': {
        get: operation({
          summary:
            'How this BFF reaches Context Service and CCE Administration (no secret; the proxy as scheme://host:port)',
          response: { status: 200, schema: ContextServiceSettings, description: 'The settings' },
          errors: [401, 403],
        }),
      },
      '/api/admin/webex/orgs': {
        get: operation({
          summary:
            'The connected Webex Contact Center orgs (region, API base, scopes, token expiries, last refresh, state; never a token) and the regions one can be connected in',
          response: { status: 200, schema: WebexOrgList, description: 'The orgs' },
          errors: [401, 403],
        }),
      },
      '/api/admin/webex/orgs/{orgId}': {
        delete: operation({
          summary: 'Disconnect an org: its tokens are deleted',
          response: { status: 204, description: 'Disconnected' },
          errors: [401, 403, 404],
        }),
      },
      '/api/admin/webex/connect': {
        post: operation({
          summary:
            'Start "Login with Webex" for an org in a region: Webex\'s authorize URL with a single-use state bound to this session (10 minutes) and a PKCE challenge; 503 webex_not_configured or webex_key_required',
          request: WebexConnectRequest,
          response: { status: 200, schema: WebexConnectAnswer, description: 'Where to send the browser' },
          errors: [400, 401, 403, 503],
        }),
      },
      '/api/admin/webex/callback': {
        get: {
          summary:
            "Where Webex sends the administrator's browser back (code and state, or error and error_description): 303 to /admin?webex=connected|refused|state_mismatch|code_refused|failed (with org or reason), never a token",
          security: [],
          responses: {
            '303': { description: 'To /admin with the outcome' },
            '400': { description: 'Error', content: json(ErrorBody) },
          },
        },
      },
      '/api/admin/agents': {
        get: {
          ...operation({
            summary: 'CCE agents, a page at a time (never a password)',
            response: { status: 200, schema: AgentPage, description: 'One page of agents and the total' },
            errors: [400, 401, 403, ...UPSTREAM],
          }),
          parameters: [
            ['q', 'words each found in agentId, description, first, last or user name'],
            ['page', '1-based, default 1'],
            ['pageSize', '1 to 100, default 25'],
            ['sort', `${AGENT_SORT_FIELDS.join(', ')}; a leading - sorts descending; default lastName`],
          ].map(([name, description]) => ({
            name,
            in: 'query',
            required: false,
            description,
            schema: { type: 'string' },
          })),
        },
        post: operation({
          summary: 'Create an agent with its initial password (never answered); 400 names the field CCE refused',
          request: AgentCreate,
          response: { status: 201, schema: AdminAgent, description: 'The agent as CCE has it' },
          errors: [400, 401, 403, ...UPSTREAM],
        }),
      },
      '/api/admin/agents/{id}': {
        get: operation({
          summary: "One agent by CCE's item id; ETag is its changeStamp",
          response: { status: 200, schema: AdminAgent, description: 'The agent' },
          errors: [400, 401, 403, 404, ...UPSTREAM],
        }),
        put: operation({
          summary:
            'Change an agent: changeStamp in the body or If-Match; 409 stale_agent when someone changed it meanwhile; a password only to set a new one',
          request: AgentUpdate,
          response: { status: 200, schema: AdminAgent, description: 'The agent as changed' },
          errors: [400, 401, 403, 404, 409, ...UPSTREAM],
        }),
        delete: operation({
          summary: 'Delete an agent (CCE marks it deleted)',
          response: { status: 204, description: 'Deleted' },
          errors: [400, 401, 403, 404, ...UPSTREAM],
        }),
      },
      '/api/admin/teams': {
        get: operation({
          summary: 'Every CCE agent team, by name',
          response: { status: 200, schema: AgentTeamList, description: 'The teams' },
          errors: [401, 403, ...UPSTREAM],
        }),
      },
      ...webexPaths(),
      '/healthz': {
        get: { summary: 'The process answers', security: [], responses: { '200': { description: 'ok' } } },
      },
      '/readyz': {
        get: {
          summary: 'Upstreams reachable and store writable',
          security: [],
          responses: { '200': { description: 'ready' }, '503': { description: 'not ready' } },
        },
      },
      '/metrics': {
        get: { summary: 'Prometheus metrics', security: [], responses: { '200': { description: 'text/plain' } } },
      },
    },
  };
}
