import { LitElement, html, nothing } from 'lit';
import { Task } from '@lit/task';
import type { AdminAgent, AgentTeamRef } from '../../../../shared/api/admin-agents.js';
import { reasonOf } from '../../api/error-reason.js';
import { controlStyles } from '../../theme/tokens.js';
import type { AdminApi } from '../admin-api.js';
import { adminPanelStyles } from '../admin-panel.styles.js';
import { t } from '../i18n/admin-i18n.js';
import { agentAdminStyles } from './agent-admin.styles.js';
import { adminTableStyles } from '../admin-table.styles.js';

const PAGE_SIZE = 10;

/** What the form dialog holds: nothing, a new agent, or an agent to change. */
type Editing =
  { readonly kind: 'none' } | { readonly kind: 'create' } | { readonly kind: 'edit'; readonly agent: AdminAgent };

/**
 * The Agents section of /admin (issue 12): CCE's agents in a searchable, paged table; create and edit in a dialog
 * (cd-agent-form), delete after a confirmation naming the agent. Each change is read back from CCE, and announced.
 */
export class AgentAdmin extends LitElement {
  static override styles = [controlStyles, adminPanelStyles, adminTableStyles, agentAdminStyles];
  static override properties = {
    api: { attribute: false },
    query: { state: true },
    page: { state: true },
    revision: { state: true },
    editing: { state: true },
    deleting: { state: true },
    deleteProblem: { state: true },
    news: { state: true },
  };

  #agents = new Task(this, {
    task: ([api, query, page], { signal }) =>
      api === undefined
        ? Promise.reject(new Error('no session'))
        : api.agents({ q: query, page, pageSize: PAGE_SIZE, sort: 'lastName' }, { signal }),
    args: () => [this.api, this.query, this.page, this.revision] as const,
  });

  #teams = new Task(this, {
    task: async ([api], { signal }): Promise<readonly AgentTeamRef[]> =>
      api === undefined ? [] : (await api.teams({ signal })).teams,
    args: () => [this.api] as const,
  });

  declare query: string;
  /** 1-based. */
  declare page: number;
  /** Bumped after each change, to read the page again. */
  declare revision: number;
  declare editing: Editing;
  /** The agent whose deletion waits for confirmation. */
  declare deleting: AdminAgent | undefined;
  declare deleteProblem: string;
  /** The last change, as the status line says it. */
  declare news: string;

  /** The administrator's client of the Administration API. */
  declare api: AdminApi | undefined;

  constructor() {
    super();
    this.api = undefined;
    this.query = '';
    this.page = 1;
    this.revision = 0;
    this.editing = { kind: 'none' };
    this.deleting = undefined;
    this.deleteProblem = '';
    this.news = '';
    this.addEventListener('cd-agent-saved', (event) => {
      const name = `${event.detail.agent.firstName} ${event.detail.agent.lastName}`;
      this.news = t(event.detail.created ? 'admin.agents.created' : 'admin.agents.changed', { name });
      this.#closeForm();
      this.revision += 1;
    });
    this.addEventListener('cd-agent-form-cancel', () => this.#closeForm());
  }

  override updated(): void {
    const form = this.renderRoot.querySelector<HTMLDialogElement>('dialog.form');
    if (form !== null && this.editing.kind !== 'none' && !form.open) form.showModal();
    const confirm = this.renderRoot.querySelector<HTMLDialogElement>('dialog.confirm');
    if (confirm !== null && this.deleting !== undefined && !confirm.open) confirm.showModal();
  }

  #closeForm(): void {
    this.renderRoot.querySelector<HTMLDialogElement>('dialog.form')?.close();
    this.editing = { kind: 'none' };
  }

  #search(event: SubmitEvent): void {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('q') as HTMLInputElement;
    this.query = input.value;
    this.page = 1;
  }

  async #confirmDelete(agent: AdminAgent): Promise<void> {
    if (this.api === undefined) return;
    this.deleteProblem = '';
    try {
      await this.api.deleteAgent(agent.id);
      this.renderRoot.querySelector<HTMLDialogElement>('dialog.confirm')?.close();
      this.deleting = undefined;
      this.news = t('admin.agents.deleted', { name: `${agent.firstName} ${agent.lastName}` });
      this.revision += 1;
    } catch (error) {
      this.deleteProblem = t('admin.agents.deleteFailed', { reason: reasonOf(error) });
    }
  }

  #renderRows(agents: readonly AdminAgent[]) {
    return agents.map(
      (agent) => html`<tr>
        <td class="name">${agent.firstName} ${agent.lastName}</td>
        <td>${agent.userName}</td>
        <td class="id">${agent.agentId}</td>
        <td>${agent.team?.name ?? t('admin.agents.noTeam')}</td>
        <td>${agent.supervisor ? t('admin.agents.yes') : t('admin.agents.no')}</td>
        <td class="actions">
          <button @click=${() => (this.editing = { kind: 'edit', agent })} aria-label=${t('admin.agents.editNamed', { name: `${agent.firstName} ${agent.lastName}` })}>${t('admin.agents.edit')}</button>
          <button @click=${() => {
            this.deleteProblem = '';
            this.deleting = agent;
          }} aria-label=${t('admin.agents.deleteNamed', { name: `${agent.firstName} ${agent.lastName}` })}>${t('admin.agents.delete')}</button>
        </td>
      </tr>`,
    );
  }

  #renderTable() {
    return this.#agents.render({
      pending: () => html`<p role="status">${t('admin.agents.loading')}</p>`,
      error: (
        error,
      ) => html`<div class="problem"><p role="alert">${t('admin.agents.loadFailed', { reason: reasonOf(error) })}</p>
        <button @click=${() => (this.revision += 1)}>${t('admin.retry')}</button></div>`,
      complete: (page) => {
        if (page.agents.length === 0)
          return html`<p role="status">${t(this.query === '' ? 'admin.agents.none' : 'admin.agents.noMatch', { q: this.query })}</p>`;
        const first = (page.page - 1) * page.pageSize + 1;
        const last = first + page.agents.length - 1;
        const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
        return html`<div class="scroll" tabindex="0" role="region" aria-labelledby="agents-heading">
            <table>
              <thead><tr>
                <th scope="col">${t('admin.agents.name')}</th><th scope="col">${t('admin.agents.userName')}</th><th scope="col">${t('admin.agents.agentId')}</th>
                <th scope="col">${t('admin.agents.team')}</th><th scope="col">${t('admin.agents.supervisor')}</th><th scope="col"><span class="visually-hidden">${t('admin.agents.actions')}</span></th>
              </tr></thead>
              <tbody>${this.#renderRows(page.agents)}</tbody>
            </table>
          </div>
          <nav class="pager" aria-label=${t('admin.agents.pages')}>
            <span>${t('admin.agents.range', { first, last, total: page.total })}</span>
            <button ?disabled=${page.page <= 1} @click=${() => (this.page = page.page - 1)}>${t('admin.agents.previous')}</button>
            <button ?disabled=${page.page >= pages} @click=${() => (this.page = page.page + 1)}>${t('admin.agents.next')}</button>
          </nav>`;
      },
    });
  }

  #renderForm() {
    if (this.editing.kind === 'none') return nothing;
    const agent = this.editing.kind === 'edit' ? this.editing.agent : undefined;
    const title =
      agent === undefined
        ? t('admin.agents.newHeading')
        : t('admin.agents.editHeading', { name: `${agent.firstName} ${agent.lastName}` });
    return html`<dialog class="form" aria-labelledby="form-heading" @close=${() => (this.editing = { kind: 'none' })}>
      <h3 id="form-heading">${title}</h3>
      <cd-agent-form .api=${this.api} .agent=${agent} .teams=${this.#teams.value ?? []}></cd-agent-form>
    </dialog>`;
  }

  #renderConfirm() {
    const agent = this.deleting;
    if (agent === undefined) return nothing;
    return html`<dialog class="confirm" role="alertdialog" aria-labelledby="confirm-heading" aria-describedby="confirm-text" @close=${() => (this.deleting = undefined)}>
      <h3 id="confirm-heading">${t('admin.agents.confirmHeading', { name: `${agent.firstName} ${agent.lastName}` })}</h3>
      <p id="confirm-text">${t('admin.agents.confirmText', { userName: agent.userName, agentId: agent.agentId })}</p>
      ${this.deleteProblem === '' ? nothing : html`<p class="problem" role="alert">${this.deleteProblem}</p>`}
      <div class="actions">
        <button autofocus @click=${() => this.renderRoot.querySelector<HTMLDialogElement>('dialog.confirm')?.close()}>${t('admin.agents.cancel')}</button>
        <button class="danger" @click=${() => void this.#confirmDelete(agent)}>${t('admin.agents.deleteConfirm')}</button>
      </div>
    </dialog>`;
  }

  override render() {
    return html`<section aria-labelledby="agents-heading">
      <div class="bar">
        <h2 id="agents-heading">${t('admin.agents.heading')}</h2>
        <form class="search" role="search" @submit=${(event: SubmitEvent) => this.#search(event)}>
          <input type="search" name="q" aria-label=${t('admin.agents.search')} placeholder=${t('admin.agents.searchPlaceholder')} .value=${this.query} />
          <button type="submit">${t('admin.agents.searchButton')}</button>
        </form>
        <button class="primary" @click=${() => (this.editing = { kind: 'create' })}>${t('admin.agents.new')}</button>
      </div>
      ${this.#renderTable()}
      <p class=${this.news === '' ? 'news quiet' : 'news'} role="status">${this.news}</p>
      ${this.#renderForm()} ${this.#renderConfirm()}
    </section>`;
  }
}
