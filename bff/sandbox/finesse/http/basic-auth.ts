import type { DirectoryUser } from '../model/types.js';
import type { AgentRoster } from '../model/agent-roster.js';
import type { Scheduler } from '../model/scheduler.js';
import { authorizationFailure } from '../model/errors.js';

const MAX_FAILURES = 5;
const LOCKOUT_MS = 5 * 60_000;

/**
 * HTTP Basic authentication as Finesse does it: `Authorization: Basic base64(id:password)` on every request, the id
 * being the loginId or the loginName. Five wrong passwords lock the account for five minutes (Finesse "Sign in"
 * notes), during which even the right password is refused: a client must never retry a bad password.
 */
export class BasicAuthenticator {
  private readonly failures = new Map<string, { count: number; lockedUntil: number }>();

  constructor(
    private readonly roster: AgentRoster,
    private readonly scheduler: Scheduler,
  ) {}

  authenticate(header: string | undefined): DirectoryUser {
    const credentials = decode(header);
    if (!credentials) throw authorizationFailure('');
    const user = this.roster.find(credentials.id);
    if (!user) throw authorizationFailure(credentials.id);
    const now = this.scheduler.now().getTime();
    const record = this.failures.get(user.loginId) ?? { count: 0, lockedUntil: 0 };
    if (record.lockedUntil > now) throw authorizationFailure(credentials.id);
    if (credentials.password !== user.password) {
      record.count += 1;
      if (record.count >= MAX_FAILURES) {
        record.count = 0;
        record.lockedUntil = now + LOCKOUT_MS;
      }
      this.failures.set(user.loginId, record);
      throw authorizationFailure(credentials.id);
    }
    this.failures.delete(user.loginId);
    return user;
  }

  /** Whether the credentials are right, without counting a failure (the XMPP server's SASL PLAIN check). */
  verify(id: string, password: string): DirectoryUser | undefined {
    const user = this.roster.find(id);
    const locked = user ? (this.failures.get(user.loginId)?.lockedUntil ?? 0) > this.scheduler.now().getTime() : false;
    return user && !locked && user.password === password ? user : undefined;
  }

  reset(): void {
    this.failures.clear();
  }
}

function decode(header: string | undefined): { id: string; password: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return undefined;
  return { id: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
