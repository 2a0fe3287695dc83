import type { Role } from '../../../shared/api/agent.js';
import type { Credentials } from '../domain/types.js';

/** A signed-in agent as the routes see them: who, what they may do, and the credentials the BFF acts with. */
export interface Session {
  /** Absent or `agent`: a Finesse agent's session. */
  readonly kind?: 'agent';
  readonly tokenHash: string;
  readonly loginId: string;
  readonly roles: readonly Role[];
  /** Never sent to the browser or written to a log. */
  readonly credentials: Credentials;
  /** When the session ends unless used again (idle), never later than its absolute expiry. */
  readonly expiresAt: Date;
  readonly absoluteExpiresAt: Date;
}

/**
 * A signed-in CCE administrator (issue 6): verified against CCE Administration, not Finesse, so it has no Finesse
 * agent, no notification channel, and reaches only the Administration API.
 */
export interface AdministratorSession {
  readonly kind: 'administrator';
  readonly tokenHash: string;
  /** The CCE Administration user name. */
  readonly loginId: string;
  readonly roles: readonly ['Administrator'];
  /** Never sent to the browser or written to a log. */
  readonly credentials: Credentials;
  readonly expiresAt: Date;
  readonly absoluteExpiresAt: Date;
}

/** Whichever kind of session a bearer token stands for. */
export type AnySession = Session | AdministratorSession;

/** The kinds of session a route can require: `agent` (Finesse) or `administrator` (CCE Administration). */
export type SessionKind = 'agent' | 'administrator';

export function kindOf(session: AnySession): SessionKind {
  return session.kind === 'administrator' ? 'administrator' : 'agent';
}
