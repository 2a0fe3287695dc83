import { LitElement, html, nothing } from 'lit';
import type { Dialog } from '../../../shared/api/dialog.js';
import { controlStyles } from '../../src/theme/tokens.js';
import { sandboxControl } from './sandbox-control.js';
import { desktopListStyles } from '../desktop-styles.js';
import { sandboxPanelStyles } from './sandbox-panel.styles.js';

/** The demo callers (bff/sandbox/context-service/demo/demo-facts.ts). */
const CALLERS: readonly { readonly label: string; readonly number: string }[] = [
  { label: 'Maria Garcia', number: '+14155550123' },
  { label: 'A customer known only by a work phone', number: '+14155550188' },
  { label: 'A home phone two customers share (David and Mei Chen)', number: '+14155550142' },
  { label: 'An unknown caller', number: '+16505550199' },
];

/**
 * The sandbox's controls beside the desktop, clearly not Finesse's: ring a call to the signed-in agent from a demo
 * customer or any number, hang up from the caller's side, and take Context Service down and back up, all through
 * the emulators' control APIs.
 */
export class SandboxPanel extends LitElement {
  static override styles = [controlStyles, desktopListStyles, sandboxPanelStyles];
  static override properties = {
    extension: { type: String },
    dialogs: { attribute: false },
    expanded: { state: true },
    from: { state: true },
    status: { state: true },
    outage: { state: true },
    busy: { state: true },
  };

  declare expanded: boolean;
  declare from: string;
  /** What the last action did, for the polite status line. */
  declare status: string;
  /** Context Service is faulted (undefined until known). */
  declare outage: boolean | undefined;
  declare busy: boolean;

  /** The agent's extension: where calls ring. */
  declare extension: string;
  /** The agent's current dialogs. */
  declare dialogs: readonly Dialog[];

  constructor() {
    super();
    this.expanded = true;
    this.from = CALLERS[0]?.number ?? '';
    this.status = '';
    this.outage = undefined;
    this.busy = false;
    this.extension = '';
    this.dialogs = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    sandboxControl.contextServiceFaults().then(
      (faults) => (this.outage = faults.length > 0),
      () => (this.outage = undefined),
    );
  }

  async #act(action: () => Promise<string>): Promise<void> {
    this.busy = true;
    try {
      this.status = await action();
    } catch (error) {
      this.status = error instanceof Error ? error.message : String(error);
    } finally {
      this.busy = false;
    }
  }

  #ring(event: SubmitEvent): void {
    event.preventDefault();
    const from = this.from.trim();
    if (from === '') return;
    void this.#act(async () => {
      const { dialogId } = await sandboxControl.ring({ from, to: this.extension });
      return `Ringing extension ${this.extension} from ${from} (dialog ${dialogId}).`;
    });
  }

  #hangUp(dialog: Dialog): void {
    void this.#act(async () => {
      await sandboxControl.hangUp(dialog.id);
      return `${dialog.from} hung up.`;
    });
  }

  #toggleOutage(): void {
    const start = this.outage !== true;
    void this.#act(async () => {
      if (start) await sandboxControl.startContextServiceOutage();
      else await sandboxControl.endContextServiceOutage();
      this.outage = start;
      return start ? 'Context Service now answers 503 to everything.' : 'Context Service is back.';
    });
  }

  #renderRing() {
    const known = CALLERS.some((caller) => caller.number === this.from);
    return html`<section aria-labelledby="ring-heading">
      <h3 id="ring-heading">Ring a call</h3>
      <form @submit=${(event: SubmitEvent) => this.#ring(event)}>
        <label
          >Caller
          <select @change=${(event: Event) => (this.from = (event.target as HTMLSelectElement).value)}>
            ${CALLERS.map((caller) => html`<option value=${caller.number} ?selected=${caller.number === this.from}>${caller.label} (${caller.number})</option>`)}
            <option value="" ?selected=${!known}>Another number (type it below)</option>
          </select>
        </label>
        <label>From number<input name="from" inputmode="tel" .value=${this.from} @input=${(event: Event) => (this.from = (event.target as HTMLInputElement).value)} /></label>
        <button class="primary" type="submit" ?disabled=${this.busy || this.extension === ''}>Ring extension ${this.extension}</button>
      </form>
      <p class="note"><button type="button" disabled>Chat: not emulated</button> The Finesse emulator has voice calls only.</p>
    </section>`;
  }

  #renderCalls() {
    return html`<section aria-labelledby="calls-heading">
      <h3 id="calls-heading">Calls</h3>
      ${
        this.dialogs.length === 0
          ? html`<p class="note">No calls.</p>`
          : html`<ul>
            ${this.dialogs.map(
              (dialog) => html`<li>
                <span>${dialog.from} → ${dialog.to}, ${dialog.state}</span>
                ${
                  dialog.state === 'DROPPED'
                    ? nothing
                    : // A dropped call stays in the agent's list through wrap-up; nobody is left on it to hang up.
                      html`<button type="button" ?disabled=${this.busy} @click=${() => this.#hangUp(dialog)}>Caller hangs up</button>`
                }
              </li>`,
            )}
          </ul>`
      }
    </section>`;
  }

  #renderContextService() {
    const state = this.outage === undefined ? 'unknown' : this.outage ? 'outage (every call answers 503)' : 'available';
    return html`<section aria-labelledby="context-heading">
      <h3 id="context-heading">Context Service</h3>
      <p>Context Service: ${state}</p>
      <button type="button" ?disabled=${this.busy} @click=${() => this.#toggleOutage()}>${this.outage === true ? 'End the outage' : 'Start an outage'}</button>
    </section>`;
  }

  override render() {
    return html`<aside class="sandbox" aria-labelledby="sandbox-heading">
      <div class="head">
        <h2 id="sandbox-heading">Sandbox</h2>
        <button type="button" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="sandbox-body" @click=${() => (this.expanded = !this.expanded)}>
          ${this.expanded ? 'Hide' : 'Show'}<span class="visually-hidden"> the sandbox controls</span>
        </button>
      </div>
      <div id="sandbox-body" ?hidden=${!this.expanded}>
        <p class="note">Not part of Finesse: controls of the emulators behind this desktop.</p>
        ${this.#renderRing()} ${this.#renderCalls()} ${this.#renderContextService()}
        <p role="status" class="status">${this.status === '' ? nothing : this.status}</p>
      </div>
    </aside>`;
  }
}
