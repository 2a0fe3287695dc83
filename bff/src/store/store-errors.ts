/** The store URL names a database the BFF cannot open. The message names the scheme only: a URL may hold a password. */
export class UnsupportedStoreUrlError extends Error {
  readonly code = 'store_url_unsupported';
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedStoreUrlError';
  }
}

/** A schema migration failed at open; the store is not usable. */
export class StoreMigrationError extends Error {
  readonly code = 'store_migration_failed';
  constructor(migrationName: string | undefined, cause: unknown) {
    super(`store migration ${migrationName ?? '(setup)'} failed`, { cause });
    this.name = 'StoreMigrationError';
  }
}
