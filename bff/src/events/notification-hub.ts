import type { Logger } from 'pino';
import type { Agent } from '../../../shared/api/agent.js';
import type { Dialog } from '../../../shared/api/dialog.js';
import type { FinesseCredentials, FinesseSystemInfo, FinesseUpdate } from '../finesse/types.js';
import type { Metrics } from '../metrics.js';
import type { FinesseReads, NotificationTransport } from './agent-notifications.js';
import { AgentNotifications } from './agent-notifications.js';
import { UnauthorizedError } from '../errors.js';
import type { Supervision } from './supervision-snapshot.js';

export interface NotificationHubOptions {
  readonly finesse: FinesseReads & { systemInfo(credentials?: FinesseCredentials): Promise<FinesseSystemInfo> };
  readonly parseUpdate: (xml: string, node: string) => FinesseUpdate | undefined;
  /** Finesse's XMPP-over-WebSocket URL; without it every agent is polled. */
  readonly xmppUrl: string | undefined;
  /** Finesse's XMPP domain as configured (FINESSE_XMPP_DOMAIN); SystemInfo is not asked for it then. */
  readonly xmppDomain?: string | undefined;
  readonly pollIntervalMs: number;
  readonly historySize?: number;
  readonly reconnect?: { startingDelayMs: number; maxDelayMs: number };
  readonly logger: Logger;
  readonly metrics?: Metrics;
  /** Told of every update any agent's channel hears (after it reached the agent's streams). */
  readonly onUpdate?: (update: FinesseUpdate) => void;
}

interface Entry {
  /** Set once created; concurrent acquirers share `ready`. */
  notifications: AgentNotifications | undefined;
  readonly ready: Promise<AgentNotifications>;
  holders: number;
}

/**
 * One notification channel per signed-in agent, shared by all their sessions on this BFF node: opened with the first
 * session, closed with the last. Finesse's XMPP domain is the configured one, or SystemInfo's, read once.
 */
export class NotificationHub {
  private readonly entries = new Map<string, Entry>();
  private domain: Promise<string> | undefined;

  constructor(private readonly options: NotificationHubOptions) {}

  /** The agent's channel, started if it was not; resolves once it has a first picture of the agent. */
  async acquire(loginId: string, credentials: FinesseCredentials): Promise<AgentNotifications> {
    let entry = this.entries.get(loginId);
    if (!entry) {
      const created: Entry = {
        notifications: undefined,
        holders: 0,
        ready: this.create(loginId, credentials).then(async (notifications) => {
          created.notifications = notifications;
          this.countTransports();
          await notifications.start();
          return notifications;
        }),
      };
      entry = created;
      this.entries.set(loginId, entry);
    }
    entry.holders += 1;
    try {
      return await entry.ready;
    } catch (error) {
      // A channel that could not start is forgotten, so the next sign-in tries again.
      if (this.entries.get(loginId) === entry) this.entries.delete(loginId);
      await entry.notifications?.stop();
      throw error;
    }
  }

  /** A session that held the channel ended. */
  async release(loginId: string): Promise<void> {
    const entry = this.entries.get(loginId);
    if (!entry) return;
    entry.holders -= 1;
    if (entry.holders > 0) return;
    this.entries.delete(loginId);
    this.countTransports();
    await entry.notifications?.stop();
  }

  /**
   * The channel of an authenticated session's agent. Every live session holds its agent's channel (SessionService),
   * so it exists unless the session ended while its request was running.
   */
  async acquireFor(session: { loginId: string }): Promise<AgentNotifications> {
    const entry = this.entries.get(session.loginId);
    if (!entry) throw new UnauthorizedError('session_expired', 'The session ended; sign in again');
    return entry.ready;
  }

  /**
   * The agent and calls as Finesse's notifications last told them, while those notifications flow over XMPP; undefined
   * while polling or before the first picture, when callers must read Finesse instead.
   */
  livePicture(loginId: string): { agent: Agent; dialogs: Dialog[] } | undefined {
    const notifications = this.find(loginId);
    if (notifications?.transport !== 'xmpp') return undefined;
    const { agent, dialogs } = notifications.current();
    return agent === undefined ? undefined : { agent, dialogs };
  }

  /** A supervisor's teams and queues as notifications last told them, while over XMPP (else undefined: read Finesse). */
  liveSupervision(loginId: string): Supervision | undefined {
    const notifications = this.find(loginId);
    return notifications?.transport === 'xmpp' ? notifications.currentSupervision() : undefined;
  }

  find(loginId: string): AgentNotifications | undefined {
    return this.entries.get(loginId)?.notifications;
  }

  /** How many agents are heard over XMPP and how many are polled (for /readyz and metrics). */
  transports(): Record<NotificationTransport, number> {
    const counts: Record<NotificationTransport, number> = { xmpp: 0, polling: 0 };
    for (const entry of this.entries.values()) if (entry.notifications) counts[entry.notifications.transport] += 1;
    return counts;
  }

  async closeAll(): Promise<void> {
    const entries = [...this.entries.values()];
    this.entries.clear();
    this.countTransports();
    await Promise.all(
      entries.map(async (entry) => {
        await entry.notifications?.stop();
      }),
    );
  }

  private async create(loginId: string, credentials: FinesseCredentials): Promise<AgentNotifications> {
    const password = basicPassword(credentials.authorization);
    const domain =
      this.options.xmppUrl !== undefined && password !== undefined ? await this.xmppDomain(credentials) : undefined;
    return new AgentNotifications({
      loginId,
      credentials,
      finesse: this.options.finesse,
      parseUpdate: this.options.parseUpdate,
      xmpp:
        this.options.xmppUrl !== undefined && domain !== undefined && password !== undefined
          ? { url: this.options.xmppUrl, domain, password }
          : undefined,
      pollIntervalMs: this.options.pollIntervalMs,
      xmppStartWaitMs: 3000,
      historySize: this.options.historySize ?? 500,
      reconnect: this.options.reconnect ?? { startingDelayMs: 1000, maxDelayMs: 30_000 },
      logger: this.options.logger.child({ loginId }),
      onTransportChange: () => this.countTransports(),
      onDropped: (reason) => this.options.metrics?.droppedNotifications.inc({ reason }),
      ...(this.options.onUpdate ? { onUpdate: this.options.onUpdate } : {}),
    });
  }

  /**
   * The configured XMPP domain, else SystemInfo's xmppDomain; undefined (poll instead) when Finesse cannot say.
   * Retried on the next sign-in. SystemInfo is read without credentials, as Finesse 12.5 answers it; a Finesse that
   * refuses that (401) is asked again with the signing-in agent's credentials, which it has just accepted.
   */
  private async xmppDomain(credentials: FinesseCredentials): Promise<string | undefined> {
    if (this.options.xmppDomain !== undefined) return this.options.xmppDomain;
    const { finesse } = this.options;
    this.domain ??= finesse
      .systemInfo()
      .catch((error: unknown) => {
        if (!(error instanceof UnauthorizedError)) throw error;
        return finesse.systemInfo(credentials);
      })
      .then((info) => info.xmppDomain);
    try {
      return await this.domain;
    } catch (error) {
      this.domain = undefined;
      this.options.logger.warn(
        { reason: error instanceof Error ? error.message : 'unknown' },
        'Finesse SystemInfo unreadable; polling instead of XMPP',
      );
      return undefined;
    }
  }

  private countTransports(): void {
    const gauge = this.options.metrics?.notificationSessions;
    if (!gauge) return;
    for (const [transport, count] of Object.entries(this.transports())) gauge.set({ transport }, count);
  }
}

/** The password of a Basic Authorization (for SASL PLAIN); undefined for SSO bearer tokens. */
function basicPassword(authorization: string): string | undefined {
  const match = /^Basic\s+(.+)$/i.exec(authorization);
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : decoded.slice(colon + 1);
}
