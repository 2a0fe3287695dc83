import type { Kysely, Migration } from 'kysely';

/** The single-row table ping() writes to: a readiness check has to prove writes work, not only reads. */
export const createStoreHeartbeat: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('store_heartbeat')
      .ifNotExists()
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('checked_at', 'text', (column) => column.notNull())
      .execute();
  },
};
