import type { Kysely, Migration } from 'kysely';

/**
 * Sessions of two kinds: an agent's (Finesse credentials) and a CCE administrator's (CCE Administration credentials,
 * issue 6). Every session before this migration is an agent's.
 */
export const addSessionKind: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('sessions')
      .addColumn('kind', 'text', (column) => column.notNull().defaultTo('agent'))
      .execute();
  },
};
