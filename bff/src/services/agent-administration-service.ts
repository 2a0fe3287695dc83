import type {
  AdminAgent,
  AgentCreate,
  AgentListQuery,
  AgentPage,
  AgentSortField,
  AgentTeamRef,
  AgentUpdate,
} from '../../../shared/api/admin-agents.js';
import type { AdministratorSession } from '../auth/session.js';
import type { AgentDraft, Credentials, ListPage, ListRequest } from '../domain/types.js';
import { CceAdminNotConfiguredError } from '../ccadmin/ccadmin-errors.js';
import { AppError } from '../errors.js';
import type { AuditAction, AuditOutcome, NewAuditEvent } from '../store/index.js';
import type { AuditTrail } from './audit-trail.js';

/** The CCE Administration calls agent administration makes (CceAdminClient provides them). */
export interface AgentAdministration {
  agents(credentials: Credentials, list: ListRequest): Promise<ListPage<AdminAgent>>;
  agent(credentials: Credentials, id: string): Promise<AdminAgent>;
  createAgent(credentials: Credentials, draft: AgentDraft): Promise<string>;
  updateAgent(credentials: Credentials, id: string, changeStamp: number, draft: AgentDraft): Promise<void>;
  deleteAgent(credentials: Credentials, id: string): Promise<void>;
  agentTeams(credentials: Credentials, list: ListRequest): Promise<ListPage<AgentTeamRef>>;
}

export interface AgentAdministrationServiceOptions {
  /** Undefined in upstream mode without CCE_ADMIN_URL: every call then answers 503 ccadmin_not_configured. */
  readonly client: AgentAdministration | undefined;
  readonly trail: AuditTrail<NewAuditEvent>;
  readonly now: () => Date;
}

/** The Agent API's sortable fields for the API's sort names (Developer Reference, "Search and Sort Values"). */
const CCE_SORT: Readonly<Record<AgentSortField, string>> = {
  lastName: 'person.lastName',
  firstName: 'person.firstName',
  userName: 'person.userName',
  agentId: 'agentId',
  team: 'agentTeam.name',
  supervisor: 'supervisor',
};

/** CCE answers at most 100 items a page; a contact center has at most a few hundred teams. */
const TEAM_PAGE_SIZE = 100;
const TEAM_PAGES_MAX = 20;

/**
 * Agent administration through CCE Administration (issue 12): list, read, create, change and delete agents, list agent
 * teams, with the administrator's own CCE credentials. Every change lands in the audit trail (who, what, which agent,
 * how it ended); an agent's password is passed through to CCE only, never kept, audited or answered.
 */
export class AgentAdministrationService {
  constructor(private readonly options: AgentAdministrationServiceOptions) {}

  async list(session: AdministratorSession, query: AgentListQuery): Promise<AgentPage> {
    const field = query.sort.replace(/^-/, '') as AgentSortField;
    const page = await this.cce().agents(session.credentials, {
      ...(query.q === undefined ? {} : { q: query.q }),
      startIndex: (query.page - 1) * query.pageSize,
      resultsPerPage: query.pageSize,
      sort: `${CCE_SORT[field]} ${query.sort.startsWith('-') ? 'desc' : 'asc'}`,
    });
    // CCE answers the last page for a start past the end: the page number says which one it is.
    return {
      agents: page.items,
      page: Math.floor(page.startIndex / query.pageSize) + 1,
      pageSize: query.pageSize,
      total: page.totalResults,
    };
  }

  agent(session: AdministratorSession, id: string): Promise<AdminAgent> {
    return this.cce().agent(session.credentials, id);
  }

  async create(session: AdministratorSession, request: AgentCreate): Promise<AdminAgent> {
    const subject = `new agent ${request.userName.trim()}`;
    return this.audited(
      session,
      'admin.agent_create',
      subject,
      async (client) => {
        const id = await client.createAgent(session.credentials, draftOf(request));
        return client.agent(session.credentials, id);
      },
      (agent) => describe(agent),
    );
  }

  async update(
    session: AdministratorSession,
    id: string,
    changeStamp: number,
    request: Omit<AgentUpdate, 'changeStamp'>,
  ): Promise<AdminAgent> {
    return this.audited(
      session,
      'admin.agent_update',
      `agent ${id}`,
      async (client) => {
        await client.updateAgent(session.credentials, id, changeStamp, draftOf(request));
        return client.agent(session.credentials, id);
      },
      (agent) => describe(agent),
      request.password === undefined ? undefined : 'password changed',
    );
  }

  async delete(session: AdministratorSession, id: string): Promise<void> {
    await this.audited(
      session,
      'admin.agent_delete',
      `agent ${id}`,
      (client) => client.deleteAgent(session.credentials, id),
      () => `agent ${id}`,
    );
  }

  /** Every agent team, by name; CCE's pages are followed up to a bound. */
  async teams(session: AdministratorSession): Promise<AgentTeamRef[]> {
    const teams: AgentTeamRef[] = [];
    for (let pageIndex = 0; pageIndex < TEAM_PAGES_MAX; pageIndex++) {
      const page = await this.cce().agentTeams(session.credentials, {
        startIndex: pageIndex * TEAM_PAGE_SIZE,
        resultsPerPage: TEAM_PAGE_SIZE,
        sort: 'name asc',
      });
      teams.push(...page.items);
      if (page.items.length < TEAM_PAGE_SIZE || teams.length >= page.totalResults) break;
    }
    return teams;
  }

  private cce(): AgentAdministration {
    if (this.options.client === undefined) throw new CceAdminNotConfiguredError();
    return this.options.client;
  }

  /** Runs one change and records it, whatever the outcome; the trail never costs the administrator CCE's answer. */
  private async audited<T>(
    session: AdministratorSession,
    action: AuditAction,
    subject: string,
    change: (client: AgentAdministration) => Promise<T>,
    done: (result: T) => string,
    note?: string,
  ): Promise<T> {
    const client = this.cce();
    try {
      const result = await change(client);
      await this.record(session, action, done(result), 'ok', note);
      return result;
    } catch (error) {
      const refused = error instanceof AppError && error.status < 500;
      await this.record(
        session,
        action,
        subject,
        refused ? 'refused' : 'error',
        error instanceof AppError ? error.message : 'unexpected error',
      );
      throw error;
    }
  }

  private async record(
    session: AdministratorSession,
    action: AuditAction,
    subject: string,
    outcome: AuditOutcome,
    detail?: string,
  ): Promise<void> {
    await this.options.trail.record({
      at: this.options.now(),
      actor: session.loginId,
      action,
      subject,
      outcome,
      ...(detail === undefined ? {} : { detail }),
    });
  }
}

/** An agent as the trail names it: item id, user name and agentId. */
function describe(agent: AdminAgent): string {
  return `agent ${agent.id} (${agent.userName}, agentId ${agent.agentId})`;
}

function draftOf(request: Omit<AgentUpdate, 'changeStamp'> | AgentCreate): AgentDraft {
  return {
    firstName: request.firstName.trim(),
    lastName: request.lastName.trim(),
    userName: request.userName.trim(),
    supervisor: request.supervisor,
    ...('agentId' in request && request.agentId !== undefined ? { agentId: request.agentId } : {}),
    ...(request.password === undefined ? {} : { password: request.password }),
    ...(request.teamId === undefined ? {} : { teamId: request.teamId }),
    ...(request.description === undefined ? {} : { description: request.description }),
  };
}
