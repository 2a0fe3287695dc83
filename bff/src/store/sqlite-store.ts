import { Kysely, SqliteDialect } from 'kysely';
import { assembleStore } from './assemble-store.js';
import { migrateToLatest } from './migrations/migrate-to-latest.js';
import type { StoreSchema } from './schema.js';
import { openSqliteDatabase, type SqliteDatabaseOptions } from './sqlite-database.js';
import type { Store } from './types.js';

/** Opens an embedded SQLite store and migrates it. Internal: the BFF calls openStore with a URL. */
export async function openSqliteStore(options: SqliteDatabaseOptions): Promise<Store> {
  const db = new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database: openSqliteDatabase(options) }) });
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return assembleStore(db);
}
