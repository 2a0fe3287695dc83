import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import type { NoteInput, NoteStatus } from '../../../../shared/api/context.js';
import type { DeskApi } from '../../api/desk-api.js';
import { DeskApiError } from '../../api/desk-api-error.js';
import { reasonOf } from '../../api/error-reason.js';
import { emit } from '../../events.js';
import { t } from '../../i18n/i18n.js';
import { controlStyles } from '../../theme/tokens.js';
import { noteComposerStyles } from './note-composer.styles.js';
import { NoteOutbox, newIdempotencyKey } from './note-outbox.js';
import { StatusPoll } from './status-poll.js';
import type { Draft, OutboxEntry } from './note-outbox.js';
import { noteList } from './note-list.js';
import { announcementFor } from './note-words.js';
import type { ShownNote } from './note-words.js';

/** NoteInput's limit (shared/api/context.ts). */
const MAX_LENGTH = 4000;
/** From here on the counter speaks (politely); before, it only shows. */
const NEAR_LIMIT = 200;
/** The event stream reports deliveries; polling covers a stream that is down or a note from before a reload. */
const POLL_MS = 5000;

function noteInput(entry: OutboxEntry): NoteInput {
  return {
    text: entry.text,
    ...(entry.requestId === undefined ? {} : { requestId: entry.requestId }),
    ...(entry.dialogId === undefined ? {} : { dialogId: entry.dialogId }),
  };
}

/** Only what the outbox keeps (a shown note also carries its status, which the BFF owns). */
function outboxEntry({ key, text, customerId, requestId, dialogId }: OutboxEntry): OutboxEntry {
  return {
    key,
    text,
    customerId,
    ...(requestId === undefined ? {} : { requestId }),
    ...(dialogId === undefined ? {} : { dialogId }),
  };
}

/**
 * Adds a note to the customer's context (and request, and call, when given). A note is written to localStorage with
 * its Idempotency-Key before it is sent and stays there until Context Service has it, so a reload re-checks or
 * re-sends it (the same key never makes a second note); a refused send keeps the text, as a draft, and a retry of the
 * same text reuses the key. The notes added show below with their status, fed by `noteStatuses` (the event stream)
 * and, while one is queued, by polling.
 *
 * @event cd-note-status - `{ noteId, status }` when the BFF queued a note and when it was delivered or failed.
 */
export class NoteComposer extends LitElement {
  static override styles = [controlStyles, noteComposerStyles];
  static override properties = {
    api: { attribute: false },
    customerId: { attribute: false },
    requestId: { attribute: false },
    dialogId: { attribute: false },
    noteStatuses: { attribute: false },
    agentId: { attribute: false },
    text: { state: true },
    notes: { state: true },
    sending: { state: true },
    failure: { state: true },
    announcement: { state: true },
  };

  #outbox: { owner: string; box: NoteOutbox } | undefined;
  /** The key of a send the BFF refused and the text sent with it: the same text goes again under the same key. */
  #retry: Draft['retry'];
  /** Notes whose status this page already re-checked or re-sent after loading them from storage. */
  readonly #resumed = new Set<string>();

  declare text: string;
  /** Every note added or resumed in this session, newest first, for any customer (one customer's are shown). */
  declare notes: readonly ShownNote[];
  declare sending: boolean;
  declare failure: string | undefined;
  declare announcement: string;

  /** The BFF client. */
  declare api: DeskApi | undefined;
  /** The customer the note is about; nothing renders without one. */
  declare customerId: string | undefined;
  /** The request the note belongs to, if any. */
  declare requestId: string | undefined;
  /** The call the note is about, if any. */
  declare dialogId: string | undefined;
  /** Note statuses from the event stream, by note id. */
  declare noteStatuses: ReadonlyMap<string, NoteStatus>;
  /** The signed-in agent's id: keeps each agent's stored notes apart on a shared browser. */
  declare agentId: string | undefined;

  constructor() {
    super();
    this.text = '';
    this.notes = [];
    this.sending = false;
    this.failure = undefined;
    this.announcement = '';
    this.api = undefined;
    this.customerId = undefined;
    this.requestId = undefined;
    this.dialogId = undefined;
    this.noteStatuses = new Map();
    this.agentId = undefined;
    // Registered with this element, the poll runs while a note is queued and stops when the element leaves the page.
    new StatusPoll(this, {
      everyMs: POLL_MS,
      queued: () =>
        this.notes.flatMap((note) => (note.status === 'queued' && note.noteId !== undefined ? [note.noteId] : [])),
      check: (noteId) => (this.api === undefined ? Promise.resolve() : this.#check(this.api, noteId)),
    });
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('customerId') || changed.has('agentId')) this.#showCustomer();
    if (changed.has('noteStatuses')) for (const status of this.noteStatuses.values()) this.#settle(status);
    if (this.api !== undefined) this.#resume(this.api);
  }

  #box(): NoteOutbox {
    const owner = this.agentId ?? '';
    if (this.#outbox?.owner !== owner) this.#outbox = { owner, box: new NoteOutbox(NoteOutbox.pageStorage(), owner) };
    return this.#outbox.box;
  }

  /** Loads the customer's draft and the notes of theirs still on the way (a reload, another call). */
  #showCustomer(): void {
    const customerId = this.customerId;
    this.failure = undefined;
    if (customerId === undefined) return;
    const box = this.#box();
    const draft = box.draft(customerId);
    this.text = draft?.text ?? '';
    this.#retry = draft?.retry;
    const known = new Set(this.notes.map((note) => note.key));
    const waiting = box.entries().filter((entry) => entry.customerId === customerId && !known.has(entry.key));
    const resumed = waiting.map((entry): ShownNote => ({
      ...entry,
      status: entry.noteId === undefined ? 'sending' : 'queued',
    }));
    this.notes = [...resumed.reverse(), ...this.notes];
  }

  /** Stored notes: the status of an accepted one is asked for, one whose answer never came is sent again (same key). */
  #resume(api: DeskApi): void {
    for (const note of this.notes) {
      if (this.#resumed.has(note.key) || (note.status !== 'sending' && note.status !== 'queued')) continue;
      this.#resumed.add(note.key);
      if (note.noteId === undefined) void this.#deliver(api, note);
      else void this.#check(api, note.noteId);
    }
  }

  #patch(key: string, patch: Partial<ShownNote>): void {
    this.notes = this.notes.map((note) => (note.key === key ? { ...note, ...patch } : note));
  }

  /** A status from the BFF (an answer, a poll, the event stream): shown, announced, and the stored copy dropped once delivered. */
  #settle(status: NoteStatus): void {
    if (status.status === 'delivered') {
      const stored = this.#box()
        .entries()
        .find((entry) => entry.noteId === status.noteId);
      if (stored !== undefined) this.#box().remove(stored.key);
    }
    const note = this.notes.find((candidate) => candidate.noteId === status.noteId);
    if (note === undefined || (note.status === status.status && note.detail === status.lastError)) return;
    this.#patch(note.key, { status: status.status, detail: status.lastError });
    this.announcement = announcementFor(status);
    emit(this, 'cd-note-status', { noteId: status.noteId, status: status.status });
  }

  async #deliver(api: DeskApi, entry: OutboxEntry): Promise<void> {
    this.#patch(entry.key, { status: 'sending', detail: undefined });
    try {
      const status = await api.addNote(entry.customerId, noteInput(entry), entry.key);
      this.#box().put({ ...outboxEntry(entry), noteId: status.noteId });
      this.#patch(entry.key, { noteId: status.noteId });
      this.#settle(status);
    } catch (error) {
      this.#patch(entry.key, { status: 'unsent', detail: reasonOf(error) });
    }
  }

  async #check(api: DeskApi, noteId: string): Promise<void> {
    try {
      this.#settle(await api.noteStatus(noteId));
    } catch (error) {
      // Unknown to the BFF (gone, or not this agent's): say so and stop asking. Anything else: ask again later.
      if (!(error instanceof DeskApiError) || error.status !== 404) return;
      const note = this.notes.find((candidate) => candidate.noteId === noteId);
      if (note !== undefined) this.#box().remove(note.key);
      this.#settle({ noteId, status: 'failed', attempts: 0, lastError: reasonOf(error) });
    }
  }

  #input(event: InputEvent): void {
    this.text = (event.target as HTMLTextAreaElement).value;
    if (this.customerId !== undefined)
      this.#box().saveDraft(this.customerId, {
        text: this.text,
        ...(this.#retry === undefined ? {} : { retry: this.#retry }),
      });
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { api, customerId, text } = this;
    if (this.sending || api === undefined || customerId === undefined) return;
    if (text.trim() === '' || text.length > MAX_LENGTH) {
      this.failure = text.trim() === '' ? t('noteComposer.empty') : t('noteComposer.tooLong', { max: MAX_LENGTH });
      return;
    }
    const key = this.#retry?.text === text ? this.#retry.key : newIdempotencyKey();
    const entry: OutboxEntry = {
      key,
      text,
      customerId,
      ...(this.requestId === undefined ? {} : { requestId: this.requestId }),
      ...(this.dialogId === undefined ? {} : { dialogId: this.dialogId }),
    };
    const box = this.#box();
    // Stored before it is sent: if the page dies before the answer, the next load sends it again under this key.
    box.put(entry);
    this.#resumed.add(key);
    this.sending = true;
    this.failure = undefined;
    try {
      const status = await api.addNote(customerId, noteInput(entry), key);
      box.put({ ...entry, noteId: status.noteId });
      box.saveDraft(customerId, { text: '' });
      this.notes = [{ ...entry, noteId: status.noteId, status: 'sending' }, ...this.notes];
      this.#settle(status);
      if (this.customerId === customerId) {
        this.text = '';
        this.#retry = undefined;
      }
    } catch (error) {
      // The words stay where the agent left them, with the key, so that trying again cannot make two notes.
      box.remove(key);
      const retry = { key, text };
      box.saveDraft(customerId, { text, retry });
      if (this.customerId === customerId) {
        this.#retry = retry;
        this.failure = t('noteComposer.failed', { reason: reasonOf(error) });
      }
    } finally {
      this.sending = false;
    }
  }

  /** A note whose send got no answer, sent again under its own key. */
  #sendAgain(note: ShownNote): void {
    if (this.api !== undefined && note.status === 'unsent') void this.#deliver(this.api, note);
  }

  /** A note Context Service never took: its text goes back into the composer to be sent as a new note. */
  async #reuse(note: ShownNote): Promise<void> {
    this.#box().remove(note.key);
    this.notes = this.notes.filter((candidate) => candidate.key !== note.key);
    this.text = this.text === '' ? note.text : `${this.text}\n${note.text}`;
    if (this.customerId !== undefined) this.#box().saveDraft(this.customerId, { text: this.text });
    await this.updateComplete;
    this.renderRoot.querySelector('textarea')?.focus();
  }

  override render() {
    if (this.customerId === undefined) return nothing;
    const remaining = MAX_LENGTH - this.text.length;
    const near = remaining <= NEAR_LIMIT;
    const shown = this.notes.filter((note) => note.customerId === this.customerId);
    return html`
      <form novalidate @submit=${(event: SubmitEvent) => void this.#submit(event)}>
        <label for="note">${t('noteComposer.label')}</label>
        <textarea
          id="note"
          name="note"
          rows="3"
          maxlength=${MAX_LENGTH}
          .value=${this.text}
          ?readonly=${this.sending}
          aria-invalid=${this.failure === undefined ? 'false' : 'true'}
          aria-describedby=${this.failure === undefined ? 'count' : 'count note-error'}
          @input=${(event: InputEvent) => this.#input(event)}
        ></textarea>
        <div class="row">
          <span id="count" class="count ${near ? 'near' : ''}" aria-live=${near ? 'polite' : 'off'}>
            ${near ? t('noteComposer.remaining', { count: Math.max(0, remaining) }) : t('noteComposer.count', { count: this.text.length, max: MAX_LENGTH })}
          </span>
          <button class="primary" type="submit" aria-disabled=${this.sending ? 'true' : 'false'}>${this.sending ? t('noteComposer.sending') : t('noteComposer.add')}</button>
        </div>
        ${this.failure === undefined ? nothing : html`<p id="note-error" class="error" role="alert">${this.failure}</p>`}
      </form>
      ${noteList({ notes: shown, onSendAgain: (note) => this.#sendAgain(note), onReuse: (note) => void this.#reuse(note) })}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    `;
  }
}
