/** The store's public surface: open it with a URL, use its repositories. */
export { openStore } from './open-store.js';
export { hashSessionToken } from './session-token-hash.js';
export type { NewOutboxNote, NoteDeliveryStatus, NoteOutboxRepository, OutboxNote } from './note-outbox-repository.js';
export type {
  NewRegistrationChange,
  RegistrationChange,
  RegistrationChangeRepository,
} from './registration-change-repository.js';
export { StoreMigrationError, UnsupportedStoreUrlError } from './store-errors.js';
export {
  AUDIT_ACTIONS,
  AUDIT_LIST_LIMIT_MAX,
  AUDIT_OUTCOMES,
  type AuditAction,
  type AuditActor,
  type AuditEvent,
  type AuditOutcome,
  type AuditQuery,
  type AuditRepository,
  type NewAuditEvent,
  type NewSession,
  type SessionRecord,
  type SessionRepository,
  type Store,
  type StoreOptions,
} from './types.js';
