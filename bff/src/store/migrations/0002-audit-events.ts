import type { Kysely, Migration } from 'kysely';

/** The audit trail: random text ids (no autoincrement, so nodes sharing a database never collide). */
export const createAuditEvents: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('audit_events')
      .ifNotExists()
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('at', 'text', (column) => column.notNull())
      .addColumn('actor', 'text', (column) => column.notNull())
      .addColumn('action', 'text', (column) => column.notNull())
      .addColumn('subject', 'text')
      .addColumn('outcome', 'text', (column) => column.notNull())
      .addColumn('detail', 'text')
      .execute();
    // list() reads newest first, optionally for one actor or one action.
    await db.schema.createIndex('audit_events_at').ifNotExists().on('audit_events').column('at').execute();
    await db.schema
      .createIndex('audit_events_actor_at')
      .ifNotExists()
      .on('audit_events')
      .columns(['actor', 'at'])
      .execute();
    await db.schema
      .createIndex('audit_events_action_at')
      .ifNotExists()
      .on('audit_events')
      .columns(['action', 'at'])
      .execute();
  },
};
