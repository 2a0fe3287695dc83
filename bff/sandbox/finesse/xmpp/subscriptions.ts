// XEP-0060 subscription bookkeeping, indexed both ways: by node, because publish() must find every subscriber
// fast, and by session, because a closed socket must drop all of its subscriptions at once.
import { randomUUID } from 'node:crypto';

export interface Subscription {
  readonly node: string;
  /** The JID the subscription was made for (the subscriber's bare JID). */
  readonly jid: string;
  /** XEP-0060 §6.1.6 subscription id; clients may quote it when unsubscribing. */
  readonly subid: string;
}

/** Subscriptions per session. Sessions are compared by identity, so any object can serve as the key. */
export class SubscriptionRegistry<TSession extends object> {
  readonly #byNode = new Map<string, Set<TSession>>();
  readonly #bySession = new Map<TSession, Map<string, Subscription>>();

  /** Subscribe; subscribing again to the same node is idempotent and returns the existing subscription. */
  subscribe(session: TSession, node: string, jid: string): Subscription {
    let own = this.#bySession.get(session);
    if (!own) {
      own = new Map();
      this.#bySession.set(session, own);
    }
    const existing = own.get(node);
    if (existing) return existing;
    const subscription: Subscription = { node, jid, subid: randomUUID() };
    own.set(node, subscription);
    let subscribers = this.#byNode.get(node);
    if (!subscribers) {
      subscribers = new Set();
      this.#byNode.set(node, subscribers);
    }
    subscribers.add(session);
    return subscription;
  }

  /** Remove one subscription; false when the session was not subscribed to the node. */
  unsubscribe(session: TSession, node: string): boolean {
    const own = this.#bySession.get(session);
    if (!own?.delete(node)) return false;
    if (own.size === 0) this.#bySession.delete(session);
    this.#dropFromNode(node, session);
    return true;
  }

  /** Forget a session entirely (socket closed, session replaced). */
  removeSession(session: TSession): void {
    const own = this.#bySession.get(session);
    if (!own) return;
    this.#bySession.delete(session);
    for (const node of own.keys()) this.#dropFromNode(node, session);
  }

  /** Sessions subscribed to a node; a copy, so callers may unsubscribe while iterating. */
  subscribersOf(node: string): TSession[] {
    return [...(this.#byNode.get(node) ?? [])];
  }

  subscriptionsOf(session: TSession): Subscription[] {
    return [...(this.#bySession.get(session)?.values() ?? [])];
  }

  subscriptionOf(session: TSession, node: string): Subscription | undefined {
    return this.#bySession.get(session)?.get(node);
  }

  #dropFromNode(node: string, session: TSession): void {
    const subscribers = this.#byNode.get(node);
    if (!subscribers) return;
    subscribers.delete(session);
    if (subscribers.size === 0) this.#byNode.delete(node);
  }
}
