import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { client, xml, type Client, type Element } from '@xmpp/client';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createXmppNotificationServer } from '../../../bff/sandbox/finesse/xmpp/server.js';
import type { XmppDirectory, XmppNotificationServer } from '../../../bff/sandbox/finesse/xmpp/types.js';

// Node 20 has no global WebSocket; @xmpp/websocket constructs one with `new WebSocket(url, ['xmpp'])`.
Object.assign(globalThis, { WebSocket });

const DOMAIN = 'finesse.sandbox';
const PUBSUB = `pubsub.${DOMAIN}`;
const PASSWORD = 'sandbox';
const AGENT = '1001001';
const SUPERVISOR = '1002001';
const TEAM_NODE = '/finesse/api/Team/500/Users';
const NS_PUBSUB = 'http://jabber.org/protocol/pubsub';
const NS_EVENT = 'http://jabber.org/protocol/pubsub#event';
const NS_PUSH = 'urn:xmpp:push:0';
const WAIT_MS = 5_000;

const users = [
  { loginId: AGENT, loginName: 'agent1' },
  { loginId: SUPERVISOR, loginName: 'super1' },
];

const directory: XmppDirectory = {
  domain: DOMAIN,
  authenticate(username, password) {
    const user = users.find((candidate) => candidate.loginId === username || candidate.loginName === username);
    return user && password === PASSWORD ? user.loginId : null;
  },
  autoSubscriptions: (loginId) => [`/finesse/api/User/${loginId}`, `/finesse/api/User/${loginId}/Dialogs`],
  maySubscribe: (loginId, node) => loginId === SUPERVISOR && node === TEAM_NODE,
};

function userUpdate(loginId: string, state: string, requestId: string): string {
  return (
    `<Update><data><user><state>${state}</state></user></data><event>PUT</event>` +
    `<requestId>${requestId}</requestId><source>/finesse/api/User/${loginId}</source></Update>`
  );
}

let httpServer: Server;
let xmppServer: XmppNotificationServer;
let serviceUrl: string;
let logLines: string[];
const xmppClients: Client[] = [];
const rawClients: RawXmppClient[] = [];

beforeEach(async () => {
  logLines = [];
  xmppServer = createXmppNotificationServer(directory, { log: (line) => logLines.push(line) });
  httpServer = createServer((_request, response) => response.writeHead(404).end());
  httpServer.on('upgrade', (request, socket, head) => {
    if (request.url === '/ws') xmppServer.handleUpgrade(request, socket, head);
    else socket.destroy();
  });
  httpServer.listen(0, '127.0.0.1');
  await once(httpServer, 'listening');
  serviceUrl = `ws://127.0.0.1:${(httpServer.address() as AddressInfo).port}/ws`;
});

afterEach(async () => {
  await Promise.allSettled(xmppClients.splice(0).map((xmpp) => withTimeout(xmpp.stop(), 3_000, 'client stop')));
  for (const raw of rawClients.splice(0)) raw.socket.terminate();
  await xmppServer.close();
  httpServer.closeAllConnections();
  await new Promise<void>((resolve) => httpServer.close(() => resolve()));
});

// ---------------------------------------------------------------------------------------------------------------
// Helpers

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** An @xmpp/client that does not reconnect (a kicked or refused client must stay down) and is stopped after the test. */
function newClient(username: string, options: { password?: string; resource?: string } = {}): Client {
  const xmpp = client({
    service: serviceUrl,
    domain: DOMAIN,
    username,
    password: options.password ?? PASSWORD,
    resource: options.resource ?? 'desk',
  });
  xmpp.reconnect.stop();
  // Errors are asserted through start()'s rejection; an unhandled 'error' event would crash the worker.
  xmpp.on('error', () => undefined);
  xmppClients.push(xmpp);
  return xmpp;
}

/** The next stanza matching `predicate`, failing after WAIT_MS. */
function nextStanza(xmpp: Client, predicate: (stanza: Element) => boolean, what: string): Promise<Element> {
  let listener: ((stanza: Element) => void) | undefined;
  const arrived = new Promise<Element>((resolve) => {
    listener = (stanza) => {
      if (predicate(stanza)) resolve(stanza);
    };
    xmpp.on('stanza', listener);
  });
  return withTimeout(arrived, WAIT_MS, what).finally(() => {
    if (listener) xmpp.off('stanza', listener);
  });
}

function isEventFor(node: string): (stanza: Element) => boolean {
  return (stanza) =>
    stanza.is('message') && stanza.getChild('event', NS_EVENT)?.getChild('items')?.attrs['node'] === node;
}

function notificationText(message: Element): string | undefined {
  return message
    .getChild('event', NS_EVENT)
    ?.getChild('items')
    ?.getChild('item')
    ?.getChild('notification', NS_PUSH)
    ?.text();
}

function subscribeIq(node: string, jid: string): Element {
  return xml('iq', { type: 'set', to: PUBSUB }, xml('pubsub', { xmlns: NS_PUBSUB }, xml('subscribe', { node, jid })));
}

const xmlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false });

/** Parse a frame for toMatchObject assertions (attributes as `@_name`). */
function parseXml(text: string): unknown {
  const parsed: unknown = xmlParser.parse(text);
  return parsed;
}

/** A WebSocket client that speaks RFC 7395 frames by hand, for the cases a well-behaved library never produces. */
class RawXmppClient {
  readonly frames: string[] = [];
  readonly closed: Promise<number>;
  #read = 0;
  #wake: (() => void) | undefined;

  constructor(readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => {
      this.frames.push(data.toString('utf8'));
      this.#wake?.();
    });
    this.closed = new Promise((resolve) => socket.on('close', (code) => resolve(code)));
    // Errors surface as closes; without a listener an 'error' would be an uncaught exception.
    socket.on('error', () => undefined);
  }

  static async connect(protocols: string[] = ['xmpp']): Promise<RawXmppClient> {
    const raw = new RawXmppClient(new WebSocket(serviceUrl, protocols));
    rawClients.push(raw);
    await withTimeout(once(raw.socket, 'open'), WAIT_MS, 'WebSocket open');
    return raw;
  }

  send(frame: string): void {
    this.socket.send(frame);
  }

  /** The next frame not yet read, in arrival order. */
  async next(what = 'a frame'): Promise<string> {
    const deadline = Date.now() + WAIT_MS;
    while (this.#read >= this.frames.length) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`timed out waiting for ${what}; got ${JSON.stringify(this.frames)}`);
      await withTimeout(
        new Promise<void>((resolve) => {
          this.#wake = resolve;
        }),
        remaining,
        what,
      ).catch(() => undefined);
    }
    const frame = this.frames[this.#read];
    this.#read += 1;
    return frame!;
  }

  async expectClosed(): Promise<number> {
    return withTimeout(this.closed, WAIT_MS, 'the socket to close');
  }
}

const OPEN = `<open xmlns="urn:ietf:params:xml:ns:xmpp-framing" to="${DOMAIN}" version="1.0"/>`;

function plainAuth(username: string, password: string): string {
  const payload = Buffer.from(`\0${username}\0${password}`, 'utf8').toString('base64');
  return `<auth xmlns="urn:ietf:params:xml:ns:xmpp-sasl" mechanism="PLAIN">${payload}</auth>`;
}

/** Open, authenticate and bind by hand; resolves once the bind result has been read. */
async function rawLogin(username = AGENT, resource = 'raw'): Promise<RawXmppClient> {
  const raw = await RawXmppClient.connect();
  raw.send(OPEN);
  expect(await raw.next('open')).toMatch(/^<open /);
  expect(await raw.next('features')).toContain('<mechanism>PLAIN</mechanism>');
  raw.send(plainAuth(username, PASSWORD));
  expect(await raw.next('success')).toBe('<success xmlns="urn:ietf:params:xml:ns:xmpp-sasl"/>');
  raw.send(OPEN);
  expect(await raw.next('open after restart')).toMatch(/^<open /);
  expect(await raw.next('features after restart')).toContain('<bind xmlns="urn:ietf:params:xml:ns:xmpp-bind"/>');
  raw.send(
    `<iq xmlns="jabber:client" type="set" id="bind1"><bind xmlns="urn:ietf:params:xml:ns:xmpp-bind"><resource>${resource}</resource></bind></iq>`,
  );
  expect(await raw.next('bind result')).toContain(`<jid>${username}@${DOMAIN}/${resource}</jid>`);
  return raw;
}

/** Reads the stream error that must come next, then the `<close/>` and the socket close that follow it. */
async function expectStreamError(raw: RawXmppClient, condition: string): Promise<void> {
  let frame = await raw.next(`stream error ${condition}`);
  // An error raised before the stream was open is preceded by the server's <open/> (RFC 6120 §4.9.1.2).
  if (frame.startsWith('<open ')) frame = await raw.next(`stream error ${condition}`);
  expect(frame).toMatch(
    new RegExp(
      `^<stream:error xmlns:stream="http://etherx.jabber.org/streams"><${condition} xmlns="urn:ietf:params:xml:ns:xmpp-streams"/>`,
    ),
  );
  expect(await raw.next('close after stream error')).toBe('<close xmlns="urn:ietf:params:xml:ns:xmpp-framing"/>');
  await raw.expectClosed();
}

/** After any failure, the server must still accept, authenticate and bind a new client. */
async function expectServerStillServes(): Promise<void> {
  const fresh = await rawLogin(SUPERVISOR, 'still-serving');
  fresh.socket.close();
}

// ---------------------------------------------------------------------------------------------------------------
// @xmpp/client: what a real Finesse gadget library does

describe('XMPP notification server with @xmpp/client', () => {
  it('connects with loginId and password, goes online as 1001001@finesse.sandbox/<resource>, and receives a published User update as a pubsub message whose notification text is the original Update', async () => {
    const xmpp = newClient(AGENT, { resource: 'desk' });
    const jid = await xmpp.start();
    expect(jid.toString()).toBe(`${AGENT}@${DOMAIN}/desk`);
    expect(xmppServer.sessionCount()).toBe(1);

    const echoed = nextStanza(xmpp, (stanza) => stanza.is('presence'), 'presence echo');
    await xmpp.send(xml('presence'));
    expect((await echoed).attrs['from']).toBe(`${AGENT}@${DOMAIN}/desk`);

    const node = `/finesse/api/User/${AGENT}`;
    const update = userUpdate(AGENT, 'READY', 'abc');
    const arrived = nextStanza(xmpp, isEventFor(node), 'the User notification');
    xmppServer.publish(node, update);
    const message = await arrived;

    expect(message.attrs['from']).toBe(PUBSUB);
    expect(message.attrs['to']).toBe(`${AGENT}@${DOMAIN}`);
    expect(message.attrs['id']).toBeTruthy();
    expect(message.getChild('event', NS_EVENT)?.getChild('items')?.getChild('item')?.attrs['id']).toBeTruthy();
    const text = notificationText(message);
    expect(text).toBe(update);
    expect(parseXml(text ?? '')).toMatchObject({
      Update: { data: { user: { state: 'READY' } }, event: 'PUT', requestId: 'abc', source: node },
    });
  });

  it('authenticates by loginName agent1 as JID 1001001, refuses a wrong password with SASL not-authorized, and then still serves the next client', async () => {
    const byName = newClient('agent1', { resource: 'by-name' });
    expect((await byName.start()).toString()).toBe(`${AGENT}@${DOMAIN}/by-name`);

    const wrong = newClient('agent1', { password: 'not-the-password', resource: 'wrong' });
    await expect(withTimeout(wrong.start(), WAIT_MS, 'refused login')).rejects.toMatchObject({
      name: 'SASLError',
      condition: 'not-authorized',
    });

    expect(logLines.some((line) => line.includes('SASL failure not-authorized'))).toBe(true);

    const next = newClient(SUPERVISOR, { resource: 'after-refusal' });
    expect((await next.start()).toString()).toBe(`${SUPERVISOR}@${DOMAIN}/after-refusal`);
    expect(xmppServer.sessionCount()).toBe(2);
  });

  it("does not deliver super1's User node to agent1, who is not subscribed to it: agent1 sees only its own update, published afterwards", async () => {
    const agent = newClient('agent1', { resource: 'a' });
    const supervisor = newClient('super1', { resource: 's' });
    await Promise.all([agent.start(), supervisor.start()]);

    const agentMessages: Element[] = [];
    agent.on('stanza', (stanza) => {
      if (stanza.is('message')) agentMessages.push(stanza);
    });
    const supervisorNode = `/finesse/api/User/${SUPERVISOR}`;
    const agentNode = `/finesse/api/User/${AGENT}`;
    const supervisorGot = nextStanza(supervisor, isEventFor(supervisorNode), 'super1 own update');
    const agentGot = nextStanza(agent, isEventFor(agentNode), 'agent1 own update');

    // Frames on one socket arrive in order, so once agent1's own (later) update is in, super1's would have been too.
    xmppServer.publish(supervisorNode, userUpdate(SUPERVISOR, 'NOT_READY', 's1'));
    xmppServer.publish(agentNode, userUpdate(AGENT, 'READY', 'a1'));
    await Promise.all([supervisorGot, agentGot]);

    expect(
      agentMessages.map((message) => message.getChild('event', NS_EVENT)?.getChild('items')?.attrs['node']),
    ).toEqual([agentNode]);
  });

  it("lets super1 subscribe to the Team node (subscribed, with a subid) and then delivers its publishes, while agent1's subscribe to the same node gets forbidden", async () => {
    const supervisor = newClient('super1', { resource: 's' });
    const agent = newClient('agent1', { resource: 'a' });
    await Promise.all([supervisor.start(), agent.start()]);

    const result = await supervisor.iqCaller.request(subscribeIq(TEAM_NODE, `${SUPERVISOR}@${DOMAIN}`), WAIT_MS);
    const subscription = result.getChild('pubsub', NS_PUBSUB)?.getChild('subscription');
    expect(subscription?.attrs).toMatchObject({
      node: TEAM_NODE,
      jid: `${SUPERVISOR}@${DOMAIN}`,
      subscription: 'subscribed',
    });
    expect(subscription?.attrs['subid']).toBeTruthy();

    await expect(agent.iqCaller.request(subscribeIq(TEAM_NODE, `${AGENT}@${DOMAIN}`), WAIT_MS)).rejects.toMatchObject({
      name: 'StanzaError',
      condition: 'forbidden',
      type: 'auth',
    });

    const update =
      '<Update><data><users/></data><event>PUT</event><source>/finesse/api/Team/500/Users</source></Update>';
    const arrived = nextStanza(supervisor, isEventFor(TEAM_NODE), 'the Team notification');
    xmppServer.publish(TEAM_NODE, update);
    expect(notificationText(await arrived)).toBe(update);
  });

  it('close() ends every session with a stream close, leaves no bound session, and refuses new connections', async () => {
    const xmpp = newClient('agent1');
    await xmpp.start();
    const raw = await rawLogin(SUPERVISOR, 'raw');
    const unbound = await RawXmppClient.connect();
    expect(xmppServer.sessionCount()).toBe(2);

    const disconnected = withTimeout(
      new Promise<void>((resolve) => xmpp.on('disconnect', resolve)),
      WAIT_MS,
      '@xmpp/client disconnect',
    );
    await xmppServer.close();

    expect(await raw.next('stream close')).toBe('<close xmlns="urn:ietf:params:xml:ns:xmpp-framing"/>');
    await raw.expectClosed();
    await unbound.expectClosed();
    await disconnected;
    expect(xmppServer.sessionCount()).toBe(0);

    const refused = new WebSocket(serviceUrl, ['xmpp']);
    refused.on('error', () => undefined);
    const [, response] = (await withTimeout(once(refused, 'unexpected-response'), WAIT_MS, 'refusal')) as [
      unknown,
      { statusCode: number },
    ];
    expect(response.statusCode).toBe(503);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Raw frames: protocol errors a library would never send

describe('XMPP notification server with hand-written frames', () => {
  it('answers an open to the wrong domain with the server open, stream error host-unknown and close, then closes the socket', async () => {
    const raw = await RawXmppClient.connect();
    raw.send('<open xmlns="urn:ietf:params:xml:ns:xmpp-framing" to="example.com" version="1.0"/>');
    expect(await raw.next('open')).toMatch(
      new RegExp(
        `^<open xmlns="urn:ietf:params:xml:ns:xmpp-framing" from="${DOMAIN}" id="[^"]+" version="1.0" xml:lang="en"/>$`,
      ),
    );
    await expectStreamError(raw, 'host-unknown');
    await expectServerStillServes();
  });

  it('answers a correct open with open and stream features offering only SASL PLAIN', async () => {
    const raw = await RawXmppClient.connect();
    raw.send(OPEN);
    expect(await raw.next('open')).toMatch(
      new RegExp(
        `^<open xmlns="urn:ietf:params:xml:ns:xmpp-framing" from="${DOMAIN}" id="[^"]+" version="1.0" xml:lang="en"/>$`,
      ),
    );
    expect(await raw.next('features')).toBe(
      '<stream:features xmlns:stream="http://etherx.jabber.org/streams"><mechanisms xmlns="urn:ietf:params:xml:ns:xmpp-sasl"><mechanism>PLAIN</mechanism></mechanisms></stream:features>',
    );
  });

  it('offers bind and optional session (no stream management, no SASL2) after authentication', async () => {
    const raw = await RawXmppClient.connect();
    raw.send(OPEN);
    await raw.next('open');
    await raw.next('features');
    raw.send(plainAuth('agent1', PASSWORD));
    expect(await raw.next('success')).toBe('<success xmlns="urn:ietf:params:xml:ns:xmpp-sasl"/>');
    raw.send(OPEN);
    await raw.next('open after restart');
    expect(await raw.next('features after restart')).toBe(
      '<stream:features xmlns:stream="http://etherx.jabber.org/streams"><bind xmlns="urn:ietf:params:xml:ns:xmpp-bind"/><session xmlns="urn:ietf:params:xml:ns:xmpp-session"><optional/></session></stream:features>',
    );
  });

  it('answers a malformed frame with stream error not-well-formed and closes, then still serves', async () => {
    const raw = await rawLogin();
    raw.send('<iq type="get" id="p1"><ping xmlns="urn:xmpp:ping"></iq>');
    await expectStreamError(raw, 'not-well-formed');
    expect(xmppServer.sessionCount()).toBe(0);
    await expectServerStillServes();
  });

  it('answers an unknown iq get with an iq error service-unavailable (type cancel) carrying the same id', async () => {
    const raw = await rawLogin();
    raw.send('<iq xmlns="jabber:client" type="get" id="version-1"><query xmlns="jabber:iq:version"/></iq>');
    expect(parseXml(await raw.next('iq error'))).toMatchObject({
      iq: {
        '@_type': 'error',
        '@_id': 'version-1',
        '@_to': `${AGENT}@${DOMAIN}/raw`,
        error: { '@_type': 'cancel', 'service-unavailable': { '@_xmlns': 'urn:ietf:params:xml:ns:xmpp-stanzas' } },
      },
    });
    // The stream stays usable after a stanza error.
    raw.send('<iq xmlns="jabber:client" type="get" id="ping-1"><ping xmlns="urn:xmpp:ping"/></iq>');
    expect(parseXml(await raw.next('ping result'))).toMatchObject({ iq: { '@_type': 'result', '@_id': 'ping-1' } });
  });

  it('answers roster get with an empty roster and the legacy session set with an empty result', async () => {
    const raw = await rawLogin();
    raw.send(
      '<iq xmlns="jabber:client" type="set" id="sess-1"><session xmlns="urn:ietf:params:xml:ns:xmpp-session"/></iq>',
    );
    expect(parseXml(await raw.next('session result'))).toMatchObject({ iq: { '@_type': 'result', '@_id': 'sess-1' } });
    raw.send('<iq xmlns="jabber:client" type="get" id="roster-1"><query xmlns="jabber:iq:roster"/></iq>');
    const roster = await raw.next('roster result');
    expect(roster).toContain('<query xmlns="jabber:iq:roster"/>');
    expect(parseXml(roster)).toMatchObject({ iq: { '@_type': 'result', '@_id': 'roster-1' } });
  });

  it('kicks the first session with stream error conflict when a second connection binds the same full JID, keeping the second', async () => {
    const first = await rawLogin(AGENT, 'same');
    const second = await rawLogin(AGENT, 'same');
    await expectStreamError(first, 'conflict');
    expect(xmppServer.sessionCount()).toBe(1);
    // The survivor still gets its notifications.
    xmppServer.publish(`/finesse/api/User/${AGENT}`, userUpdate(AGENT, 'READY', 'after-conflict'));
    expect(await second.next('notification')).toContain('&lt;requestId&gt;after-conflict&lt;/requestId&gt;');
    await expectServerStillServes();
  });

  it('refuses a frame with a DOCTYPE (entity declarations) with stream error restricted-xml and closes, then still serves', async () => {
    const raw = await rawLogin();
    raw.send('<!DOCTYPE iq [<!ENTITY boom "boom">]><iq xmlns="jabber:client" type="get" id="x">&boom;</iq>');
    await expectStreamError(raw, 'restricted-xml');
    await expectServerStillServes();
  });

  it('refuses a frame larger than 64 KiB with stream error policy-violation', async () => {
    const raw = await rawLogin();
    raw.send(`<message xmlns="jabber:client" to="x@${DOMAIN}"><body>${'a'.repeat(70_000)}</body></message>`);
    await expectStreamError(raw, 'policy-violation');
    await expectServerStillServes();
  });

  it('answers a stanza sent before authentication with stream error not-authorized', async () => {
    const raw = await RawXmppClient.connect();
    raw.send(OPEN);
    await raw.next('open');
    await raw.next('features');
    raw.send('<iq xmlns="jabber:client" type="get" id="early"><ping xmlns="urn:xmpp:ping"/></iq>');
    await expectStreamError(raw, 'not-authorized');
    await expectServerStillServes();
  });

  it('answers a wrong password with not-authorized, allows a retry, and closes the stream with policy-violation after the third failure', async () => {
    const raw = await RawXmppClient.connect();
    raw.send(OPEN);
    await raw.next('open');
    await raw.next('features');
    const notAuthorized = '<failure xmlns="urn:ietf:params:xml:ns:xmpp-sasl"><not-authorized/></failure>';
    raw.send(plainAuth(AGENT, 'wrong-1'));
    expect(await raw.next('first failure')).toBe(notAuthorized);
    raw.send(plainAuth(AGENT, 'wrong-2'));
    expect(await raw.next('second failure')).toBe(notAuthorized);
    raw.send(plainAuth(AGENT, 'wrong-3'));
    expect(await raw.next('third failure')).toBe(notAuthorized);
    await expectStreamError(raw, 'policy-violation');
    await expectServerStillServes();
  });

  it('answers an unsupported SASL mechanism with invalid-mechanism and malformed base64 with incorrect-encoding, then accepts a correct retry', async () => {
    const raw = await RawXmppClient.connect();
    raw.send(OPEN);
    await raw.next('open');
    await raw.next('features');
    raw.send('<auth xmlns="urn:ietf:params:xml:ns:xmpp-sasl" mechanism="SCRAM-SHA-1">biwsbj1hZ2VudDE=</auth>');
    expect(await raw.next('invalid mechanism')).toBe(
      '<failure xmlns="urn:ietf:params:xml:ns:xmpp-sasl"><invalid-mechanism/></failure>',
    );
    raw.send('<auth xmlns="urn:ietf:params:xml:ns:xmpp-sasl" mechanism="PLAIN">not base64!</auth>');
    expect(await raw.next('incorrect encoding')).toBe(
      '<failure xmlns="urn:ietf:params:xml:ns:xmpp-sasl"><incorrect-encoding/></failure>',
    );
    raw.send(plainAuth('agent1', PASSWORD));
    expect(await raw.next('success')).toBe('<success xmlns="urn:ietf:params:xml:ns:xmpp-sasl"/>');
  });

  it('binds a generated resource when the bind request names none', async () => {
    const raw = await RawXmppClient.connect();
    raw.send(OPEN);
    await raw.next('open');
    await raw.next('features');
    raw.send(plainAuth(AGENT, PASSWORD));
    await raw.next('success');
    raw.send(OPEN);
    await raw.next('open after restart');
    await raw.next('features after restart');
    raw.send('<iq xmlns="jabber:client" type="set" id="b"><bind xmlns="urn:ietf:params:xml:ns:xmpp-bind"/></iq>');
    expect(await raw.next('bind result')).toMatch(new RegExp(`<jid>${AGENT}@${DOMAIN}/[^<]+</jid>`));
    expect(xmppServer.sessionCount()).toBe(1);
  });

  it('sends a publish in the exact Finesse 12.5 message shape with the Update XML-escaped inside notification', async () => {
    const raw = await rawLogin(AGENT, 'shape');
    const node = `/finesse/api/User/${AGENT}/Dialogs`;
    xmppServer.publish(node, '<Update><data>a &amp; "b" \'c\'</data></Update>');
    const frame = await raw.next('notification');
    expect(frame).toMatch(
      new RegExp(
        `^<message from="${PUBSUB}" to="${AGENT}@${DOMAIN}" id="[^"]+"><event xmlns="http://jabber.org/protocol/pubsub#event">` +
          `<items node="${node}"><item id="[^"]+"><notification xmlns="urn:xmpp:push:0">` +
          '&lt;Update&gt;&lt;data&gt;a &amp;amp; &quot;b&quot; &apos;c&apos;&lt;/data&gt;&lt;/Update&gt;' +
          '</notification></item></items></event></message>$',
      ),
    );
  });

  it('gives every published item a distinct item id', async () => {
    const raw = await rawLogin();
    const node = `/finesse/api/User/${AGENT}`;
    xmppServer.publish(node, userUpdate(AGENT, 'READY', 'one'));
    xmppServer.publish(node, userUpdate(AGENT, 'NOT_READY', 'two'));
    const ids = [await raw.next('first'), await raw.next('second')].map(
      (frame) => /<item id="([^"]+)"/.exec(frame)?.[1],
    );
    expect(ids[0]).toBeTruthy();
    expect(ids[1]).toBeTruthy();
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('lists, then removes, pubsub subscriptions: unsubscribe answers result and stops delivery of that node', async () => {
    const raw = await rawLogin();
    const node = `/finesse/api/User/${AGENT}/Dialogs`;
    raw.send(
      `<iq xmlns="jabber:client" type="get" id="subs" to="${PUBSUB}"><pubsub xmlns="${NS_PUBSUB}"><subscriptions/></pubsub></iq>`,
    );
    const listed = await raw.next('subscriptions');
    expect(listed).toContain(`node="/finesse/api/User/${AGENT}"`);
    expect(listed).toContain(`node="${node}"`);

    raw.send(
      `<iq xmlns="jabber:client" type="set" id="unsub" to="${PUBSUB}"><pubsub xmlns="${NS_PUBSUB}"><unsubscribe node="${node}" jid="${AGENT}@${DOMAIN}"/></pubsub></iq>`,
    );
    expect(parseXml(await raw.next('unsubscribe result'))).toMatchObject({
      iq: { '@_type': 'result', '@_id': 'unsub' },
    });

    xmppServer.publish(node, '<Update><event>DELETE</event></Update>');
    xmppServer.publish(`/finesse/api/User/${AGENT}`, userUpdate(AGENT, 'READY', 'still-subscribed'));
    const next = await raw.next('the still-subscribed node');
    expect(next).toContain(`<items node="/finesse/api/User/${AGENT}">`);
  });

  it('answers the client close with a close and closes the socket, forgetting the session', async () => {
    const raw = await rawLogin();
    expect(xmppServer.sessionCount()).toBe(1);
    raw.send('<close xmlns="urn:ietf:params:xml:ns:xmpp-framing"/>');
    expect(await raw.next('close')).toBe('<close xmlns="urn:ietf:params:xml:ns:xmpp-framing"/>');
    await raw.expectClosed();
    expect(xmppServer.sessionCount()).toBe(0);
  });

  it('forgets a session whose socket drops without a stream close, and publishing to its nodes afterwards is harmless', async () => {
    const raw = await rawLogin();
    raw.socket.terminate();
    await raw.expectClosed();
    await withTimeout(
      (async () => {
        while (xmppServer.sessionCount() !== 0) await new Promise((resolve) => setImmediate(resolve));
      })(),
      WAIT_MS,
      'the server to notice the dropped socket',
    );
    expect(() => xmppServer.publish(`/finesse/api/User/${AGENT}`, userUpdate(AGENT, 'READY', 'nobody'))).not.toThrow();
    await expectServerStillServes();
  });

  it('refuses a WebSocket client that does not offer the xmpp subprotocol by closing the connection', async () => {
    const raw = await RawXmppClient.connect([]);
    expect(raw.socket.protocol).toBe('');
    expect(await raw.expectClosed()).toBe(1002);
    await expectServerStillServes();
  });
});
