import type { RequestNote } from '../../../shared/api/context.js';
import { elementText } from './context-object.js';
import type { ContextObject } from './types.js';

/** Comments are `detail` objects with the comment fieldset (context-service-and-webex.md §1.2–1.3). */
export const COMMENT_FIELDSET = 'cisco.base.comment';
const COMMENT = 'Context_Comment';
const VISIBLE = 'Context_Visible';
const DISPLAY_NAME = 'Context_DisplayName';

/** A comment as a note of its parent (a request or an activity), which it names by id. */
export interface ParentedNote {
  readonly parentId: string;
  readonly note: RequestNote;
}

/**
 * A `detail` object as a note of its parent: the text from Context_Comment, the author from Context_DisplayName (else
 * the first contributor). Not a note, so undefined: a detail without a parent or a comment (a rating, a feedback), and
 * a comment marked Context_Visible false, which Cisco's own gadget hides from agents too.
 */
export function readComment(object: ContextObject): ParentedNote | undefined {
  const text = elementText(object, COMMENT);
  const visible = object.elements.get(VISIBLE)?.value;
  if (object.parentId === undefined || text === undefined || visible === false || visible === 'false') return undefined;
  const author = elementText(object, DISPLAY_NAME) ?? object.contributorIds[0];
  return {
    parentId: object.parentId,
    note: {
      id: object.id,
      text,
      ...(author === undefined ? {} : { author }),
      createdAt: object.created ?? object.lastUpdated ?? '',
    },
  };
}

/**
 * An agent's note as a comment on an activity or request (`parentId`). Details are created closed and never updated
 * (Webapp README; CS-UTILS test.js), so the body says so; Context_Visible makes the comment show in Cisco's gadget too.
 */
export function noteCommentBody(note: {
  customerId: string;
  parentId: string;
  text: string;
  contributor: string;
  contributorName: string;
  tag: string;
}): Record<string, unknown> {
  return {
    type: 'detail',
    state: 'closed',
    customerId: note.customerId,
    parentId: note.parentId,
    fieldsets: [COMMENT_FIELDSET],
    dataElements: [
      { [COMMENT]: note.text, type: 'string' },
      { [VISIBLE]: true, type: 'boolean' },
      { [DISPLAY_NAME]: note.contributorName, type: 'string' },
    ],
    contributors: [{ type: 'user', id: note.contributor }],
    tags: [note.tag],
  };
}
