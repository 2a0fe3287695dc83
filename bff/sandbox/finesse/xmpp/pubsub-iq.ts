// XEP-0060 subscriber use cases (§6.1 subscribe, §6.2 unsubscribe, §5.6 list subscriptions) for iqs addressed
// to `pubsub.<domain>`. Finesse clients only ever subscribe (e.g. a supervisor to a Team node); publishing is the
// emulator's job through XmppNotificationServer.publish, so every other pubsub action is unavailable.
import { NS_PUBSUB, NS_PUBSUB_ERRORS } from './namespaces.js';
import { attribute, type XmlElement } from './xml-reader.js';
import { el, type XmlNode } from './xml-writer.js';
import { iqError, iqResult, pubsubPayload, pubsubSubscription, type ReplyAddress } from './stanzas.js';
import type { Subscription } from './subscriptions.js';

/** What a pubsub request may see and change: the requester's identity and its own subscriptions. */
export interface PubsubRequester {
  readonly loginId: string;
  readonly bareJid: string;
  maySubscribe(node: string): boolean;
  subscribe(node: string, jid: string): Subscription;
  unsubscribe(node: string): boolean;
  subscriptionOf(node: string): Subscription | undefined;
  subscriptions(): readonly Subscription[];
}

/** Answer one `<iq><pubsub xmlns="http://jabber.org/protocol/pubsub">…</pubsub></iq>`. */
export function handlePubsubIq(
  iq: XmlElement,
  pubsub: XmlElement,
  reply: ReplyAddress,
  requester: PubsubRequester,
): XmlNode {
  const type = attribute(iq, 'type');
  // §6.3.7 allows <options/> after <subscribe/>, so the action is the first child rather than the only one.
  const action = pubsub.children[0];
  if (action?.ns !== NS_PUBSUB) return iqError(reply, 'cancel', 'service-unavailable');
  if (action.name === 'subscribe' && type === 'set') return subscribe(action, reply, requester);
  if (action.name === 'unsubscribe' && type === 'set') return unsubscribe(action, reply, requester);
  if (action.name === 'subscriptions' && type === 'get') return listSubscriptions(action, reply, requester);
  return iqError(reply, 'cancel', 'service-unavailable');
}

function pubsubError(name: string): XmlNode {
  return el(name, { xmlns: NS_PUBSUB_ERRORS });
}

/** The bare form of a JID (`local@domain`), compared case-insensitively as its parts are case-folded by XMPP. */
function bare(jid: string): string {
  const slash = jid.indexOf('/');
  return (slash === -1 ? jid : jid.slice(0, slash)).toLowerCase();
}

function subscribe(action: XmlElement, reply: ReplyAddress, requester: PubsubRequester): XmlNode {
  const node = attribute(action, 'node');
  const jid = attribute(action, 'jid');
  if (node === undefined || node === '') return iqError(reply, 'modify', 'bad-request', pubsubError('nodeid-required'));
  // §6.1.3.1: a user may only subscribe its own (bare) JID.
  if (jid === undefined || bare(jid) !== requester.bareJid.toLowerCase()) {
    return iqError(reply, 'modify', 'bad-request', pubsubError('invalid-jid'));
  }
  // Already subscribed (e.g. an auto-subscribed node): answer with the existing subscription, as Openfire does.
  const existing = requester.subscriptionOf(node);
  if (existing) return iqResult(reply, pubsubPayload([pubsubSubscription(node, jid, existing.subid)]));
  // §6.1.3.4: not on the node's access model's whitelist.
  if (!requester.maySubscribe(node)) return iqError(reply, 'auth', 'forbidden');
  const subscription = requester.subscribe(node, jid);
  return iqResult(reply, pubsubPayload([pubsubSubscription(node, jid, subscription.subid)]));
}

function unsubscribe(action: XmlElement, reply: ReplyAddress, requester: PubsubRequester): XmlNode {
  const node = attribute(action, 'node');
  const jid = attribute(action, 'jid');
  const subid = attribute(action, 'subid');
  if (node === undefined || node === '') return iqError(reply, 'modify', 'bad-request', pubsubError('nodeid-required'));
  // §6.2.3.3: unsubscribing somebody else is forbidden.
  if (jid !== undefined && bare(jid) !== requester.bareJid.toLowerCase()) return iqError(reply, 'auth', 'forbidden');
  const existing = requester.subscriptionOf(node);
  // §6.2.3.2 / §6.2.3.5: not subscribed, or the wrong subscription id.
  if (!existing) return iqError(reply, 'cancel', 'unexpected-request', pubsubError('not-subscribed'));
  if (subid !== undefined && subid !== existing.subid)
    return iqError(reply, 'modify', 'not-acceptable', pubsubError('invalid-subid'));
  requester.unsubscribe(node);
  return iqResult(reply);
}

function listSubscriptions(action: XmlElement, reply: ReplyAddress, requester: PubsubRequester): XmlNode {
  // §5.6: an optional node attribute narrows the list to that node.
  const node = attribute(action, 'node');
  const listed = requester.subscriptions().filter((subscription) => node === undefined || subscription.node === node);
  const children = listed.map((subscription) =>
    pubsubSubscription(subscription.node, subscription.jid, subscription.subid),
  );
  return iqResult(reply, pubsubPayload([el('subscriptions', node === undefined ? {} : { node }, children)]));
}
