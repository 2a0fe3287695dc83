import type { NoteStatus } from '../../../../shared/api/context.js';
import { t } from '../../i18n/i18n.js';
import type { OutboxEntry } from './note-outbox.js';

/** The BFF's statuses, plus `sending` (no answer yet) and `unsent` (the BFF could not be reached or refused). */
export type ShownStatus = NoteStatus['status'] | 'sending' | 'unsent';

export interface ShownNote extends OutboxEntry {
  readonly status: ShownStatus;
  /** Why it is unsent or failed. */
  readonly detail?: string | undefined;
}

export function statusWords(note: ShownNote): string {
  const reason = note.detail ?? '';
  switch (note.status) {
    case 'sending':
      return t('noteComposer.status.sending');
    case 'queued':
      return t('noteComposer.status.queued');
    case 'delivered':
      return t('noteComposer.status.delivered');
    case 'failed':
      return t('noteComposer.status.failed', { reason });
    case 'unsent':
      return t('noteComposer.status.unsent', { reason });
  }
}

/** What the polite live region says when a note's status changes. */
export function announcementFor(status: NoteStatus): string {
  if (status.status === 'queued') return t('noteComposer.announce.queued');
  if (status.status === 'delivered') return t('noteComposer.announce.delivered');
  return t('noteComposer.announce.failed', { reason: status.lastError ?? '' });
}
