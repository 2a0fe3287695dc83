import type { Role } from '../../../shared/api/agent.js';
import type { NoteOutboxRepository } from './note-outbox-repository.js';
import type { RegistrationChangeRepository } from './registration-change-repository.js';
import type { WebexOrgRepository } from './webex-org-repository.js';

/** What the BFF needs to open its store; `url` is `sqlite:<path>` or `sqlite::memory:`. */
export interface StoreOptions {
  readonly url: string;
}

/** The BFF's one store: its repositories, a health check and shutdown. */
export interface Store {
  readonly sessions: SessionRepository;
  readonly audit: AuditRepository;
  /** Agents' notes waiting for, or past, delivery to the context store. */
  readonly notes: NoteOutboxRepository;
  /** The audit trail of Context Service registration changes (administrators). */
  readonly registrationChanges: RegistrationChangeRepository;
  /** Connected Webex Contact Center orgs and their sealed tokens. */
  readonly webexOrgs: WebexOrgRepository;
  /** A cheap write and read-back; rejects when the database is closed, read-only or unreachable (used by /readyz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** A signed-in agent's session, keyed by the hash of its bearer token (the token itself is never stored). */
export interface SessionRecord {
  /** Hex SHA-256 of the session token (see `hashSessionToken`). */
  readonly tokenHash: string;
  /** A Finesse loginId, or for an administrator's session the CCE Administration user name. */
  readonly loginId: string;
  /** Absent for an agent's session; `administrator` for a session holding CCE Administration credentials. */
  readonly kind?: 'administrator';
  readonly roles: readonly Role[];
  /** The session's credentials sealed by the credential cipher; null when no key is configured. */
  readonly credentialsCiphertext: string | null;
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
  readonly idleExpiresAt: Date;
  readonly absoluteExpiresAt: Date;
  readonly revokedAt: Date | null;
}

/** A session as sign-in creates it: last seen at creation, not revoked. */
export type NewSession = Omit<SessionRecord, 'lastSeenAt' | 'revokedAt'>;

export interface SessionRepository {
  create(session: NewSession): Promise<void>;
  /** The session if it is neither revoked nor past its idle or absolute expiry at `now`. */
  findActive(tokenHash: string, now: Date): Promise<SessionRecord | undefined>;
  /** Records activity and moves the idle expiry; false when the session is no longer active. */
  touch(tokenHash: string, now: Date, idleExpiresAt: Date): Promise<boolean>;
  /** Marks the session revoked; false when no unrevoked session has that hash. */
  revoke(tokenHash: string, now: Date): Promise<boolean>;
  /** Revokes every unrevoked session of one login; answers how many. */
  revokeAllFor(loginId: string, now: Date): Promise<number>;
  /** Deletes sessions that can never be used again (expired or revoked); answers how many. */
  deleteExpired(now: Date): Promise<number>;
}

export const AUDIT_ACTIONS = [
  'note.queued',
  'session.sign_in',
  'session.sign_in_failed',
  'session.sign_out',
  'agent.state_change',
  'dialog.action',
  'webex.connect',
  'webex.disconnect',
  'webex.needs_reauthorization',
  'team.member_state_change',
  'admin.agent_create',
  'admin.agent_update',
  'admin.agent_delete',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_OUTCOMES = ['ok', 'refused', 'error'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** Who did it: a Finesse login id, or 'system' for what the BFF does by itself. */
export type AuditActor = string;

export interface AuditEvent {
  readonly id: string;
  readonly at: Date;
  readonly actor: AuditActor;
  readonly action: AuditAction;
  /** What it was done to (a dialog id, an agent id); null when nothing in particular. */
  readonly subject: string | null;
  readonly outcome: AuditOutcome;
  /** A short, secret-free explanation (a Finesse error reason, a refused field). */
  readonly detail: string | null;
}

export type NewAuditEvent = Omit<AuditEvent, 'id' | 'subject' | 'detail'> & {
  readonly subject?: string | null;
  readonly detail?: string | null;
};

export const AUDIT_LIST_LIMIT_MAX = 500;

export interface AuditQuery {
  readonly actor?: AuditActor;
  readonly action?: AuditAction;
  /** 1 to AUDIT_LIST_LIMIT_MAX. */
  readonly limit: number;
  /** Only events strictly older than this, for paging back from the last event seen. */
  readonly before?: Date;
}

export interface AuditRepository {
  record(event: NewAuditEvent): Promise<AuditEvent>;
  /** Newest first. */
  list(query: AuditQuery): Promise<AuditEvent[]>;
}
