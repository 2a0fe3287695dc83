import type { Kysely, Migration } from 'kysely';

/** Sessions keyed by token hash; `if not exists` lets a run that stopped half-way be repeated. */
export const createSessions: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('sessions')
      .ifNotExists()
      .addColumn('token_hash', 'text', (column) => column.primaryKey())
      .addColumn('login_id', 'text', (column) => column.notNull())
      .addColumn('roles', 'text', (column) => column.notNull())
      .addColumn('credentials_ciphertext', 'text')
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('last_seen_at', 'text', (column) => column.notNull())
      .addColumn('idle_expires_at', 'text', (column) => column.notNull())
      .addColumn('absolute_expires_at', 'text', (column) => column.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
    // revokeAllFor looks sessions up by login.
    await db.schema.createIndex('sessions_login_id').ifNotExists().on('sessions').column('login_id').execute();
  },
};
