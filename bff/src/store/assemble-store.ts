import type { Kysely } from 'kysely';
import { createAuditRepository } from './audit-repository.js';
import type { StoreSchema } from './schema.js';
import { createSessionRepository } from './session-repository.js';
import { createNoteOutboxRepository } from './note-outbox-repository.js';
import { createRegistrationChangeRepository } from './registration-change-repository.js';
import { createWebexOrgRepository } from './webex-org-repository.js';
import { pingStore } from './store-ping.js';
import type { Store } from './types.js';

/** Builds the store on any migrated Kysely instance; only opening the connection knows the dialect. */
export function assembleStore(db: Kysely<StoreSchema>): Store {
  return {
    sessions: createSessionRepository(db),
    audit: createAuditRepository(db),
    notes: createNoteOutboxRepository(db),
    registrationChanges: createRegistrationChangeRepository(db),
    webexOrgs: createWebexOrgRepository(db),
    ping: () => pingStore(db, new Date()),
    close: () => db.destroy(),
  };
}
