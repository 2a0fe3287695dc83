// Every XML namespace the notification server reads or writes, in one place so a typo cannot silently
// make a stanza unrecognisable to a client (namespaces are compared as exact strings).

/** RFC 7395 framing: `<open/>` and `<close/>` replace the `<stream:stream>` root of a TCP stream. */
export const NS_FRAMING = 'urn:ietf:params:xml:ns:xmpp-framing';
/** RFC 6120 stream prefix namespace, used by `<stream:features>` and `<stream:error>`. */
export const NS_STREAM = 'http://etherx.jabber.org/streams';
/** RFC 6120 §4.9.3 stream error conditions. */
export const NS_STREAM_ERRORS = 'urn:ietf:params:xml:ns:xmpp-streams';
/** RFC 6120 §8.3.3 stanza error conditions. */
export const NS_STANZA_ERRORS = 'urn:ietf:params:xml:ns:xmpp-stanzas';
/** RFC 6120 §4.8.3 default namespace of client streams; framed stanzas without xmlns inherit it. */
export const NS_CLIENT = 'jabber:client';
export const NS_SASL = 'urn:ietf:params:xml:ns:xmpp-sasl';
export const NS_BIND = 'urn:ietf:params:xml:ns:xmpp-bind';
/** RFC 3921 legacy session establishment; still offered (as optional) because older Finesse clients send it. */
export const NS_SESSION = 'urn:ietf:params:xml:ns:xmpp-session';
export const NS_PING = 'urn:xmpp:ping';
export const NS_ROSTER = 'jabber:iq:roster';
export const NS_PUBSUB = 'http://jabber.org/protocol/pubsub';
export const NS_PUBSUB_EVENT = 'http://jabber.org/protocol/pubsub#event';
export const NS_PUBSUB_ERRORS = 'http://jabber.org/protocol/pubsub#errors';
/** The payload namespace Finesse 12.5 wraps every `<Update>` in. */
export const NS_FINESSE_PUSH = 'urn:xmpp:push:0';
