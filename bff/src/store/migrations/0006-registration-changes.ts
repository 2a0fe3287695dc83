import type { Kysely, Migration } from 'kysely';

/**
 * The audit trail of Context Service registration changes (issue 6): who, when, from which state to which, and how CCE
 * answered. `seq` orders changes made within the same millisecond; there is no column for connectionData on purpose.
 */
export const createRegistrationChanges: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('registration_changes')
      .ifNotExists()
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('seq', 'integer', (column) => column.notNull().unique())
      .addColumn('at', 'text', (column) => column.notNull())
      .addColumn('actor', 'text', (column) => column.notNull())
      .addColumn('action', 'text', (column) => column.notNull())
      .addColumn('from_state', 'text', (column) => column.notNull())
      .addColumn('to_state', 'text', (column) => column.notNull())
      .addColumn('result', 'text', (column) => column.notNull())
      .addColumn('detail', 'text')
      .execute();
  },
};
