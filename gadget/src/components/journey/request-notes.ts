import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { RequestNote } from '../../../../shared/api/context.js';
import { t } from '../../i18n/i18n.js';
import { activityTime } from './activity-time.js';

/**
 * A request's notes, newest first, above its activities: what agents wrote about the request as a whole. Laid out as
 * activities are, set apart by a pencil (decoration, as the channel glyphs are), "Note" and the accent colour.
 */
export function requestNotes(
  notes: readonly RequestNote[],
  title: string,
  now: number,
): TemplateResult | typeof nothing {
  if (notes.length === 0) return nothing;
  return html`<ul class="plain" aria-label=${t('journey.requestNotes', { title })}>
    ${notes.map(
      (note) => html`<li class="activity note">
        <div class="row">
          <span aria-hidden="true">✎</span>
          <span class="by">${note.author === undefined ? t('journey.note') : t('journey.noteBy', { author: note.author })}</span>
          ${activityTime(note.createdAt, `when-${note.id}`, now)}
        </div>
        <p>${note.text}</p>
      </li>`,
    )}
  </ul>`;
}
