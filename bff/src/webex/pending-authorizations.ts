import { createHash, randomBytes } from 'node:crypto';

/** An authorization the BFF sent an administrator to Webex for, until Webex sends the browser back. */
export interface PendingAuthorization {
  /** The administrator's session (hash of its token): the callback is accepted only while it is active. */
  readonly sessionHash: string | undefined;
  /** Who asked, for the audit trail. */
  readonly actor: string;
  readonly region: string;
  readonly redirectUri: string;
  /** PKCE (RFC 7636): the verifier stays here; only its S256 challenge goes to Webex. */
  readonly codeVerifier: string;
  readonly expiresAt: number;
}

/** How long an administrator has on Webex's pages before the `state` is no longer accepted. */
const PENDING_MS = 10 * 60_000;
/** Enough for every administrator at once; past it the oldest is forgotten. */
const MAX_PENDING = 200;

/**
 * The `state` values handed out, each bound to one administrator's session, usable once and for ten minutes. Kept in
 * memory: an authorization started on one BFF node must come back to it (sticky sessions), which a restart also ends.
 */
export class PendingAuthorizations {
  readonly #byState = new Map<string, PendingAuthorization>();

  constructor(private readonly now: () => number) {}

  /** Answers the `state` to send and the PKCE challenge of the verifier kept. */
  add(pending: Omit<PendingAuthorization, 'codeVerifier' | 'expiresAt'>): { state: string; codeChallenge: string } {
    this.forgetExpired();
    while (this.#byState.size >= MAX_PENDING) this.#byState.delete(this.#byState.keys().next().value as string);
    const state = randomBytes(32).toString('base64url');
    const codeVerifier = randomBytes(32).toString('base64url');
    this.#byState.set(state, { ...pending, codeVerifier, expiresAt: this.now() + PENDING_MS });
    return { state, codeChallenge: createHash('sha256').update(codeVerifier).digest('base64url') };
  }

  /** The authorization `state` stands for, removed so it cannot be used again; undefined if unknown or expired. */
  take(state: string): PendingAuthorization | undefined {
    const pending = this.#byState.get(state);
    this.#byState.delete(state);
    return pending !== undefined && pending.expiresAt > this.now() ? pending : undefined;
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [state, pending] of this.#byState) if (pending.expiresAt <= now) this.#byState.delete(state);
  }
}
