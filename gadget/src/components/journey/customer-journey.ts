import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { Activity, Channel, ContextRequest } from '../../../../shared/api/context.js';
import type { DeskApi } from '../../api/desk-api.js';
import { t } from '../../i18n/i18n.js';
import { controlStyles } from '../../theme/tokens.js';
import { contextStyles } from '../context-common/context.styles.js';
import { failureText } from '../context-common/failure-text.js';
import { activityTime } from './activity-time.js';
import { CHANNEL_NAMES, channelGlyph } from './channel-glyph.js';
import { groupJourney, mergeRequests } from './group-journey.js';
import type { JourneyGroup } from './group-journey.js';
import { journeyStyles } from './customer-journey.styles.js';
import { requestNotes } from './request-notes.js';

const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

/**
 * A customer's journey across channels, newest first, grouped by request (each with the notes agents left on it):
 * filtered by channel, paged by the BFF's cursor, and each activity can be moved to another of the customer's requests.
 */
export class CustomerJourney extends LitElement {
  static override styles = [controlStyles, contextStyles, journeyStyles];
  static override properties = {
    api: { attribute: false },
    customerId: { attribute: false },
    channel: { state: true },
    activities: { state: true },
    requests: { state: true },
    next: { state: true },
    moving: { state: true },
    moveBusy: { state: true },
    moveFailure: { state: true },
  };

  /** Bumped by every first-page load: a "load more" begun before it belongs to another list and is dropped. */
  #generation = 0;
  #load = new Task(this, {
    task: async ([api, customerId, channel], { signal }) => {
      this.#generation += 1;
      this.#more.abort();
      if (api === undefined || customerId === undefined) return initialState;
      return api.journey(customerId, channel === '' ? {} : { channel }, { signal });
    },
    args: () => [this.api, this.customerId, this.channel] as const,
    onComplete: (page) => {
      this.activities = page.activities;
      this.requests = page.requests;
      this.next = page.next;
    },
  });
  #more = new Task(this, {
    task: async ([generation, cursor]: readonly [number, string], { signal }) => {
      if (this.api === undefined || this.customerId === undefined) return initialState;
      const channel = this.channel === '' ? {} : { channel: this.channel };
      return { generation, page: await this.api.journey(this.customerId, { ...channel, cursor }, { signal }) };
    },
    autoRun: false,
    onComplete: ({ generation, page }) => {
      if (generation !== this.#generation) return;
      this.activities = [...this.activities, ...page.activities];
      this.requests = mergeRequests(this.requests, page.requests);
      this.next = page.next;
    },
  });

  /** '' for every channel. */
  declare channel: Channel | '';
  declare activities: readonly Activity[];
  declare requests: readonly ContextRequest[];
  /** The cursor of the next page, while there is one. */
  declare next: string | undefined;
  /** The activity whose move form is open. */
  declare moving: string | undefined;
  declare moveBusy: boolean;
  declare moveFailure: string;

  /** The BFF client. */
  declare api: DeskApi | undefined;
  /** Whose journey. */
  declare customerId: string | undefined;

  constructor() {
    super();
    this.channel = '';
    this.activities = [];
    this.requests = [];
    this.next = undefined;
    this.moving = undefined;
    this.moveBusy = false;
    this.moveFailure = '';
    this.api = undefined;
    this.customerId = undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('customerId')) this.moving = undefined;
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #openMove(activity: Activity): void {
    this.moving = activity.id;
    this.moveFailure = '';
    void this.#focus('.move-form select');
  }

  #closeMove(activity: Activity): void {
    this.moving = undefined;
    void this.#focus(`[data-move="${activity.id}"]`);
  }

  async #move(event: SubmitEvent, activity: Activity): Promise<void> {
    event.preventDefault();
    const requestId = new FormData(event.target as HTMLFormElement).get('requestId');
    if (this.api === undefined || typeof requestId !== 'string') return;
    this.moveBusy = true;
    this.moveFailure = '';
    try {
      const moved = await this.api.moveActivity(activity.id, { requestId });
      this.activities = this.activities.map((each) => (each.id === moved.id ? moved : each));
      this.#closeMove(activity);
    } catch (error) {
      this.moveFailure = failureText(error);
    } finally {
      this.moveBusy = false;
    }
  }

  #renderMove(activity: Activity) {
    const targets = this.requests.filter((request) => request.id !== activity.requestId);
    return html`<form class="move-form row" @submit=${(event: SubmitEvent) => void this.#move(event, activity)}
      @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.#closeMove(activity)}>
      ${
        targets.length === 0
          ? html`<p>${t('journey.noTargets')}</p>`
          : html`<label for="move-${activity.id}">${t('journey.moveTo')}</label>
            <select id="move-${activity.id}" name="requestId">
              ${targets.map((request) => html`<option value=${request.id}>${request.title}${request.state === 'closed' ? ` (${t('journey.closed')})` : ''}</option>`)}
            </select>
            <button class="primary" type="submit" ?disabled=${this.moveBusy}>${t('journey.move')}</button>`
      }
      <button type="button" @click=${() => this.#closeMove(activity)}>${t('card.cancel')}</button>
      ${this.moveFailure === '' ? nothing : html`<p class="problem" role="alert">${t('journey.moveFailed', { reason: this.moveFailure })}</p>`}
    </form>`;
  }

  #renderActivity(activity: Activity, now: number) {
    const open = this.moving === activity.id;
    // The summary is the notes' first line (bff activity-mapper): one-line notes would otherwise read twice.
    return html`<li class="activity">
      <div class="row">${channelGlyph(activity.channel)} ${activityTime(activity.createdAt, `when-${activity.id}`, now)}</div>
      ${activity.summary === undefined ? nothing : html`<p>${activity.summary}</p>`}
      ${activity.notes === undefined || activity.notes.trim() === activity.summary ? nothing : html`<p class="notes">${activity.notes}</p>`}
      ${
        open
          ? this.#renderMove(activity)
          : html`<button class="move" data-move=${activity.id} @click=${() => this.#openMove(activity)}>
            ${t('journey.move')}<span class="visually-hidden"> ${activity.summary ?? t(`channel.${activity.channel}`)}</span>
          </button>`
      }
    </li>`;
  }

  #renderGroup(group: JourneyGroup, now: number) {
    const title =
      group.request?.title ?? (group.requestId === undefined ? t('journey.other') : t('journey.unknownRequest'));
    return html`<li>
      <h4>${title}${group.request?.state === 'closed' ? html` <span class="muted">(${t('journey.closed')})</span>` : nothing}</h4>
      ${requestNotes(group.request?.notes ?? [], title, now)}
      ${group.activities.length === 0 ? nothing : html`<ul class="plain">${group.activities.map((activity) => this.#renderActivity(activity, now))}</ul>`}
    </li>`;
  }

  #renderMore() {
    const failed = this.#more.status === TaskStatus.ERROR && !isAbort(this.#more.error);
    const problem = failed ? html`<p class="problem" role="alert">${failureText(this.#more.error)}</p>` : nothing;
    if (this.next === undefined) return problem;
    const cursor = this.next;
    const busy = this.#more.status === TaskStatus.PENDING;
    return html`${problem}<button class="more" ?disabled=${busy} @click=${() => void this.#more.run([this.#generation, cursor])}>${busy ? t('app.loading') : t('journey.more')}</button>`;
  }

  #renderList() {
    const groups = groupJourney(this.activities, this.requests, { noteOnlyRequests: this.channel === '' });
    if (groups.length === 0) return html`<p>${t('journey.empty')}</p>`;
    const now = Date.now();
    return html`<ul class="plain groups">${groups.map((group) => this.#renderGroup(group, now))}</ul>${this.#renderMore()}`;
  }

  override render() {
    return html`<section aria-labelledby="journey">
      <div class="row head">
        <h3 id="journey">${t('journey.heading')}</h3>
        <label>${t('journey.channel')}
          <select @change=${(event: Event) => (this.channel = (event.target as HTMLSelectElement).value as Channel | '')}>
            <option value="" ?selected=${this.channel === ''}>${t('journey.allChannels')}</option>
            ${CHANNEL_NAMES.map((channel) => html`<option value=${channel} ?selected=${this.channel === channel}>${t(`channel.${channel}`)}</option>`)}
          </select>
        </label>
      </div>
      ${this.#load.render({
        pending: () => html`<p class="muted">${t('app.loading')}</p>`,
        complete: () => this.#renderList(),
        error: (error) =>
          html`<div role="alert"><p>${failureText(error)}</p><button @click=${() => void this.#load.run()}>${t('app.retry')}</button></div>`,
      })}
    </section>`;
  }
}
