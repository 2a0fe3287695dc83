import type { Kysely, Migration } from 'kysely';

/**
 * Webex Contact Center orgs connected by an administrator (issue 11): one row per org, its tokens sealed by the
 * credential cipher in one column (never readable from a copy of the database alone), their expiries in the clear so
 * the refresh schedule is computed from the store after a restart.
 */
export const createWebexOrgs: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('webex_orgs')
      .ifNotExists()
      .addColumn('org_id', 'text', (column) => column.primaryKey())
      .addColumn('region', 'text', (column) => column.notNull())
      .addColumn('api_base', 'text', (column) => column.notNull())
      .addColumn('scopes', 'text', (column) => column.notNull())
      .addColumn('tokens_ciphertext', 'text', (column) => column.notNull())
      .addColumn('access_expires_at', 'text', (column) => column.notNull())
      .addColumn('refresh_expires_at', 'text', (column) => column.notNull())
      .addColumn('connected_at', 'text', (column) => column.notNull())
      .addColumn('connected_by', 'text', (column) => column.notNull())
      .addColumn('last_refresh_at', 'text')
      .addColumn('state', 'text', (column) => column.notNull())
      .execute();
  },
};
