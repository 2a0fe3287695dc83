import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** How long a write waits for another connection's lock before failing (SQLITE_BUSY). */
const BUSY_TIMEOUT_MS = 5_000;
const IN_MEMORY = ':memory:';

export interface SqliteDatabaseOptions {
  /** A file path (its directories are created) or `:memory:`. */
  readonly path: string;
  /** Opens the file read-only; a seam for tests, since chmod cannot take write access away from root. */
  readonly readonly?: boolean;
}

/** Opens the SQLite file with WAL (readers never wait for the writer) and a busy timeout instead of instant SQLITE_BUSY. */
export function openSqliteDatabase({ path, readonly = false }: SqliteDatabaseOptions): Database.Database {
  if (path !== IN_MEMORY && !readonly) {
    mkdirSync(dirname(path), { recursive: true });
  }
  const database = new Database(path, { readonly, fileMustExist: readonly, timeout: BUSY_TIMEOUT_MS });
  try {
    // Switching the journal mode writes the file header, which a read-only connection cannot; the mode persists anyway.
    if (!readonly) database.pragma('journal_mode = WAL');
    // synchronous stays FULL (the default): the outbox promises that an accepted note survives a power cut.
    return database;
  } catch (error) {
    database.close();
    throw error;
  }
}
