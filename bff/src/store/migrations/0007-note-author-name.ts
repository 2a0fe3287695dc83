import type { Kysely, Migration } from 'kysely';

/**
 * The author's name as Finesse knew it when the note was written, so the note reads "by Alex Ruiz" in Context
 * Service rather than by a login id. Notes queued before this migration have none and fall back to the login id.
 */
export const addNoteAuthorName: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('note_outbox').addColumn('author_name', 'text').execute();
  },
};
