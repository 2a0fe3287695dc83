/**
 * The tables as the database sees them. Types stay portable between SQLite and PostgreSQL: text ids, timestamps as
 * ISO-8601 UTC text (see stored-time.ts), no JSON columns.
 */
export interface StoreSchema {
  sessions: SessionsTable;
  audit_events: AuditEventsTable;
  store_heartbeat: StoreHeartbeatTable;
  note_outbox: NoteOutboxTable;
  registration_changes: RegistrationChangesTable;
  webex_orgs: WebexOrgsTable;
}

/** Connected Webex Contact Center orgs (see webex-org-repository.ts). */
export interface WebexOrgsTable {
  org_id: string;
  region: string;
  api_base: string;
  /** Space-separated, as OAuth writes them. */
  scopes: string;
  tokens_ciphertext: string;
  access_expires_at: string;
  refresh_expires_at: string;
  connected_at: string;
  connected_by: string;
  last_refresh_at: string | null;
  /** `connected` or `needs_reauthorization`. */
  state: string;
}

/** Context Service registration changes (see registration-change-repository.ts). */
export interface RegistrationChangesTable {
  id: string;
  seq: number;
  at: string;
  actor: string;
  action: string;
  from_state: string;
  to_state: string;
  result: string;
  detail: string | null;
}

export interface NoteOutboxTable {
  note_id: string;
  seq: number;
  login_id: string;
  idempotency_key: string;
  customer_id: string;
  text: string;
  request_id: string | null;
  activity_id: string | null;
  dialog_id: string | null;
  author_name: string | null;
  status: string;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  delivered_activity_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  token_hash: string;
  login_id: string;
  /** Comma-separated roles, for example `Agent,Supervisor`. */
  roles: string;
  credentials_ciphertext: string | null;
  /** `agent` (Finesse credentials) or `administrator` (CCE Administration credentials). */
  kind: string;
  created_at: string;
  last_seen_at: string;
  idle_expires_at: string;
  absolute_expires_at: string;
  revoked_at: string | null;
}

export interface AuditEventsTable {
  id: string;
  at: string;
  actor: string;
  action: string;
  subject: string | null;
  outcome: string;
  detail: string | null;
}

/** One row that ping() rewrites and reads back, so a health check proves the database still takes writes. */
export interface StoreHeartbeatTable {
  id: string;
  checked_at: string;
}
