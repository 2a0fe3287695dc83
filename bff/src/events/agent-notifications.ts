import type { Logger } from 'pino';
import type { Agent } from '../../../shared/api/agent.js';
import type { Dialog } from '../../../shared/api/dialog.js';
import type { FinesseCredentials, FinesseUpdate } from '../finesse/types.js';
import { AgentSnapshot } from './agent-snapshot.js';
import type { ReadMark } from './agent-snapshot.js';
import type { ChannelEvent } from './channel-events.js';
import { EventHistory } from './channel-events.js';
import { FinessePoller } from './finesse-poller.js';
import type { OutcomeMatch, PendingOutcome } from './outcome-waiters.js';
import { OutcomeWaiters } from './outcome-waiters.js';
import { XmppNotifications } from './xmpp-notifications.js';
import { SupervisionSnapshot } from './supervision-snapshot.js';
import type { Supervision } from './supervision-snapshot.js';
import { readSupervision } from './supervisor-reads.js';
import type { SupervisorReads } from './supervisor-reads.js';

/** The Finesse reads the notifications need (FinesseClient provides them). */
export interface FinesseReads extends SupervisorReads {
  getUser(credentials: FinesseCredentials, id: string): Promise<Agent>;
  dialogs(credentials: FinesseCredentials, loginId: string): Promise<Dialog[]>;
}

export interface AgentNotificationsOptions {
  readonly loginId: string;
  readonly credentials: FinesseCredentials;
  readonly finesse: FinesseReads;
  /** Turns an `<Update>` document into a domain update (undefined for kinds the BFF does not use). */
  readonly parseUpdate: (xml: string, node: string) => FinesseUpdate | undefined;
  /** XMPP login, when the credentials allow one (Basic, not SSO) and Finesse's XMPP domain is known. */
  readonly xmpp: { url: string; domain: string; password: string } | undefined;
  readonly pollIntervalMs: number;
  /** How long start() waits for the XMPP session before going on with polling. */
  readonly xmppStartWaitMs: number;
  readonly historySize: number;
  readonly reconnect: { startingDelayMs: number; maxDelayMs: number };
  readonly logger: Logger;
  readonly onTransportChange?: (transport: NotificationTransport) => void;
  readonly onUpdate?: (update: FinesseUpdate) => void;
  /** A notification was dropped: over the stanza cap, or unreadable (malformed, over a bound, a field too long). */
  readonly onDropped?: (reason: 'oversized' | 'unreadable') => void;
}

export type NotificationTransport = 'xmpp' | 'polling';
export type EventListener = (event: ChannelEvent) => void;

/** One read of Finesse, with the point in the notifications where it started. */
interface FinesseRead {
  readonly agent: Agent;
  readonly dialogs: Dialog[];
  readonly startedAt: ReadMark;
  /** A supervisor's teams and queues, with where in their notifications the read started. */
  readonly supervision?: { readonly read: Supervision; readonly startedAt: number };
}

/**
 * Everything one signed-in agent hears from Finesse: the XMPP notification session when it is up, polling when it
 * is not, and a catch-up read whenever XMPP comes back so nothing missed in between is lost. Every update is kept in
 * a bounded history (for Last-Event-ID), offered to requests waiting for their outcome, and sent to open streams.
 */
export class AgentNotifications {
  private readonly snapshot = new AgentSnapshot();
  private readonly supervision = new SupervisionSnapshot();
  private readonly history: EventHistory;
  private readonly waiters = new OutcomeWaiters();
  private readonly listeners = new Set<EventListener>();
  private readonly poller: FinessePoller<FinesseRead>;
  private readonly xmpp: XmppNotifications | undefined;
  private transportNow: NotificationTransport = 'polling';

  constructor(private readonly options: AgentNotificationsOptions) {
    this.history = new EventHistory(options.historySize);
    this.poller = new FinessePoller({
      intervalMs: options.pollIntervalMs,
      logger: options.logger,
      read: async () => {
        // A notification applied while Finesse answers is newer than the answer (a catch-up read after XMPP came
        // back, a resync after a 404): the read must not publish the older picture over it.
        const startedAt = this.snapshot.readMark();
        const supervisionStartedAt = this.supervision.readMark();
        const [agent, dialogs] = await Promise.all([
          options.finesse.getUser(options.credentials, options.loginId),
          options.finesse.dialogs(options.credentials, options.loginId),
        ]);
        // A supervisor also watches their teams and queues: read after the User, which names the teams.
        const supervision = await readSupervision(options.finesse, options.credentials, agent);
        return {
          agent,
          dialogs,
          startedAt,
          ...(supervision ? { supervision: { read: supervision, startedAt: supervisionStartedAt } } : {}),
        };
      },
      onRead: ({ agent, dialogs, startedAt, supervision }) => {
        const updates = this.snapshot.reconcile(agent, dialogs, startedAt);
        if (supervision) updates.push(...this.supervision.reconcile(supervision.read, supervision.startedAt));
        for (const update of updates) this.publish(update);
      },
    });
    this.xmpp = options.xmpp
      ? new XmppNotifications(
          { ...options.xmpp, loginId: options.loginId },
          {
            onUpdate: (xml, node) => this.onUpdateXml(xml, node),
            onStatus: (status) => this.onXmppStatus(status),
            onOversized: () => options.onDropped?.('oversized'),
            nodes: () => this.supervision.nodes(),
          },
          { ...options.reconnect, logger: options.logger },
        )
      : undefined;
  }

  get loginId(): string {
    return this.options.loginId;
  }

  get transport(): NotificationTransport {
    return this.transportNow;
  }

  /**
   * Seed the snapshot (so the first notifications are not mistaken for news), then listen. Waits a moment for the
   * XMPP session, so that a request made right after sign-in already hears Finesse's asynchronous errors, which
   * polling cannot see.
   */
  async start(initial?: { agent: Agent; dialogs: Dialog[] }): Promise<void> {
    if (initial) this.snapshot.reconcile(initial.agent, initial.dialogs);
    else await this.poller.readOnce();
    // Polling covers the time until XMPP is up, and all of the time when there is no XMPP login.
    this.poller.start();
    if (!this.xmpp) return;
    this.xmpp.start();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.xmpp.firstOnline,
      new Promise<void>((resolve) => (timer = setTimeout(resolve, this.options.xmppStartWaitMs))),
    ]);
    clearTimeout(timer);
  }

  async stop(): Promise<void> {
    this.poller.stop();
    this.waiters.clear();
    this.listeners.clear();
    await this.xmpp?.stop();
  }

  /** Register interest in a request's outcome before sending it: the notification may beat the 202. */
  expect(match: OutcomeMatch, waitMs: number): PendingOutcome {
    return this.waiters.expect(match, waitMs);
  }

  /**
   * Listen to new events. With a Last-Event-ID, also get what was missed since; `missed` is undefined when that id
   * is unknown here (too old, or from before a restart) and the client must read the current state again.
   */
  subscribe(
    listener: EventListener,
    lastEventId?: string,
  ): { missed: ChannelEvent[] | undefined; unsubscribe: () => void } {
    this.listeners.add(listener);
    const missed = lastEventId === undefined ? [] : this.history.after(lastEventId);
    return { missed, unsubscribe: () => this.listeners.delete(listener) };
  }

  /** Tell the agent's streams about something the BFF did (a note delivered); it joins the resumable history. */
  announce(name: 'note' | 'context', data: unknown): void {
    const event = this.history.record({ name, data });
    for (const listener of this.listeners) listener(event);
  }

  /**
   * Read Finesse now and take it as the truth: what the picture got wrong (a call Finesse no longer has) reaches the
   * agent's streams as updates. For when Finesse contradicts the picture, e.g. answers 404 for a call it holds.
   */
  resync(): Promise<void> {
    return this.poller.readOnce();
  }

  /** The agent and calls as last known, without asking Finesse. */
  current(): { agent: Agent | undefined; dialogs: Dialog[] } {
    return { agent: this.snapshot.currentAgent(), dialogs: this.snapshot.currentDialogs() };
  }

  /** A supervisor's teams and queues as last known; undefined for an agent, or before the first read. */
  currentSupervision(): Supervision | undefined {
    return this.supervision.current();
  }

  /** Whether the agent had this call on this node and it has ended since. */
  hadCall(dialogId: string): boolean {
    return this.snapshot.hadCall(dialogId);
  }

  private onUpdateXml(xml: string, node: string): void {
    let update: FinesseUpdate | undefined;
    try {
      update = this.options.parseUpdate(xml, node);
    } catch (error) {
      this.options.logger.warn(
        { loginId: this.loginId, reason: error instanceof Error ? error.message : 'unknown' },
        'unreadable Finesse notification',
      );
      this.options.onDropped?.('unreadable');
      return;
    }
    if (!update) return;
    this.snapshot.apply(update);
    this.supervision.apply(update);
    this.publish(update);
  }

  private onXmppStatus(status: 'online' | 'offline'): void {
    if (status === 'online') {
      this.poller.stop();
      this.setTransport('xmpp');
      // Catch up on whatever happened while the session was down.
      void this.poller.readOnce();
    } else {
      this.setTransport('polling');
      this.poller.start();
    }
  }

  private setTransport(transport: NotificationTransport): void {
    if (this.transportNow === transport) return;
    this.transportNow = transport;
    this.options.onTransportChange?.(transport);
  }

  private publish(update: FinesseUpdate): void {
    this.waiters.offer(update);
    const event = this.history.append(update);
    for (const listener of this.listeners) listener(event);
    this.options.onUpdate?.(update);
  }
}
