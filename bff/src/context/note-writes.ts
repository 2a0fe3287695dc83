import { ConflictError, InvalidRequestError } from '../errors.js';
import { noteActivityBody } from './activity-mapper.js';
import { noteCommentBody } from './comment-mapper.js';
import type { ContextServiceApi } from './context-service-api.js';
import { checkId } from './context-service-api.js';

/** Every note the BFF writes carries this tag plus its idempotency key, so that a retry can find it. */
export const NOTE_TAG_PREFIX = 'contextdesk-note-';

export interface Note {
  readonly customerId: string;
  readonly text: string;
  readonly contributor: string;
  /** The contributor's name, shown as the note's author; the contributor id when absent. */
  readonly contributorName?: string;
  readonly requestId?: string;
  readonly activityId?: string;
  readonly idempotencyKey: string;
}

/** The key becomes one search word: visible ASCII, no quotes (the outbox uses UUIDs). */
function noteTag(idempotencyKey: string): string {
  if (!/^[\x21\x23-\x7E]{1,128}$/.test(idempotencyKey))
    throw new InvalidRequestError('idempotencyKey must be 1 to 128 visible ASCII characters without quotes');
  return `${NOTE_TAG_PREFIX}${idempotencyKey}`;
}

/**
 * Delivers an agent's note once, however often the outbox retries (it may crash between the store's answer and
 * recording it): the note is tagged with its key, and a note already carrying the tag is answered instead of
 * creating another. Two deliveries of one note at the same instant could still both create; the outbox runs one.
 *
 * With an activity (or only a request), the note is a comment (`detail`) on it, after checking that it belongs to
 * the customer; otherwise it is a new voice activity of the customer. Answers the id of the object holding the note.
 */
export async function deliverNote(api: ContextServiceApi, note: Note): Promise<{ activityId: string }> {
  const tag = noteTag(note.idempotencyKey);
  const customerId = checkId(note.customerId, 'customerId');
  const parent =
    note.activityId !== undefined
      ? { type: 'activity' as const, id: note.activityId }
      : note.requestId !== undefined
        ? { type: 'request' as const, id: note.requestId }
        : undefined;
  const type = parent === undefined ? 'activity' : 'detail';
  const delivered = await api.search(
    type,
    [{ key: 'tags', value: tag }],
    'AND',
    { startIndex: 0, maxEntries: 1 },
    (object) => object.id,
  );
  const earlier = delivered.items[0];
  if (earlier !== undefined) return { activityId: earlier };
  if (parent === undefined)
    return {
      activityId: await api.create(
        'activity',
        noteActivityBody({ customerId, text: note.text, contributor: note.contributor, tag }),
      ),
    };
  const owner = await api.get(parent.type, parent.id, (object) => object.customerId);
  if (owner !== undefined && owner !== customerId)
    throw new ConflictError('note_parent_mismatch', `The ${parent.type} ${parent.id} belongs to another customer`);
  return {
    activityId: await api.create(
      'detail',
      noteCommentBody({
        customerId,
        parentId: parent.id,
        text: note.text,
        contributor: note.contributor,
        contributorName: note.contributorName ?? note.contributor,
        tag,
      }),
    ),
  };
}
