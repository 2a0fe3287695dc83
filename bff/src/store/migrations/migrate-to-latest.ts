import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { StoreMigrationError } from '../store-errors.js';
import { createSessions } from './0001-sessions.js';
import { createAuditEvents } from './0002-audit-events.js';
import { createStoreHeartbeat } from './0003-store-heartbeat.js';
import { createNoteOutbox } from './0004-note-outbox.js';
import { addSessionKind } from './0005-session-kind.js';
import { createRegistrationChanges } from './0006-registration-changes.js';
import { addNoteAuthorName } from './0007-note-author-name.js';
import { createWebexOrgs } from './0008-webex-orgs.js';

/**
 * Migrations live in code, not in files read at run time, so the compiled BFF in dist/ carries its schema with it.
 * Names sort in the order they must run; a released name never changes.
 */
const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-sessions': createSessions,
  '0002-audit-events': createAuditEvents,
  '0003-store-heartbeat': createStoreHeartbeat,
  '0004-note-outbox': createNoteOutbox,
  '0005-session-kind': addSessionKind,
  '0006-registration-changes': createRegistrationChanges,
  '0007-note-author-name': addNoteAuthorName,
  '0008-webex-orgs': createWebexOrgs,
};

const inCodeMigrations: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};

/** Brings the schema up to date; migrations already applied are skipped, so running it on every open is safe. */
export async function migrateToLatest<Schema>(db: Kysely<Schema>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: inCodeMigrations }).migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === 'Error');
    throw new StoreMigrationError(failed?.migrationName, error);
  }
}
