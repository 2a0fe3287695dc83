import type { Kysely, Migration } from 'kysely';

/**
 * The note outbox: every note an agent writes is stored here, in the same transaction that answers the agent, before
 * it is delivered to the context store. `seq` orders notes per customer; (login_id, idempotency_key) is unique so a
 * retried POST never makes a second note.
 */
export const createNoteOutbox: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('note_outbox')
      .ifNotExists()
      .addColumn('note_id', 'text', (column) => column.primaryKey())
      .addColumn('seq', 'integer', (column) => column.notNull().unique())
      .addColumn('login_id', 'text', (column) => column.notNull())
      .addColumn('idempotency_key', 'text', (column) => column.notNull())
      .addColumn('customer_id', 'text', (column) => column.notNull())
      .addColumn('text', 'text', (column) => column.notNull())
      .addColumn('request_id', 'text')
      .addColumn('activity_id', 'text')
      .addColumn('dialog_id', 'text')
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('attempts', 'integer', (column) => column.notNull())
      .addColumn('next_attempt_at', 'text', (column) => column.notNull())
      .addColumn('last_error', 'text')
      .addColumn('delivered_activity_id', 'text')
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex('note_outbox_idempotency')
      .ifNotExists()
      .unique()
      .on('note_outbox')
      .columns(['login_id', 'idempotency_key'])
      .execute();
    await db.schema
      .createIndex('note_outbox_status_seq')
      .ifNotExists()
      .on('note_outbox')
      .columns(['status', 'seq'])
      .execute();
  },
};
