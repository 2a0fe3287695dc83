import { LitElement, html, nothing } from 'lit';
import { Task } from '@lit/task';
import type { Agent, WrapUpReason } from '../../../../shared/api/agent.js';
import type { Dialog, DialogActionRequest } from '../../../../shared/api/dialog.js';
import type { DeskApi } from '../../api/desk-api.js';
import { reasonOf } from '../../api/error-reason.js';
import { emit } from '../../events.js';
import { t } from '../../i18n/i18n.js';
import { controlStyles } from '../../theme/tokens.js';
import { OnDemand, onDemandStyles } from '../context-common/on-demand.js';
import { elapsedSince } from '../../time/elapsed.js';
import { TickController } from '../../time/tick-controller.js';
import { callBarStyles } from './call-bar.styles.js';
import { BAR_ACTIONS, allowedActions, liveCalls, otherParty, ownParticipant } from './call-facts.js';
import type { BarAction } from './call-facts.js';
import type { ToneQueue } from './call-panels.js';
import { actionWords, callStateWords, callTypeWords } from './call-words.js';
import { keepOneTabStop, moveFocus, rememberFocus } from './roving-toolbar.js';

/** Actions that first ask for something (a number, digits) in a panel under the toolbar. */
type PanelAction = 'CONSULT_CALL' | 'TRANSFER_SST' | 'SEND_DTMF';
const PANEL_ACTIONS: ReadonlySet<BarAction> = new Set<BarAction>(['CONSULT_CALL', 'TRANSFER_SST', 'SEND_DTMF']);

/**
 * Call controls for each of the agent's current calls (two during a consult): who, state, duration and one toolbar
 * of actions in a fixed order. Only the actions Finesse lists for the agent's own participant are enabled; the others
 * stay in place, marked unavailable with the reason, so the bar never shifts under the agent's hand. Each action waits
 * for Finesse's confirmation; the calls shown are always the `dialogs` property (the event stream updates it).
 * During wrap-up the bar offers the wrap-up reason for the call that ended.
 *
 * @event cd-notice - `{ tone: 'error', message }` naming the action and Finesse's reason when it is refused.
 * @csspart call - one call's controls.
 */
export class CallBar extends LitElement {
  static override styles = [controlStyles, onDemandStyles, callBarStyles];
  static override properties = {
    api: { attribute: false },
    agent: { attribute: false },
    dialogs: { attribute: false },
    wrapUpDialog: { attribute: false },
    busy: { state: true },
    panel: { state: true },
    numberInvalid: { state: true },
    dtmfSent: { state: true },
  };

  readonly #clock = new TickController(this);
  #wrapUpReasonCache: WrapUpReason[] | undefined;
  readonly #wrapUpReasons = new Task(this, {
    task: async ([api, needed], { signal }): Promise<WrapUpReason[]> => {
      if (!needed || api === undefined) return this.#wrapUpReasonCache ?? [];
      return (this.#wrapUpReasonCache ??= await api.wrapUpReasons({ signal }));
    },
    args: () => [this.api, this.wrapUpDialog !== undefined] as const,
  });
  /** The keypad, the number form and the wrap-up form, fetched the first time one is needed (never before a call). */
  readonly #panels = new OnDemand(this, {
    load: () => import('./call-panels.js'),
    wanted: () => this.panel !== undefined || this.wrapUpDialog !== undefined,
  });
  /** The keypad's digits on their way, from the first key pressed on. */
  #tones: ToneQueue | undefined;

  /** The action waiting for Finesse. */
  declare busy: { dialogId: string; action: string } | undefined;
  /** The panel open under one call's toolbar. */
  declare panel: { dialogId: string; action: PanelAction } | undefined;
  declare numberInvalid: boolean;
  declare dtmfSent: string;

  /** The BFF client. */
  declare api: DeskApi | undefined;
  /** The agent, for their extension (which participant is theirs). */
  declare agent: Agent | undefined;
  /** The agent's calls as Finesse last reported them. */
  declare dialogs: readonly Dialog[];
  /** The call that ended, while the agent wraps it up (WORK / WORK_READY). */
  declare wrapUpDialog: Dialog | undefined;

  constructor() {
    super();
    this.busy = undefined;
    this.panel = undefined;
    this.numberInvalid = false;
    this.dtmfSent = '';
    this.api = undefined;
    this.agent = undefined;
    this.dialogs = [];
    this.wrapUpDialog = undefined;
  }

  override updated(): void {
    for (const toolbar of this.renderRoot.querySelectorAll<HTMLElement>('[role="toolbar"]')) keepOneTabStop(toolbar);
  }

  /** Sends one action; a refusal becomes a notice naming it with Finesse's reason. Answers whether Finesse confirmed. */
  async #act(dialog: Dialog, request: DialogActionRequest, label: string): Promise<boolean> {
    if (this.busy !== undefined || this.api === undefined) return false;
    this.busy = { dialogId: dialog.id, action: request.action };
    try {
      await this.api.dialogAction(dialog.id, request);
      return true;
    } catch (error) {
      emit(this, 'cd-notice', {
        tone: 'error',
        message: t('callBar.failed', { action: label, reason: reasonOf(error) }),
      });
      return false;
    } finally {
      this.busy = undefined;
    }
  }

  #press(dialog: Dialog, action: BarAction): void {
    if (PANEL_ACTIONS.has(action)) {
      const open = this.panel?.dialogId === dialog.id && this.panel.action === action;
      this.panel = open ? undefined : { dialogId: dialog.id, action: action as PanelAction };
      this.numberInvalid = false;
      this.dtmfSent = '';
      if (!open && action !== 'SEND_DTMF') void this.#focusNumber();
      return;
    }
    void this.#act(dialog, { action }, actionWords(action));
  }

  /** Focus goes into the number form as soon as it shows; until then it stays on the button that opened it. */
  async #focusNumber(): Promise<void> {
    if (await this.#panels.rendered()) this.renderRoot.querySelector<HTMLInputElement>('.panel input')?.focus();
  }

  async #closePanel(): Promise<void> {
    const panel = this.panel;
    this.panel = undefined;
    await this.updateComplete;
    if (panel !== undefined)
      this.renderRoot.querySelector<HTMLElement>(`#call-${panel.dialogId} [data-action="${panel.action}"]`)?.focus();
  }

  async #submitNumber(
    target: string | undefined,
    dialog: Dialog,
    action: 'CONSULT_CALL' | 'TRANSFER_SST',
  ): Promise<void> {
    this.numberInvalid = target === undefined;
    if (target !== undefined && (await this.#act(dialog, { action, target }, actionWords(action))))
      await this.#closePanel();
  }

  async #sendTones(dialog: Dialog, digits: string): Promise<boolean> {
    const sent = await this.#act(dialog, { action: 'SEND_DTMF', dtmf: digits }, actionWords('SEND_DTMF'));
    if (sent) this.dtmfSent += digits;
    return sent;
  }

  async #submitWrapUp(event: SubmitEvent, dialog: Dialog): Promise<void> {
    event.preventDefault();
    const reason = new FormData(event.target as HTMLFormElement).get('wrapUpReason');
    if (typeof reason !== 'string' || reason === '') return;
    await this.#act(dialog, { action: 'UPDATE_CALL_DATA', wrapUpReason: reason }, t('callBar.saveWrapUp'));
  }

  #renderButton(dialog: Dialog, action: BarAction, allowed: ReadonlySet<string>) {
    const available = allowed.has(action);
    const waiting = this.busy?.dialogId === dialog.id && this.busy.action === action;
    const opens = PANEL_ACTIONS.has(action);
    const expanded = this.panel?.dialogId === dialog.id && this.panel.action === action;
    return html`<button
      type="button"
      data-action=${action}
      aria-disabled=${available && this.busy === undefined ? 'false' : 'true'}
      aria-describedby=${available ? nothing : `unavailable-${dialog.id}`}
      aria-busy=${waiting ? 'true' : nothing}
      aria-expanded=${opens ? (expanded ? 'true' : 'false') : nothing}
      class=${action === 'ANSWER' ? 'primary' : action === 'DROP' ? 'danger' : ''}
      @click=${() => {
        if (available && this.busy === undefined) this.#press(dialog, action);
      }}
    >${actionWords(action)}</button>`;
  }

  #renderPanel(dialog: Dialog) {
    const panel = this.panel;
    if (panel?.dialogId !== dialog.id) return nothing;
    const panels = this.#panels.part;
    if (panels === undefined) return this.#panels.renderStatus();
    const close = () => void this.#closePanel();
    if (panel.action === 'SEND_DTMF') {
      const onDigit = (digit: string) =>
        void (this.#tones ??= new panels.ToneQueue()).press(digit, (digits) => this.#sendTones(dialog, digits));
      return panels.keypad({ id: `keypad-${dialog.id}`, sent: this.dtmfSent, onDigit, onClose: close });
    }
    const action = panel.action;
    const consult = action === 'CONSULT_CALL';
    return panels.numberForm({
      id: `number-${dialog.id}`,
      label: consult ? t('callBar.consultNumber') : t('callBar.transferNumber'),
      submit: consult ? t('callBar.consultSubmit') : t('callBar.transferSubmit'),
      invalid: this.numberInvalid,
      busy: this.busy !== undefined,
      onSubmit: (event) => void this.#submitNumber(panels.submittedNumber(event), dialog, action),
      onClose: close,
    });
  }

  #renderCall(dialog: Dialog, agent: Agent) {
    const state = callStateWords(ownParticipant(dialog, agent)?.state ?? dialog.state);
    const allowed = allowedActions(dialog, agent);
    const duration = elapsedSince(dialog.startedAt, this.#clock.now());
    const party = otherParty(dialog, agent);
    return html`<section class="call" part="call" id="call-${dialog.id}" aria-labelledby="who-${dialog.id}">
      <p class="who" id="who-${dialog.id}">${t('callBar.callWith', { number: party })}</p>
      <p class="meta">
        ${t('callBar.fromTo', { from: dialog.from, to: dialog.to })} · ${callTypeWords(dialog.callType)} · ${state}
        ${duration === undefined ? nothing : html`· <span class="timer" role="timer"><span class="visually-hidden">${t('callBar.duration')} </span>${duration}</span>`}
      </p>
      <div role="toolbar" aria-label=${t('callBar.controls', { number: party })} @keydown=${moveFocus} @focusin=${rememberFocus}>
        ${BAR_ACTIONS.map((action) => this.#renderButton(dialog, action, allowed))}
      </div>
      <p id="unavailable-${dialog.id}" class="visually-hidden">${t('callBar.unavailable', { state })}</p>
      ${this.#renderPanel(dialog)}
    </section>`;
  }

  #renderWrapUp(wrapUp: Dialog, agent: Agent) {
    const panels = this.#panels.part;
    // Focusable by script (tabindex -1): focus lands here when the call it wraps up leaves the bar.
    return html`<section class="call wrap-up" tabindex="-1" aria-labelledby="wrap-up-heading">
      <p class="who" id="wrap-up-heading">${t('callBar.wrapUpFor', { number: otherParty(wrapUp, agent) })}</p>
      ${
        panels === undefined
          ? this.#panels.renderStatus()
          : panels.wrapUpForm({
              dialog: wrapUp,
              reasons: this.#wrapUpReasons,
              // Finesse lists UPDATE_CALL_DATA on the participant kept in WRAP_UP; without it the call has left.
              allowed: ownParticipant(wrapUp, agent)?.actions.includes('UPDATE_CALL_DATA') ?? true,
              busy: this.busy !== undefined,
              onSubmit: (event) => void this.#submitWrapUp(event, wrapUp),
            })
      }
    </section>`;
  }

  /** Focuses the wrap-up reason (its panel while the reasons load), else the Tab stop of the first call's controls. */
  override focus(options?: FocusOptions): void {
    const target =
      this.renderRoot.querySelector<HTMLElement>('.wrap-up select') ??
      this.renderRoot.querySelector<HTMLElement>('.wrap-up, [role="toolbar"] > button[tabindex="0"]');
    target?.focus(options);
  }

  override render() {
    const agent = this.agent;
    if (agent === undefined) return nothing;
    const calls = liveCalls(this.dialogs, agent);
    const ended = this.wrapUpDialog;
    // The event stream's copy is the fresh one (it carries the reason once saved).
    const wrapUp = ended === undefined ? undefined : (this.dialogs.find((dialog) => dialog.id === ended.id) ?? ended);
    return html`
      ${calls.map((dialog) => this.#renderCall(dialog, agent))}
      ${wrapUp === undefined ? nothing : this.#renderWrapUp(wrapUp, agent)}
      <p class="visually-hidden" role="status">${this.busy === undefined ? '' : t('callBar.working')}</p>
    `;
  }
}
