import { LitElement, html, nothing } from 'lit';
import type { AdminAgent, AgentTeamRef } from '../../../../shared/api/admin-agents.js';
import { DeskApiError } from '../../api/desk-api-error.js';
import { reasonOf } from '../../api/error-reason.js';
import { emit } from '../../events.js';
import { controlStyles } from '../../theme/tokens.js';
import type { AdminApi } from '../admin-api.js';
import { t } from '../i18n/admin-i18n.js';
import type { AdminMessageKey } from '../i18n/admin-i18n.js';
import { fieldOf, withoutField } from './field-problem.js';
import { agentFormStyles } from './agent-form.styles.js';

type Field = 'firstName' | 'lastName' | 'userName' | 'password' | 'teamId' | 'supervisor';
const LABELS: Readonly<Record<Field, AdminMessageKey>> = {
  firstName: 'admin.agents.firstName',
  lastName: 'admin.agents.lastName',
  userName: 'admin.agents.userName',
  password: 'admin.agents.password',
  teamId: 'admin.agents.team',
  supervisor: 'admin.agents.supervisor',
};

/**
 * Creates an agent, or changes one (`agent` set), through CCE Administration. A refusal naming a field is shown by
 * that field; when someone changed the agent meanwhile (409 stale_agent) the form takes the current values and says
 * so. The password is sent once and never kept after the answer.
 *
 * @event cd-agent-saved - `{ agent, created }` once CCE took it.
 * @event cd-agent-form-cancel - the administrator left without saving.
 */
export class AgentForm extends LitElement {
  static override styles = [controlStyles, agentFormStyles];
  static override properties = {
    api: { attribute: false },
    agent: { attribute: false },
    teams: { attribute: false },
    saving: { state: true },
    problems: { state: true },
    problem: { state: true },
    notice: { state: true },
  };

  declare saving: boolean;
  /** Messages by field, from the BFF. */
  declare problems: Partial<Record<Field, string>>;
  /** A refusal naming no field, or a failure. */
  declare problem: string;
  /** Said when the form took someone else's newer values. */
  declare notice: string;

  /** The administrator's client of the Administration API. */
  declare api: AdminApi | undefined;
  /** The agent to change; undefined to create one. */
  declare agent: AdminAgent | undefined;
  /** CCE's agent teams, for the team select. */
  declare teams: readonly AgentTeamRef[];

  constructor() {
    super();
    this.api = undefined;
    this.agent = undefined;
    this.teams = [];
    this.saving = false;
    this.problems = {};
    this.problem = '';
    this.notice = '';
  }

  #value(form: HTMLFormElement, name: string): string {
    const element = form.elements.namedItem(name);
    return element instanceof HTMLInputElement || element instanceof HTMLSelectElement ? element.value : '';
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (this.api === undefined || this.saving) return;
    const teamId = this.#value(form, 'teamId');
    const password = this.#value(form, 'password');
    const fields = {
      firstName: this.#value(form, 'firstName'),
      lastName: this.#value(form, 'lastName'),
      userName: this.#value(form, 'userName'),
      supervisor: (form.elements.namedItem('supervisor') as HTMLInputElement).checked,
      ...(teamId === '' ? {} : { teamId }),
    };
    this.saving = true;
    this.problems = {};
    this.problem = '';
    try {
      const current = this.agent;
      const agent =
        current === undefined
          ? await this.api.createAgent({ ...fields, password })
          : await this.api.updateAgent(current.id, {
              ...fields,
              changeStamp: current.changeStamp,
              ...(current.description === undefined ? {} : { description: current.description }),
              ...(password === '' ? {} : { password }),
            });
      (form.elements.namedItem('password') as HTMLInputElement).value = '';
      emit(this, 'cd-agent-saved', { agent, created: current === undefined });
    } catch (error) {
      await this.#refused(error, form);
    } finally {
      this.saving = false;
    }
  }

  async #refused(error: unknown, form: HTMLFormElement): Promise<void> {
    if (
      error instanceof DeskApiError &&
      error.code === 'stale_agent' &&
      this.agent !== undefined &&
      this.api !== undefined
    ) {
      this.agent = await this.api.agent(this.agent.id);
      form.reset();
      this.notice = t('admin.agents.stale');
      return;
    }
    const field = fieldOf(error);
    if (field !== undefined && field in LABELS && error instanceof DeskApiError) {
      this.problems = { [field]: withoutField(error.message, field) };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();
      return;
    }
    this.problem = t('admin.agents.saveFailed', { reason: reasonOf(error) });
  }

  #text(
    name: Exclude<Field, 'teamId' | 'supervisor'>,
    value: string,
    options: { type?: string; required?: boolean; hint?: string; autocomplete?: string } = {},
  ) {
    const problem = this.problems[name];
    const described = [options.hint ? `${name}-hint` : '', problem ? `${name}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${name}>${t(LABELS[name])}</label>
      <input id=${name} name=${name} type=${options.type ?? 'text'} .defaultValue=${value} ?required=${options.required ?? true} autocomplete=${options.autocomplete ?? 'off'}
        aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${described === '' ? nothing : described} />
      ${options.hint ? html`<span class="hint" id="${name}-hint">${options.hint}</span>` : nothing}
      ${problem ? html`<span class="error" id="${name}-error">${problem}</span>` : nothing}
    </div>`;
  }

  override render() {
    const agent = this.agent;
    const editing = agent !== undefined;
    return html`<form @submit=${(event: SubmitEvent) => void this.#submit(event)} novalidate>
      ${this.notice === '' ? nothing : html`<p class="notice" role="status">${this.notice}</p>`}
      ${this.#text('firstName', agent?.firstName ?? '', { autocomplete: 'off' })}
      ${this.#text('lastName', agent?.lastName ?? '')}
      ${this.#text('userName', agent?.userName ?? '', { hint: t('admin.agents.userNameHint') })}
      ${this.#text('password', '', { type: 'password', required: !editing, autocomplete: 'new-password', ...(editing ? { hint: t('admin.agents.passwordKeep') } : {}) })}
      <div class="field">
        <label for="teamId">${t('admin.agents.team')}</label>
        <select id="teamId" name="teamId" aria-invalid=${this.problems.teamId ? 'true' : 'false'}>
          ${editing && agent.team !== undefined ? nothing : html`<option value="" ?selected=${agent?.team === undefined}>${t('admin.agents.noTeam')}</option>`}
          ${this.teams.map((team) => html`<option value=${team.id} ?selected=${agent?.team?.id === team.id}>${team.name}</option>`)}
        </select>
        ${this.problems.teamId ? html`<span class="error">${this.problems.teamId}</span>` : nothing}
      </div>
      <label class="check"><input type="checkbox" name="supervisor" .defaultChecked=${agent?.supervisor ?? false} /> ${t('admin.agents.supervisorFlag')}</label>
      ${this.problem === '' ? nothing : html`<p class="problem" role="alert">${this.problem}</p>`}
      <div class="actions">
        <button type="button" @click=${() => emit(this, 'cd-agent-form-cancel', {})}>${t('admin.agents.cancel')}</button>
        <button type="submit" class="primary" ?disabled=${this.saving}>${t(this.saving ? 'admin.agents.saving' : editing ? 'admin.agents.saveChanges' : 'admin.agents.create')}</button>
      </div>
    </form>`;
  }
}
