import { LitElement, html, nothing } from 'lit';
import { Task } from '@lit/task';
import type { Agent, AgentStateRequest, ReasonCategory, ReasonCode } from '../../../../shared/api/agent.js';
import type { DeskApi } from '../../api/desk-api.js';
import { reasonOf } from '../../api/error-reason.js';
import { emit } from '../../events.js';
import { t } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/i18n.js';
import { controlStyles } from '../../theme/tokens.js';
import { elapsedSince } from '../../time/elapsed.js';
import { TickController } from '../../time/tick-controller.js';
import { agentStateStyles } from './agent-state.styles.js';
import { describeState, stateWords } from './state-words.js';

const EXTENSION = /^[0-9]{1,20}$/;

/**
 * The agent's Finesse state: what it is, for how long, what comes after this call, and the changes an agent may ask
 * for (Ready, Not Ready and Finesse LOGOUT with their reason codes, login to an extension while logged out). A change
 * waits for Finesse's confirmation; the state shown is always the `agent` property (the event stream updates it), so
 * a refused change leaves it as it was. The phone's login is worded "Log in / Log out" so that it is never mistaken
 * for signing in to or out of Context Desk itself.
 *
 * Reason codes are picked with a native `<select>` in a disclosure panel (Escape closes it and returns focus).
 *
 * @event cd-notice - `{ tone: 'error', message }` when Finesse refuses a change or the BFF cannot be reached.
 * @csspart controls - the buttons and the reason panel.
 */
export class AgentStateBar extends LitElement {
  static override styles = [controlStyles, agentStateStyles];
  static override properties = {
    api: { attribute: false },
    agent: { attribute: false },
    open: { state: true },
    busy: { state: true },
    extensionInvalid: { state: true },
  };

  readonly #clock = new TickController(this);
  /** Reason codes change only when an administrator edits them: loaded on first open, then kept. */
  readonly #reasonCache = new Map<ReasonCategory, ReasonCode[]>();
  /** Only the latest open's answer lands: switching from Not Ready to Log out drops a late Not Ready answer. */
  readonly #reasons = new Task(this, {
    task: async ([api, category], { signal }): Promise<ReasonCode[]> => {
      if (api === undefined || category === undefined) return [];
      const cached = this.#reasonCache.get(category);
      if (cached !== undefined) return cached;
      // System codes (supervisor, outbound call) are Finesse's to apply, never an agent's choice.
      const codes = (await api.reasonCodes(category, { signal })).filter((code) => code.systemCode !== true);
      this.#reasonCache.set(category, codes);
      return codes;
    },
    args: () => [this.api, this.open] as const,
  });

  /** The reason panel that is open, if any. */
  declare open: ReasonCategory | undefined;
  /** A change is waiting for Finesse. */
  declare busy: boolean;
  declare extensionInvalid: boolean;

  /** The BFF client. */
  declare api: DeskApi | undefined;
  /** The agent as Finesse last reported them. */
  declare agent: Agent | undefined;

  constructor() {
    super();
    this.open = undefined;
    this.busy = false;
    this.extensionInvalid = false;
    this.api = undefined;
    this.agent = undefined;
  }

  override willUpdate(): void {
    // Logged out there is nothing to choose a reason for; a panel left open would reappear after the next sign-in.
    if (this.agent?.state === 'LOGOUT') this.open = undefined;
  }

  /** Runs one change; a refusal becomes a notice with Finesse's reason. Answers whether Finesse confirmed it. */
  async #perform(change: (api: DeskApi) => Promise<Agent>, failure: MessageKey): Promise<boolean> {
    if (this.busy || this.api === undefined) return false;
    this.busy = true;
    try {
      await change(this.api);
      return true;
    } catch (error) {
      emit(this, 'cd-notice', { tone: 'error', message: t(failure, { reason: reasonOf(error) }) });
      return false;
    } finally {
      this.busy = false;
    }
  }

  #toggle(category: ReasonCategory): void {
    this.open = this.open === category ? undefined : category;
  }

  async #close(): Promise<void> {
    const category = this.open;
    this.open = undefined;
    await this.updateComplete;
    if (category !== undefined) this.renderRoot.querySelector<HTMLElement>(`#open-${category}`)?.focus();
  }

  #onPanelKey(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    void this.#close();
  }

  async #submitReason(event: SubmitEvent, category: ReasonCategory): Promise<void> {
    event.preventDefault();
    const reason = new FormData(event.target as HTMLFormElement).get('reason');
    const request: AgentStateRequest = {
      state: category,
      ...(typeof reason === 'string' && reason !== '' ? { reasonCodeId: reason } : {}),
    };
    if (await this.#perform((api) => api.setState(request), 'agentState.refused')) await this.#close();
  }

  async #submitSignIn(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('extension') as HTMLInputElement;
    const extension = input.value.trim();
    this.extensionInvalid = !EXTENSION.test(extension);
    if (this.extensionInvalid) {
      input.focus();
      return;
    }
    await this.#perform((api) => api.signInAgent(extension), 'agentState.signInFailed');
  }

  #renderSignIn(agent: Agent) {
    return html`<form aria-label=${t('agentState.signInForm')} novalidate @submit=${(event: SubmitEvent) => void this.#submitSignIn(event)}>
      <label for="extension">${t('agentState.extension')}</label>
      <input
        id="extension"
        name="extension"
        inputmode="numeric"
        autocomplete="off"
        maxlength="20"
        .value=${agent.extension}
        aria-invalid=${this.extensionInvalid ? 'true' : 'false'}
        aria-describedby=${this.extensionInvalid ? 'extension-error' : nothing}
      />
      <button class="primary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${t('agentState.signIn')}</button>
      ${this.extensionInvalid ? html`<p id="extension-error" class="error" role="alert">${t('agentState.extensionInvalid')}</p>` : nothing}
    </form>`;
  }

  #renderTrigger(category: ReasonCategory, label: string) {
    const expanded = this.open === category;
    return html`<button
      id="open-${category}"
      aria-expanded=${expanded ? 'true' : 'false'}
      aria-controls=${expanded ? 'reasons' : nothing}
      @click=${() => this.#toggle(category)}
    >${label}</button>`;
  }

  #renderReasonForm(category: ReasonCategory, codes: readonly ReasonCode[]) {
    const notReady = category === 'NOT_READY';
    return html`<form @submit=${(event: SubmitEvent) => void this.#submitReason(event, category)}>
      ${
        codes.length === 0
          ? nothing
          : html`<label
            >${notReady ? t('agentState.notReadyReason') : t('agentState.signOutReason')}
            <select name="reason">
              ${codes.map((code) => html`<option value=${code.id}>${code.label}</option>`)}
            </select></label
          >`
      }
      <button class="primary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
        ${notReady ? t('agentState.confirmNotReady') : t('agentState.confirmSignOut')}
      </button>
      <button type="button" @click=${() => void this.#close()}>${t('agentState.cancel')}</button>
    </form>`;
  }

  #renderPanel(category: ReasonCategory) {
    return html`<div id="reasons" class="panel" @keydown=${(event: KeyboardEvent) => this.#onPanelKey(event)}>
      ${this.#reasons.render({
        pending: () => html`<p role="status">${t('agentState.loadingReasons')}</p>`,
        error: (error) => html`<p role="alert">${t('agentState.reasonsFailed', { reason: reasonOf(error) })}</p>
          <button @click=${() => void this.#reasons.run()}>${t('app.retry')}</button>`,
        complete: (codes) => this.#renderReasonForm(category, codes),
      })}
    </div>`;
  }

  #renderChanges(agent: Agent) {
    // Marked unavailable rather than disabled once Ready: a disabled button would drop the focus of the agent who pressed it.
    const ready = agent.state === 'READY';
    return html`
      <button
        class="primary"
        aria-disabled=${this.busy || ready ? 'true' : 'false'}
        @click=${() => {
          if (!ready) void this.#perform((api) => api.setState({ state: 'READY' }), 'agentState.refused');
        }}
      >
        ${t('agentState.ready')}
      </button>
      ${this.#renderTrigger('NOT_READY', t('agentState.notReady'))} ${this.#renderTrigger('LOGOUT', t('agentState.signOut'))}
      ${this.open === undefined ? nothing : this.#renderPanel(this.open)}
    `;
  }

  /** Focuses the first control: Ready, or the extension while logged out. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('.controls input, .controls button')?.focus(options);
  }

  override render() {
    const agent = this.agent;
    if (agent === undefined) return nothing;
    const inState = elapsedSince(agent.stateChangedAt, this.#clock.now());
    return html`
      <p class="state">
        <span class="name" role="status">${describeState(agent)}</span>
        ${inState === undefined ? nothing : html`<span class="timer" role="timer"><span class="visually-hidden">${t('agentState.timeInState')} </span>${inState}</span>`}
        <span class="pending" role="status">${agent.pendingState === undefined ? '' : t('agentState.pending', { state: stateWords(agent.pendingState) })}</span>
      </p>
      <div class="controls" part="controls" role="group" aria-label=${t('agentState.group')} aria-busy=${this.busy ? 'true' : 'false'}>
        ${agent.state === 'LOGOUT' ? this.#renderSignIn(agent) : this.#renderChanges(agent)}
      </div>
      <p class="visually-hidden" role="status">${this.busy ? t('agentState.working') : ''}</p>
    `;
  }
}
