// One client connection's XMPP state machine: open → SASL PLAIN → restart → bind → bound (RFC 6120 §4–§7 as
// framed by RFC 7395). It knows nothing about WebSockets: frames come in through receive() and go out through
// a FrameTransport, so every protocol decision lives here and the socket plumbing stays in server.ts.
import { randomBytes } from 'node:crypto';
import type { BoundSessions } from './bound-sessions.js';
import { bindRequest, handleBoundIq, type IqRequester } from './iq-handlers.js';
import { bareJid, fullJid, resolveResource } from './jid.js';
import { NS_CLIENT, NS_FRAMING, NS_SASL } from './namespaces.js';
import { decodePlain } from './sasl-plain.js';
import {
  bindResult,
  iqError,
  messageError,
  postAuthFeatures,
  preAuthFeatures,
  presenceEcho,
  pubsubEventMessage,
  saslEmptyChallenge,
  saslFailure,
  saslSuccess,
  streamClose,
  streamError,
  streamOpen,
  type SaslFailureCondition,
  type StreamErrorCondition,
} from './stanzas.js';
import type { SubscriptionRegistry } from './subscriptions.js';
import type { XmppDirectory } from './types.js';
import { attribute, findChild, parseFrame, type XmlElement } from './xml-reader.js';
import { serialize, type XmlNode } from './xml-writer.js';

/** Largest WebSocket message accepted; Finesse clients send tiny stanzas, so anything bigger is abuse. */
export const MAX_FRAME_BYTES = 64 * 1024;
/** RFC 6120 §6.4.5 asks for "a reasonable number of retries"; the third failure ends the stream. */
const MAX_SASL_FAILURES = 3;

/** Where a session's frames go; server.ts adapts a `ws` WebSocket to this. */
export interface FrameTransport {
  send(frame: string): void;
  /** Close the connection once the frames already sent have been flushed. */
  close(): void;
}

/** The server-wide state a session reads and updates. */
export interface SessionHost {
  readonly directory: XmppDirectory;
  readonly subscriptions: SubscriptionRegistry<XmppSession>;
  readonly boundSessions: BoundSessions<XmppSession>;
  log(line: string): void;
}

type State =
  | 'awaiting-open' // nothing received yet
  | 'awaiting-auth' // stream open, SASL mechanisms offered
  | 'awaiting-sasl-response' // <auth> had no initial response; an empty challenge was sent
  | 'awaiting-restart' // SASL succeeded; RFC 6120 §6.4.6 requires a new <open/>
  | 'awaiting-bind' // restarted stream, bind offered
  | 'bound'
  | 'closed';

const STANZA_NAMES = new Set(['iq', 'message', 'presence']);

function randomId(): string {
  return randomBytes(8).toString('hex');
}

export class XmppSession {
  #state: State = 'awaiting-open';
  /** Whether our `<open/>` has been sent; a stream error needs one first (RFC 6120 §4.9.1.2). */
  #streamOpened = false;
  #saslFailures = 0;
  #loginId: string | undefined;
  /** Present exactly while bound: the identity and capabilities iq handlers act with. */
  #bound: IqRequester | undefined;
  readonly #host: SessionHost;
  readonly #transport: FrameTransport;
  readonly #label: string;

  constructor(host: SessionHost, transport: FrameTransport, label: string) {
    this.#host = host;
    this.#transport = transport;
    this.#label = label;
  }

  get fullJid(): string | undefined {
    return this.#bound?.fullJid;
  }

  get isClosed(): boolean {
    return this.#state === 'closed';
  }

  /** Handle one WebSocket message. Never throws: a bug in a handler ends this stream, not the server. */
  receive(data: Buffer, isBinary: boolean): void {
    if (this.#state === 'closed') return;
    try {
      this.#receive(data, isBinary);
    } catch (error) {
      this.#log(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      this.#fail('internal-server-error');
    }
  }

  /** Send a pubsub event notification if this session is bound (publish() already checked the subscription). */
  deliver(node: string, itemId: string, updateXml: string): void {
    const bound = this.#bound;
    if (this.#state !== 'bound' || !bound) return;
    this.#send(
      pubsubEventMessage({
        pubsubDomain: `pubsub.${this.#host.directory.domain}`,
        to: bound.bareJid,
        messageId: randomId(),
        node,
        itemId,
        updateXml,
      }),
    );
  }

  /** RFC 6120 §7.7.2.2: another connection bound the same full JID; this one loses it. */
  replaced(): void {
    this.#fail('conflict', 'Replaced by new connection');
  }

  /** Server shutdown: end the stream politely (RFC 7395 §3.6) and close the socket. */
  shutdown(): void {
    if (this.#state === 'closed') return;
    if (this.#streamOpened) this.#send(streamClose());
    this.#terminate('server shutdown');
  }

  /** The socket closed or failed underneath us: forget the session without writing anything. */
  disconnected(): void {
    if (this.#state === 'closed') return;
    this.#state = 'closed';
    this.#log('socket closed');
    this.#forget();
  }

  #receive(data: Buffer, isBinary: boolean): void {
    if (data.byteLength > MAX_FRAME_BYTES) {
      this.#fail('policy-violation', `Frames are limited to ${MAX_FRAME_BYTES} bytes`);
      return;
    }
    // RFC 7395 §3.2: XMPP frames are WebSocket text messages.
    if (isBinary) {
      this.#fail('bad-format', 'Binary WebSocket messages are not XMPP frames');
      return;
    }
    const text = data.toString('utf8');
    if (text.trim() === '') return; // a stray keep-alive; nothing to parse
    const parsed = parseFrame(text, NS_CLIENT);
    if (!parsed.ok) {
      this.#fail(parsed.condition, parsed.reason);
      return;
    }
    this.#dispatch(parsed.element);
  }

  #dispatch(element: XmlElement): void {
    if (element.ns === NS_FRAMING && element.name === 'open') {
      this.#onOpen(element);
      return;
    }
    if (element.ns === NS_FRAMING && element.name === 'close') {
      this.#onClientClose();
      return;
    }
    // RFC 7395 §3.4: nothing but <open/> may start a stream (or follow a successful SASL exchange).
    if (this.#state === 'awaiting-open' || this.#state === 'awaiting-restart') {
      this.#fail('not-authorized', 'Open the stream first');
      return;
    }
    if (element.ns === NS_SASL) {
      this.#onSasl(element);
      return;
    }
    if (STANZA_NAMES.has(element.name)) {
      if (element.ns !== NS_CLIENT) this.#fail('invalid-namespace', `Stanzas must be in ${NS_CLIENT}`);
      else this.#onStanza(element);
      return;
    }
    this.#fail('unsupported-stanza-type', `<${element.qname}> is not supported`);
  }

  // RFC 7395 §3.4 stream opening, both the initial one and the restart after SASL success.
  #onOpen(open: XmlElement): void {
    if (this.#state !== 'awaiting-open' && this.#state !== 'awaiting-restart') {
      this.#fail('bad-format', 'Unexpected stream restart');
      return;
    }
    const { domain } = this.#host.directory;
    const to = attribute(open, 'to');
    if (to !== undefined && to.toLowerCase() !== domain.toLowerCase()) {
      this.#fail('host-unknown', `This server serves ${domain}`);
      return;
    }
    if (attribute(open, 'version') !== '1.0') {
      this.#fail('unsupported-version', 'Only XMPP 1.0 is supported');
      return;
    }
    this.#send(streamOpen(domain, randomId()));
    this.#streamOpened = true;
    if (this.#state === 'awaiting-open') {
      this.#state = 'awaiting-auth';
      this.#send(preAuthFeatures());
    } else {
      this.#state = 'awaiting-bind';
      this.#send(postAuthFeatures());
    }
  }

  // RFC 7395 §3.6: answer the client's <close/> with ours, then the server closes the WebSocket.
  #onClientClose(): void {
    if (this.#streamOpened) this.#send(streamClose());
    this.#terminate('client closed the stream');
  }

  // RFC 6120 §6.4: SASL negotiation; only PLAIN is offered.
  #onSasl(element: XmlElement): void {
    const negotiating = this.#state === 'awaiting-auth' || this.#state === 'awaiting-sasl-response';
    if (negotiating && element.name === 'auth') {
      if (attribute(element, 'mechanism') !== 'PLAIN') {
        this.#saslFailed('invalid-mechanism');
      } else if (element.text.trim() === '') {
        // No initial response: ask for it with an empty challenge (RFC 6120 §6.4.2).
        this.#state = 'awaiting-sasl-response';
        this.#send(saslEmptyChallenge());
      } else {
        this.#authenticate(element.text);
      }
      return;
    }
    if (this.#state === 'awaiting-sasl-response' && element.name === 'response') {
      this.#authenticate(element.text);
      return;
    }
    if (negotiating && element.name === 'abort') {
      this.#state = 'awaiting-auth';
      this.#send(saslFailure('aborted'));
      return;
    }
    this.#fail('unsupported-stanza-type', `Unexpected SASL <${element.name}>`);
  }

  #authenticate(base64Text: string): void {
    const decoded = decodePlain(base64Text);
    if (!decoded.ok) {
      this.#saslFailed(decoded.condition);
      return;
    }
    const { authzid, authcid, password } = decoded.credentials;
    const loginId = this.#host.directory.authenticate(authcid, password);
    if (loginId === null) {
      this.#saslFailed('not-authorized');
      return;
    }
    // RFC 4616 §2: an authorization identity, if given, must be the user itself.
    const domain = this.#host.directory.domain;
    if (authzid !== '' && authzid !== authcid && authzid !== loginId && authzid !== bareJid(loginId, domain)) {
      this.#saslFailed('invalid-authzid');
      return;
    }
    this.#loginId = loginId;
    this.#state = 'awaiting-restart';
    this.#streamOpened = false;
    this.#send(saslSuccess());
    this.#log(`authenticated ${authcid} as ${loginId}`);
  }

  #saslFailed(condition: SaslFailureCondition): void {
    this.#saslFailures += 1;
    this.#state = 'awaiting-auth';
    this.#send(saslFailure(condition));
    this.#log(`SASL failure ${condition} (${this.#saslFailures}/${MAX_SASL_FAILURES})`);
    // RFC 6120 §6.4.5: past the retry limit the stream ends, with policy-violation.
    if (this.#saslFailures >= MAX_SASL_FAILURES) this.#fail('policy-violation', 'Too many authentication failures');
  }

  #onStanza(stanza: XmlElement): void {
    if (this.#state === 'awaiting-bind') {
      const bind = stanza.name === 'iq' ? bindRequest(stanza) : undefined;
      if (bind) this.#bind(stanza, bind);
      else this.#fail('not-authorized', 'Bind a resource first');
      return;
    }
    if (this.#state !== 'bound' || !this.#bound) {
      this.#fail('not-authorized', 'Authenticate first');
      return;
    }
    if (stanza.name === 'iq') this.#onIq(stanza, this.#bound);
    else if (stanza.name === 'presence') this.#onPresence(stanza, this.#bound);
    else this.#onMessage(stanza, this.#bound);
  }

  // RFC 6120 §7.6: bind the requested (or a generated) resource, evicting any session holding the same full JID.
  #bind(iq: XmlElement, bind: XmlElement): void {
    const loginId = this.#loginId;
    if (loginId === undefined) throw new Error('bind without an authenticated user');
    const { directory, boundSessions, subscriptions } = this.#host;
    const id = attribute(iq, 'id');
    const resource = resolveResource(findChild(bind, 'resource', bind.ns)?.text);
    if (resource === undefined) {
      this.#send(iqError({ id, from: undefined, to: undefined }, 'modify', 'bad-request'));
      return;
    }
    const bare = bareJid(loginId, directory.domain);
    const full = fullJid(loginId, directory.domain, resource);
    this.#bound = {
      domain: directory.domain,
      loginId,
      bareJid: bare,
      fullJid: full,
      maySubscribe: (node) => directory.maySubscribe(loginId, node),
      subscribe: (node, jid) => subscriptions.subscribe(this, node, jid),
      unsubscribe: (node) => subscriptions.unsubscribe(this, node),
      subscriptionOf: (node) => subscriptions.subscriptionOf(this, node),
      subscriptions: () => subscriptions.subscriptionsOf(this),
    };
    this.#state = 'bound';
    boundSessions.claim(full, this)?.replaced();
    this.#send(bindResult(id, full));
    // Finesse subscribes every session to the user's own nodes at login; clients never ask for these.
    for (const node of directory.autoSubscriptions(loginId)) subscriptions.subscribe(this, node, bare);
    this.#log(`bound ${full}`);
  }

  #onIq(iq: XmlElement, bound: IqRequester): void {
    const reply = handleBoundIq(iq, bound);
    if (reply) this.#send(reply);
  }

  // RFC 6121 §4.2: initial presence is reflected to the user's own resource; unavailable needs no answer;
  // directed presence and subscription management have nobody to go to in a roster-less emulator.
  #onPresence(presence: XmlElement, bound: IqRequester): void {
    const to = attribute(presence, 'to');
    const directed = to !== undefined && to !== bound.bareJid && to !== bound.fullJid;
    if (!directed && attribute(presence, 'type') === undefined) this.#send(presenceEcho(presence, bound.fullJid));
  }

  // Nobody to deliver messages to: bounce them (RFC 6121 §8.5.2), except errors, which must never be answered.
  #onMessage(message: XmlElement, bound: IqRequester): void {
    if (attribute(message, 'type') === 'error') return;
    const reply = { id: attribute(message, 'id'), from: attribute(message, 'to'), to: bound.fullJid };
    this.#send(messageError(reply, 'service-unavailable'));
  }

  // RFC 7395 §3.6.1: a stream error is followed by <close/>, then the server closes the WebSocket. An error
  // before our <open/> still needs an <open/> first so the client has a stream to receive it on.
  #fail(condition: StreamErrorCondition, text?: string): void {
    if (this.#state === 'closed') return;
    if (!this.#streamOpened) this.#send(streamOpen(this.#host.directory.domain, randomId()));
    this.#send(streamError(condition, text));
    this.#send(streamClose());
    this.#terminate(`stream error ${condition}${text === undefined ? '' : `: ${text}`}`);
  }

  #terminate(reason: string): void {
    this.#state = 'closed';
    this.#log(`closed (${reason})`);
    this.#forget();
    this.#transport.close();
  }

  #forget(): void {
    const full = this.#bound?.fullJid;
    if (full !== undefined) this.#host.boundSessions.release(full, this);
    this.#host.subscriptions.removeSession(this);
    this.#bound = undefined;
  }

  #send(node: XmlNode): void {
    this.#transport.send(serialize(node));
  }

  #log(line: string): void {
    this.#host.log(`xmpp ${this.#label}${this.#bound ? ` ${this.#bound.fullJid}` : ''}: ${line}`);
  }
}
