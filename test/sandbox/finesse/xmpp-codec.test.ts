import { describe, expect, it } from 'vitest';
import { decodePlain } from '../../../bff/sandbox/finesse/xmpp/sasl-plain.js';
import { presenceEcho, pubsubEventMessage } from '../../../bff/sandbox/finesse/xmpp/stanzas.js';
import { SubscriptionRegistry } from '../../../bff/sandbox/finesse/xmpp/subscriptions.js';
import { findChild, parseFrame, type XmlElement } from '../../../bff/sandbox/finesse/xmpp/xml-reader.js';
import { el, serialize } from '../../../bff/sandbox/finesse/xmpp/xml-writer.js';

function parsed(frame: string): XmlElement {
  const result = parseFrame(frame, 'jabber:client');
  if (!result.ok) throw new Error(`expected ${frame} to parse: ${result.reason}`);
  return result.element;
}

describe('XMPP frame parsing', () => {
  it('resolves the default namespace, declared prefixes and the inherited jabber:client namespace', () => {
    const features = parsed(
      '<stream:features xmlns:stream="http://etherx.jabber.org/streams"><bind xmlns="urn:ietf:params:xml:ns:xmpp-bind"/></stream:features>',
    );
    expect(features).toMatchObject({
      qname: 'stream:features',
      name: 'features',
      ns: 'http://etherx.jabber.org/streams',
    });
    expect(findChild(features, 'bind', 'urn:ietf:params:xml:ns:xmpp-bind')).toBeDefined();
    expect(parsed('<iq type="get" id="1"><x/></iq>')).toMatchObject({
      ns: 'jabber:client',
      children: [{ ns: 'jabber:client' }],
    });
  });

  it('decodes predefined entities in text and attributes, keeping the text untrimmed', () => {
    const element = parsed('<a b="x &amp; &lt;y&gt;"> 1 &lt; 2 &amp;&amp; &quot;q&quot; </a>');
    expect(element.attrs['b']).toBe('x & <y>');
    expect(element.text).toBe(' 1 < 2 && "q" ');
  });

  it.each([
    ['an unclosed child', 'not-well-formed', '<iq><ping></iq>'],
    ['two root elements', 'not-well-formed', '<a/><b/>'],
    ['plain text', 'not-well-formed', 'hello'],
    ['a DOCTYPE', 'restricted-xml', '<!DOCTYPE a><a/>'],
    ['an ENTITY declaration', 'restricted-xml', '<!ENTITY x "y"><a/>'],
    ['an undeclared prefix', 'bad-namespace-prefix', '<x:a/>'],
  ])('refuses a frame with %s as %s', (_label, condition, frame) => {
    expect(parseFrame(frame, 'jabber:client')).toMatchObject({ ok: false, condition });
  });

  it('keeps an attribute named __proto__ as plain data', () => {
    const element = parsed('<a __proto__="x" constructor="y"/>');
    expect(element.attrs['__proto__']).toBe('x');
    expect(element.attrs['constructor']).toBe('y');
    expect(Object.getPrototypeOf(element.attrs)).toBeNull();
  });
});

describe('XMPP stanza writing', () => {
  it('escapes markup in text and attribute values so hostile input cannot break out of its element', () => {
    const frame = serialize(el('a', { b: '"/><evil x="' }, ['</a><evil/>&amp;']));
    expect(frame).toBe('<a b="&quot;/&gt;&lt;evil x=&quot;">&lt;/a&gt;&lt;evil/&gt;&amp;amp;</a>');
    expect(parsed(frame)).toMatchObject({ attrs: { b: '"/><evil x="' }, text: '</a><evil/>&amp;', children: [] });
  });

  it('writes empty elements self-closed and leaves undefined attributes out', () => {
    expect(serialize(el('open', { xmlns: 'urn:ietf:params:xml:ns:xmpp-framing', id: undefined }))).toBe(
      '<open xmlns="urn:ietf:params:xml:ns:xmpp-framing"/>',
    );
  });

  it('round-trips an Update document through the notification text unchanged', () => {
    const update = '<Update><data><dialog><id>1</id><mediaProperties note="a &amp; b"/></dialog></data></Update>';
    const message = parsed(
      serialize(
        pubsubEventMessage({
          pubsubDomain: 'pubsub.d',
          to: 'u@d',
          messageId: 'm',
          node: '/n',
          itemId: 'i',
          updateXml: update,
        }),
      ),
    );
    const notification = message.children[0]?.children[0]?.children[0]?.children[0];
    expect(notification).toMatchObject({ name: 'notification', ns: 'urn:xmpp:push:0', text: update });
  });

  it('echoes presence children with their namespaces re-declared and from rewritten to the full JID', () => {
    const presence = parsed(
      '<presence xmlns="jabber:client" xmlns:c="http://jabber.org/protocol/caps" from="spoofed"><show>away</show><c:c node="n"/></presence>',
    );
    expect(serialize(presenceEcho(presence, 'u@d/r'))).toBe(
      '<presence xmlns="jabber:client" from="u@d/r" to="u@d/r"><show>away</show><c xmlns="http://jabber.org/protocol/caps" node="n"/></presence>',
    );
  });
});

describe('SASL PLAIN decoding', () => {
  const encode = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

  it('splits authzid, authcid and password', () => {
    expect(decodePlain(encode('\u00001001001\u0000p@ss wörd'))).toEqual({
      ok: true,
      credentials: { authzid: '', authcid: '1001001', password: 'p@ss wörd' },
    });
  });

  it.each([
    ['non-base64 characters', 'incorrect-encoding', 'not base64!'],
    ['bad padding', 'incorrect-encoding', 'YWJj='],
    ['invalid UTF-8', 'incorrect-encoding', Buffer.from([0xff, 0x00, 0x61, 0x00, 0x62]).toString('base64')],
    ['an empty response', 'malformed-request', '='],
    ['a message without NUL separators', 'malformed-request', encode('agent1')],
    ['an empty authcid', 'malformed-request', encode('\u0000\u0000secret')],
  ])('refuses %s with %s', (_label, condition, text) => {
    expect(decodePlain(text)).toEqual({ ok: false, condition });
  });
});

describe('pubsub subscription registry', () => {
  it('subscribes idempotently, lists by node and session, and forgets a session entirely', () => {
    const registry = new SubscriptionRegistry<{ name: string }>();
    const a = { name: 'a' };
    const b = { name: 'b' };
    const first = registry.subscribe(a, '/n', 'a@d');
    expect(registry.subscribe(a, '/n', 'a@d')).toBe(first);
    registry.subscribe(a, '/m', 'a@d');
    registry.subscribe(b, '/n', 'b@d');
    expect(registry.subscribersOf('/n')).toEqual([a, b]);
    expect(registry.subscriptionsOf(a).map((subscription) => subscription.node)).toEqual(['/n', '/m']);

    expect(registry.unsubscribe(b, '/n')).toBe(true);
    expect(registry.unsubscribe(b, '/n')).toBe(false);
    registry.removeSession(a);
    expect(registry.subscribersOf('/n')).toEqual([]);
    expect(registry.subscriptionsOf(a)).toEqual([]);
  });
});
