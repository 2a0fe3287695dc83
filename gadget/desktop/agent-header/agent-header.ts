import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { Task } from '@lit/task';
import type { Agent, ReasonCode } from '../../../shared/api/agent.js';
import type { DeskApi } from '../../src/api/desk-api.js';
import type { FinesseUser } from '../../src/host/finesse-api.js';
import { controlStyles } from '../../src/theme/tokens.js';
import { emitDesktop } from '../desktop-events.js';
import { agentHeaderStyles } from './agent-header.styles.js';

const STATE_LABELS: Readonly<Record<string, string>> = {
  READY: 'Ready',
  NOT_READY: 'Not Ready',
  TALKING: 'Talking',
  HOLD: 'Hold',
  RESERVED: 'Reserved',
  RESERVED_OUTBOUND: 'Reserved',
  RESERVED_OUTBOUND_PREVIEW: 'Reserved',
  WORK: 'Wrap-Up',
  WORK_READY: 'Wrap-Up',
  LOGOUT: 'Signed Out',
  UNKNOWN: 'Unknown',
};

/** 0:42, 12:05, 1:02:05 */
function elapsed(since: string, now: number): string {
  const start = Date.parse(since);
  if (Number.isNaN(start)) return '';
  const seconds = Math.max(0, Math.floor((now - start) / 1000));
  const [hours, minutes, rest] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
  const two = (value: number): string => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(rest)}` : `${minutes}:${two(rest)}`;
}

/**
 * The desktop's header, like Finesse's agent-voice-state component: who is signed in, their state with the time in
 * it, a state control (Ready, or Not Ready with a reason) that drives finesse.js's `User.setState`, and Sign Out.
 * It is the desktop's own control, not the gadget's.
 *
 * @event sd-sign-out - Sign Out was chosen.
 */
export class AgentHeader extends LitElement {
  static override styles = [controlStyles, agentHeaderStyles];
  static override properties = {
    user: { attribute: false },
    agent: { attribute: false },
    api: { attribute: false },
    now: { state: true },
    busy: { state: true },
    failure: { state: true },
  };

  #ticker: number | undefined;
  #reasonCodes = new Task(this, {
    task: async ([api], { signal }) =>
      api === undefined
        ? []
        : (await api.reasonCodes('NOT_READY', { signal })).filter((code) => code.systemCode !== true),
    args: () => [this.api] as const,
  });

  declare now: number;
  declare busy: boolean;
  declare failure: string;

  /** The desktop's finesse.js User (its setState changes the state). */
  declare user: FinesseUser | undefined;
  /** The agent as last heard. */
  declare agent: Agent | undefined;
  /** The desktop's BFF client (reason codes). */
  declare api: DeskApi | undefined;

  constructor() {
    super();
    this.now = Date.now();
    this.busy = false;
    this.failure = '';
    this.user = undefined;
    this.agent = undefined;
    this.api = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#ticker = window.setInterval(() => (this.now = Date.now()), 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearInterval(this.#ticker);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('agent')) this.now = Date.now();
  }

  override updated(changed: PropertyValues<this>): void {
    // The select shows the agent's state, never the option last picked: a choice Finesse keeps pending, refuses or
    // overtakes (the call ends into wrap-up) must not stay on screen as if it were the state. Set after the options
    // are rendered (a `selected` attribute alone loses to the option the agent picked); not on the clock's ticks, so
    // an open list is left alone.
    if (changed.size === 1 && changed.has('now')) return;
    const select = this.renderRoot.querySelector('select');
    if (select !== null && this.agent !== undefined)
      select.value = this.#shownValue(this.agent, this.#reasonCodes.value ?? []);
  }

  #change(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    const [state = '', reasonCodeId] = value.split(':');
    if (this.user === undefined || (state !== 'READY' && state !== 'NOT_READY')) return;
    this.busy = true;
    this.failure = '';
    this.user.setState(state, reasonCodeId === undefined ? null : { id: reasonCodeId }, {
      success: () => (this.busy = false),
      error: (response) => {
        this.busy = false;
        this.failure = `The state did not change: ${response.error?.errorMessage ?? `status ${response.status}`}`;
      },
    });
  }

  /** The option that stands for the agent's state: Ready, a Not Ready reason, or "" (the state itself, not selectable). */
  #shownValue(agent: Agent, codes: readonly ReasonCode[]): string {
    const reasonId = agent.reasonCode?.id;
    if (agent.state === 'READY') return 'READY';
    return agent.state === 'NOT_READY' && codes.some((code) => code.id === reasonId)
      ? `NOT_READY:${reasonId ?? ''}`
      : '';
  }

  #renderState(agent: Agent, codes: readonly ReasonCode[]) {
    const shown = this.#shownValue(agent, codes);
    const pending =
      agent.pendingState === undefined ? '' : `, then ${STATE_LABELS[agent.pendingState] ?? agent.pendingState}`;
    const current = `${STATE_LABELS[agent.state] ?? agent.state}${agent.reasonCode?.label ? ` - ${agent.reasonCode.label}` : ''}${pending}`;
    return html`<select aria-label="Agent state" ?disabled=${this.busy || this.user === undefined} @change=${(event: Event) => this.#change(event)}>
      ${shown === '' ? html`<option value="" disabled>${current}</option>` : nothing}
      <option value="READY">Ready</option>
      ${codes.map((code) => html`<option value="NOT_READY:${code.id}">Not Ready - ${code.label}</option>`)}
    </select>`;
  }

  override render() {
    const agent = this.agent;
    const codes = this.#reasonCodes.value ?? [];
    return html`<header class="bar">
      <span class="brand">Cisco Finesse</span>
      ${
        agent === undefined
          ? nothing
          : html`<div class="state">
              ${this.#renderState(agent, codes)}
              <span class="timer" role="timer" aria-label="Time in state">${elapsed(agent.stateChangedAt, this.now)}</span>
            </div>
            <div class="who">
              <span class="name">${agent.firstName} ${agent.lastName}</span>
              <span class="ids">ID ${agent.id} · Extension ${agent.extension}</span>
            </div>
            <button type="button" @click=${() => emitDesktop(this, 'sd-sign-out', null)}>Sign Out</button>`
      }
      ${this.failure === '' ? nothing : html`<p class="failure" role="alert">${this.failure}</p>`}
    </header>`;
  }
}
