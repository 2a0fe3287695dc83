import type { Role } from '../../../shared/api/agent.js';
import type { FinesseCredentials } from '../finesse/types.js';

/** A signed-in agent as the routes see them: who, what they may do, and the credentials the BFF acts with. */
export interface Session {
  readonly tokenHash: string;
  readonly loginId: string;
  readonly roles: readonly Role[];
  /** Never sent to the browser or written to a log. */
  readonly credentials: FinesseCredentials;
  /** When the session ends unless used again (idle), never later than its absolute expiry. */
  readonly expiresAt: Date;
  readonly absoluteExpiresAt: Date;
}
