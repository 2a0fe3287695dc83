// Stanza building: the exact elements the server sends, each named after the RFC/XEP section it comes from.
// Keeping them here means the session state machine only decides *what* to say, never how it is spelled.
import {
  NS_BIND,
  NS_CLIENT,
  NS_FINESSE_PUSH,
  NS_FRAMING,
  NS_PUBSUB,
  NS_PUBSUB_EVENT,
  NS_SASL,
  NS_SESSION,
  NS_STANZA_ERRORS,
  NS_STREAM,
  NS_STREAM_ERRORS,
} from './namespaces.js';
import { attribute, type XmlElement } from './xml-reader.js';
import { el, type XmlNode } from './xml-writer.js';

/** RFC 6120 §4.9.3 stream error conditions this server uses. */
export type StreamErrorCondition =
  | 'bad-format'
  | 'bad-namespace-prefix'
  | 'conflict'
  | 'host-unknown'
  | 'internal-server-error'
  | 'invalid-namespace'
  | 'not-authorized'
  | 'not-well-formed'
  | 'policy-violation'
  | 'restricted-xml'
  | 'system-shutdown'
  | 'unsupported-stanza-type'
  | 'unsupported-version';

/** RFC 6120 §6.5 SASL failure conditions this server uses. */
export type SaslFailureCondition =
  'aborted' | 'incorrect-encoding' | 'invalid-authzid' | 'invalid-mechanism' | 'malformed-request' | 'not-authorized';

/** RFC 6120 §8.3.2 error types and the §8.3.3 conditions used here. */
export type StanzaErrorType = 'auth' | 'cancel' | 'modify';
export type StanzaErrorCondition =
  'bad-request' | 'forbidden' | 'not-acceptable' | 'not-allowed' | 'service-unavailable' | 'unexpected-request';

/** RFC 7395 §3.4: the server's `<open/>` answering the client's. */
export function streamOpen(domain: string, streamId: string): XmlNode {
  return el('open', { xmlns: NS_FRAMING, from: domain, id: streamId, version: '1.0', 'xml:lang': 'en' });
}

/** RFC 7395 §3.6: `<close/>` ends the stream in either direction. */
export function streamClose(): XmlNode {
  return el('close', { xmlns: NS_FRAMING });
}

/** RFC 6120 §6.4.1: before authentication only SASL PLAIN is offered (no SASL2, no stream management). */
export function preAuthFeatures(): XmlNode {
  return el('stream:features', { 'xmlns:stream': NS_STREAM }, [
    el('mechanisms', { xmlns: NS_SASL }, [el('mechanism', {}, ['PLAIN'])]),
  ]);
}

/** RFC 6120 §7.4 resource binding plus the RFC 3921 session feature, marked optional per RFC 6121 erratum. */
export function postAuthFeatures(): XmlNode {
  return el('stream:features', { 'xmlns:stream': NS_STREAM }, [
    el('bind', { xmlns: NS_BIND }),
    el('session', { xmlns: NS_SESSION }, [el('optional')]),
  ]);
}

/** RFC 7395 §3.6.1 / RFC 6120 §4.9: `<stream:error>` carries its own prefix declaration, as every frame stands alone. */
export function streamError(condition: StreamErrorCondition, text?: string): XmlNode {
  const children: XmlNode[] = [el(condition, { xmlns: NS_STREAM_ERRORS })];
  if (text !== undefined) children.push(el('text', { xmlns: NS_STREAM_ERRORS, 'xml:lang': 'en' }, [text]));
  return el('stream:error', { 'xmlns:stream': NS_STREAM }, children);
}

export function saslSuccess(): XmlNode {
  return el('success', { xmlns: NS_SASL });
}

export function saslFailure(condition: SaslFailureCondition): XmlNode {
  return el('failure', { xmlns: NS_SASL }, [el(condition)]);
}

/** RFC 6120 §6.4.2: an empty challenge asks a client that sent no initial response for its PLAIN message. */
export function saslEmptyChallenge(): XmlNode {
  return el('challenge', { xmlns: NS_SASL });
}

/** Addressing of a reply: `from` is what the request was sent to (if anything), `to` the requester's full JID. */
export interface ReplyAddress {
  readonly id: string | undefined;
  readonly from: string | undefined;
  readonly to: string | undefined;
}

/** RFC 6120 §8.2.3: an iq result, optionally with one payload element. */
export function iqResult(reply: ReplyAddress, payload?: XmlNode): XmlNode {
  return el(
    'iq',
    { xmlns: NS_CLIENT, type: 'result', id: reply.id, from: reply.from, to: reply.to },
    payload ? [payload] : [],
  );
}

/** RFC 6120 §8.3: an iq error; `extra` is an application-specific condition such as a pubsub#errors element. */
export function iqError(
  reply: ReplyAddress,
  type: StanzaErrorType,
  condition: StanzaErrorCondition,
  extra?: XmlNode,
): XmlNode {
  const errorChildren: XmlNode[] = [el(condition, { xmlns: NS_STANZA_ERRORS })];
  if (extra) errorChildren.push(extra);
  return el('iq', { xmlns: NS_CLIENT, type: 'error', id: reply.id, from: reply.from, to: reply.to }, [
    el('error', { type }, errorChildren),
  ]);
}

/** RFC 6120 §8.3: bounce a message the server cannot deliver. */
export function messageError(reply: ReplyAddress, condition: StanzaErrorCondition): XmlNode {
  return el('message', { xmlns: NS_CLIENT, type: 'error', id: reply.id, from: reply.from, to: reply.to }, [
    el('error', { type: 'cancel' }, [el(condition, { xmlns: NS_STANZA_ERRORS })]),
  ]);
}

/** RFC 6120 §7.6.1: the bind result telling the client its full JID. */
export function bindResult(id: string | undefined, fullJid: string): XmlNode {
  return el('iq', { xmlns: NS_CLIENT, type: 'result', id }, [
    el('bind', { xmlns: NS_BIND }, [el('jid', {}, [fullJid])]),
  ]);
}

/** XEP-0060 §6.1.2 / §5.6: one `<subscription/>` as returned by subscribe and subscriptions requests. */
export function pubsubSubscription(node: string, jid: string, subid: string): XmlNode {
  return el('subscription', { node, jid, subscription: 'subscribed', subid });
}

export function pubsubPayload(children: readonly XmlNode[]): XmlNode {
  return el('pubsub', { xmlns: NS_PUBSUB }, children);
}

/**
 * XEP-0060 §7.1.2.1 event notification in the exact shape of a Finesse 12.5 capture: no xmlns on `<message>`,
 * `to` the bare JID, and the `<Update>` document as escaped text of `<notification xmlns="urn:xmpp:push:0">`.
 */
export function pubsubEventMessage(args: {
  readonly pubsubDomain: string;
  readonly to: string;
  readonly messageId: string;
  readonly node: string;
  readonly itemId: string;
  readonly updateXml: string;
}): XmlNode {
  return el('message', { from: args.pubsubDomain, to: args.to, id: args.messageId }, [
    el('event', { xmlns: NS_PUBSUB_EVENT }, [
      el('items', { node: args.node }, [
        el('item', { id: args.itemId }, [el('notification', { xmlns: NS_FINESSE_PUSH }, [args.updateXml])]),
      ]),
    ]),
  ]);
}

/**
 * RFC 6121 §4.2.2: the server sends a user's available presence back to the user's own resource. Children
 * (`<show/>`, `<status/>`, `<priority/>` …) are copied; only `from` is rewritten to the authenticated full JID.
 */
export function presenceEcho(original: XmlElement, fullJid: string): XmlNode {
  const children = original.children.map((child) => copyElement(child, NS_CLIENT));
  return el('presence', { xmlns: NS_CLIENT, id: attribute(original, 'id'), from: fullJid, to: fullJid }, children);
}

// Re-declares namespaces on the copy (prefixes dropped, default xmlns set where it changes) because the original's
// declarations may have lived on the presence element, whose attributes are not copied.
function copyElement(element: XmlElement, parentNs: string | undefined): XmlNode {
  const attrs = Object.create(null) as Record<string, string>;
  if (element.ns !== parentNs) attrs['xmlns'] = element.ns ?? '';
  for (const [key, value] of Object.entries(element.attrs)) {
    if (key !== 'xmlns' && !key.startsWith('xmlns:')) attrs[key] = value;
  }
  const text: (XmlNode | string)[] = element.text === '' ? [] : [element.text];
  return el(element.name, attrs, [...text, ...element.children.map((child) => copyElement(child, element.ns))]);
}
