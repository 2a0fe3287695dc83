// iq routing once a resource is bound: the handful of server-side queries Finesse clients send (legacy session,
// ping, roster, pubsub) get real answers; anything else gets service-unavailable so a client never waits on a
// request the emulator does not understand (RFC 6120 §8.2.3: every get/set must be answered).
import { NS_BIND, NS_PING, NS_PUBSUB, NS_ROSTER, NS_SESSION } from './namespaces.js';
import { handlePubsubIq, type PubsubRequester } from './pubsub-iq.js';
import { el, type XmlNode } from './xml-writer.js';
import { attribute, findChild, type XmlElement } from './xml-reader.js';
import { iqError, iqResult, type ReplyAddress } from './stanzas.js';

export interface IqRequester extends PubsubRequester {
  readonly domain: string;
  readonly fullJid: string;
}

/** The reply to an iq from a bound session, or undefined for a result/error (responses are never answered). */
export function handleBoundIq(iq: XmlElement, requester: IqRequester): XmlNode | undefined {
  const type = attribute(iq, 'type');
  const id = attribute(iq, 'id');
  const to = attribute(iq, 'to');
  if (type === 'result' || type === 'error') return undefined;
  const reply: ReplyAddress = { id, from: to, to: requester.fullJid };
  // RFC 6120 §8.1.3 / §8.2.3: an iq needs an id and a get/set type, and exactly one payload element.
  const payload = iq.children[0];
  if ((type !== 'get' && type !== 'set') || id === undefined || payload === undefined || iq.children.length !== 1) {
    return iqError(reply, 'modify', 'bad-request');
  }
  const pubsubDomain = `pubsub.${requester.domain}`;
  const toServer = to === undefined || sameJid(to, requester.domain);
  const toOwnAccount = to === undefined || sameJid(to, requester.bareJid);

  if (payload.name === 'pubsub' && payload.ns === NS_PUBSUB && to !== undefined && sameJid(to, pubsubDomain)) {
    return handlePubsubIq(iq, payload, reply, requester);
  }
  // XEP-0199: the server, the pubsub service and the account itself all answer pings.
  if (payload.name === 'ping' && payload.ns === NS_PING && type === 'get') return iqResult(reply);
  // RFC 3921 §3: legacy session establishment is a no-op since RFC 6121.
  if (payload.name === 'session' && payload.ns === NS_SESSION && type === 'set' && toServer) return iqResult(reply);
  // RFC 6121 §2.1.3: Finesse users have no contacts, so the roster is always empty.
  if (payload.name === 'query' && payload.ns === NS_ROSTER && type === 'get' && toOwnAccount) {
    return iqResult(reply, el('query', { xmlns: NS_ROSTER }));
  }
  // RFC 6120 §7.7.2.1: only one resource per stream.
  if (payload.name === 'bind' && payload.ns === NS_BIND) return iqError(reply, 'cancel', 'not-allowed');
  return iqError(reply, 'cancel', 'service-unavailable');
}

/** The session's bind child, when this iq is a resource-binding request (RFC 6120 §7.6). */
export function bindRequest(iq: XmlElement): XmlElement | undefined {
  return attribute(iq, 'type') === 'set' ? findChild(iq, 'bind', NS_BIND) : undefined;
}

function sameJid(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
