/** Comments are `detail` objects with the comment fieldset (context-service-and-webex.md §1.2–1.3). */
export const COMMENT_FIELDSET = 'cisco.base.comment';

/**
 * An agent's note as a comment on an activity or request (`parentId`). Details are created closed and never updated
 * (Webapp README; CS-UTILS test.js), so the body says so; Context_Visible makes the comment show in Cisco's gadget too.
 */
export function noteCommentBody(note: { customerId: string; parentId: string; text: string; contributor: string; tag: string }): Record<string, unknown> {
  return {
    type: 'detail',
    state: 'closed',
    customerId: note.customerId,
    parentId: note.parentId,
    fieldsets: [COMMENT_FIELDSET],
    dataElements: [
      { Context_Comment: note.text, type: 'string' },
      { Context_Visible: true, type: 'boolean' },
      { Context_DisplayName: note.contributor, type: 'string' },
    ],
    contributors: [{ type: 'user', id: note.contributor }],
    tags: [note.tag],
  };
}
