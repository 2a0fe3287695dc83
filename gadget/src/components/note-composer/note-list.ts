import { html, nothing } from 'lit';
import { t } from '../../i18n/i18n.js';
import { statusWords } from './note-words.js';
import type { ShownNote } from './note-words.js';

export interface NoteListView {
  readonly notes: readonly ShownNote[];
  /** Sends an unsent note again under its own key. */
  readonly onSendAgain: (note: ShownNote) => void;
  /** Puts a note Context Service refused back into the composer. */
  readonly onReuse: (note: ShownNote) => void;
}

/** The notes added in this session with their delivery status; each action button is described by its note's text. */
export function noteList(view: NoteListView) {
  if (view.notes.length === 0) return nothing;
  const item = (note: ShownNote) => {
    const textId = `note-${note.key}`;
    const action =
      note.status === 'unsent'
        ? html`<button aria-describedby=${textId} @click=${() => view.onSendAgain(note)}>${t('noteComposer.retry')}</button>`
        : note.status === 'failed'
          ? html`<button aria-describedby=${textId} @click=${() => view.onReuse(note)}>${t('noteComposer.reuse')}</button>`
          : nothing;
    return html`<li>
      <p class="text" id=${textId}>${note.text}</p>
      <p class="status ${note.status}">${statusWords(note)}</p>
      ${action}
    </li>`;
  };
  return html`<ul aria-label=${t('noteComposer.list')}>${view.notes.map(item)}</ul>`;
}
