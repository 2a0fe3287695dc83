import { xml } from '@xmpp/client';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import {
  AGENT1,
  AGENT2,
  FinesseRestClient,
  SUPER1,
  apiError,
  control,
  ready,
  signIn,
  useResetFinesse,
} from '../../kit/finesse-client.js';
import type { XmlTree } from '../../kit/finesse-xml.js';
import { NotificationListener, dataOf } from '../../kit/finesse-notifications.js';

const finesse = useResetFinesse();
const agent1 = () => new FinesseRestClient(finesse(), AGENT1.loginName);
const agent2 = () => new FinesseRestClient(finesse(), AGENT2.loginName);
const supervisor = () => new FinesseRestClient(finesse(), SUPER1.loginName);
const CALLER = '4155550123';
const CARE = '5022';
const BILLING = '5023';

async function statistics(queueId: string): Promise<Record<string, string>> {
  const queue = (await agent1().read(`/Queue/${queueId}`)).Queue as XmlTree;
  return queue.statistics as Record<string, string>;
}

async function goReady(client: FinesseRestClient, user: { loginId: string; extension: string }): Promise<void> {
  await client.put(`/User/${user.loginId}`, signIn(user.extension));
  await client.put(`/User/${user.loginId}`, ready);
}

const action = (name: string, target: string) =>
  `<Dialog><requestedAction>${name}</requestedAction><targetMediaAddress>${target}</targetMediaAddress></Dialog>`;

/** XEP-0060 subscribe, as Finesse clients subscribe to nodes that are not subscribed for them. */
async function subscribeTo(listener: NotificationListener, node: string): Promise<void> {
  const subscribe = xml('subscribe', { node, jid: `${AGENT1.loginId}@${finesse().xmppDomain}` });
  await listener.xmpp.iqCaller.request(
    xml(
      'iq',
      { type: 'set', to: `pubsub.${finesse().xmppDomain}` },
      xml('pubsub', { xmlns: 'http://jabber.org/protocol/pubsub' }, subscribe),
    ),
  );
}

function queueCall(from: string, queue: string) {
  return control(finesse()).raw().post('/sandbox/queued-calls').send({ from, queue });
}

describe('GET /Queue/{id}', () => {
  it('answers the documented Queue object: uri, name and every statistic, with everyone signed out', async () => {
    const response = await agent1().get(`/Queue/${CARE}`);
    expect(response.status).toBe(200);
    const queue = (await agent1().read(`/Queue/${CARE}`)).Queue as XmlTree;
    expect(queue).toMatchObject({ uri: `/finesse/api/Queue/${CARE}`, name: 'CustomerCare.SG' });
    expect(Object.keys(queue.statistics as XmlTree)).toEqual([
      'callsInQueue',
      'startTimeOfLongestCallInQueue',
      'agentsReady',
      'agentsNotReady',
      'agentsBusyOther',
      'agentsLoggedOn',
      'agentsTalkingInbound',
      'agentsTalkingOutbound',
      'agentsTalkingInternal',
      'agentsWrapUpNotReady',
      'agentsWrapUpReady',
    ]);
    expect(queue.statistics).toMatchObject({
      callsInQueue: '0',
      startTimeOfLongestCallInQueue: '',
      agentsReady: '0',
      agentsLoggedOn: '0',
    });
  });

  it("counts the queue's agents by state: agent1 (both queues) Ready, agent2 (Customer Care only) Not Ready", async () => {
    await goReady(agent1(), AGENT1);
    await agent2().put(`/User/${AGENT2.loginId}`, signIn(AGENT2.extension));
    expect(await statistics(CARE)).toMatchObject({ agentsReady: '1', agentsNotReady: '1', agentsLoggedOn: '2' });
    expect(await statistics(BILLING)).toMatchObject({ agentsReady: '1', agentsNotReady: '0', agentsLoggedOn: '1' });
  });

  it('an agent on an ACD call of Customer Care talks inbound there and is busy on other work for Billing', async () => {
    await goReady(agent1(), AGENT1);
    const dialogId = await control(finesse()).ring(CALLER, AGENT1.extension);
    expect(await statistics(CARE)).toMatchObject({ agentsBusyOther: '1', agentsReady: '0' });
    await agent1().put(`/Dialog/${dialogId}`, action('ANSWER', AGENT1.extension));
    expect(await statistics(CARE)).toMatchObject({ agentsTalkingInbound: '1', agentsBusyOther: '0' });
    expect(await statistics(BILLING)).toMatchObject({ agentsTalkingInbound: '0', agentsBusyOther: '1' });
  });

  it('two agents on a call between them both talk internal; after it, wrap-up counts as Wrap-Up Ready', async () => {
    await goReady(agent1(), AGENT1);
    await goReady(agent2(), AGENT2);
    const body = `<Dialog><requestedAction>MAKE_CALL</requestedAction><fromAddress>${AGENT1.extension}</fromAddress><toAddress>${AGENT2.extension}</toAddress></Dialog>`;
    await agent1().post(`/User/${AGENT1.loginId}/Dialogs`, body);
    const dialogs = (await agent2().read(`/User/${AGENT2.loginId}/Dialogs`)).Dialogs as XmlTree;
    const dialogId = String((dialogs.Dialog as XmlTree[])[0]!.id);
    await agent2().put(`/Dialog/${dialogId}`, action('ANSWER', AGENT2.extension));
    expect(await statistics(CARE)).toMatchObject({
      agentsTalkingInternal: '2',
      agentsTalkingInbound: '0',
      agentsTalkingOutbound: '0',
    });
    await agent1().put(`/Dialog/${dialogId}`, action('DROP', AGENT1.extension));
    // agent2 wraps up incoming calls (OPTIONAL), having been Ready; agent1 does not wrap up outgoing ones.
    expect(await statistics(CARE)).toMatchObject({
      agentsWrapUpReady: '1',
      agentsTalkingInternal: '0',
      agentsNotReady: '1',
    });
  });

  it('a call to an outside number is talking outbound once the far end answers', async () => {
    await agent1().put(`/User/${AGENT1.loginId}`, signIn(AGENT1.extension));
    const listener = await NotificationListener.connect(finesse(), AGENT1.loginName);
    try {
      await subscribeTo(listener, `/finesse/api/Queue/${CARE}`);
      const body = `<Dialog><requestedAction>MAKE_CALL</requestedAction><fromAddress>${AGENT1.extension}</fromAddress><toAddress>6505550199</toAddress></Dialog>`;
      await agent1().post(`/User/${AGENT1.loginId}/Dialogs`, body);
      await listener.next((update) => update.xml.includes('<agentsTalkingOutbound>1</agentsTalkingOutbound>'));
      expect(await statistics(CARE)).toMatchObject({ agentsTalkingOutbound: '1', agentsNotReady: '0' });
    } finally {
      await listener.stop();
    }
  });

  it('an unknown queue answers 404 Not Found', async () => {
    expect(apiError(await agent1().get('/Queue/4040'))).toMatchObject({ status: 404, type: 'Not Found' });
  });
});

describe('calls waiting in a queue (sandbox control: POST /sandbox/queued-calls)', () => {
  it('with nobody Ready the call waits: callsInQueue 1 and the time it began, to the second', async () => {
    const response = await queueCall(CALLER, CARE);
    expect(response.status).toBe(201);
    expect((response.body as { dialogId: string }).dialogId).toMatch(/^[0-9]+$/);
    const figures = await statistics(CARE);
    expect(figures.callsInQueue).toBe('1');
    expect(figures.startTimeOfLongestCallInQueue).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(await statistics(BILLING)).toMatchObject({ callsInQueue: '0' });
  });

  it('the first agent of the queue to go Ready gets the oldest waiting call as an ACD call from that queue', async () => {
    const first = (await queueCall(CALLER, CARE)).body as { dialogId: string };
    await queueCall('4155550188', CARE);
    await goReady(agent2(), AGENT2);
    const dialogs = (await agent2().read(`/User/${AGENT2.loginId}/Dialogs`)).Dialogs as XmlTree;
    const dialog = (dialogs.Dialog as XmlTree[])[0]!;
    expect(dialog).toMatchObject({ id: first.dialogId, fromAddress: CALLER });
    expect(dialog.mediaProperties).toMatchObject({
      callType: 'ACD_IN',
      queueNumber: CARE,
      queueName: 'CustomerCare.SG',
    });
    expect(await agent2().state(AGENT2.loginId)).toBe('RESERVED');
    expect(await statistics(CARE)).toMatchObject({ callsInQueue: '1' });
  });

  it('a call for a queue with a Ready agent rings at once, and an agent of another queue does not take it', async () => {
    await goReady(agent2(), AGENT2);
    await queueCall(CALLER, BILLING);
    expect(await agent2().state(AGENT2.loginId)).toBe('READY');
    await goReady(agent1(), AGENT1);
    expect(await agent1().state(AGENT1.loginId)).toBe('RESERVED');
    expect(await statistics(BILLING)).toMatchObject({ callsInQueue: '0' });
  });

  it('the caller hanging up while waiting leaves the queue', async () => {
    const { dialogId } = (await queueCall(CALLER, CARE)).body as { dialogId: string };
    await control(finesse()).raw().delete(`/sandbox/calls/${dialogId}`).expect(204);
    expect(await statistics(CARE)).toMatchObject({ callsInQueue: '0', startTimeOfLongestCallInQueue: '' });
  });

  it('an unknown queue answers 404 unknown_queue and a bad number 400', async () => {
    const unknown = await queueCall(CALLER, '4040');
    expect([unknown.status, (unknown.body as { error: { code: string } }).error.code]).toEqual([404, 'unknown_queue']);
    expect((await queueCall('not a number', CARE)).status).toBe(400);
  });
});

describe('GET /User/{id}/Queues', () => {
  const queueIds = async (client: FinesseRestClient, loginId: string): Promise<unknown[]> => {
    const queues = (await client.read(`/User/${loginId}/Queues`)).Queues as XmlTree;
    const list = queues.Queue;
    return list === undefined
      ? []
      : (Array.isArray(list) ? (list as XmlTree[]) : [list as XmlTree]).map((queue) => queue.uri);
  };

  it("lists an agent's queues with their statistics", async () => {
    expect(await queueIds(agent1(), AGENT1.loginId)).toEqual([
      `/finesse/api/Queue/${CARE}`,
      `/finesse/api/Queue/${BILLING}`,
    ]);
    expect(await queueIds(agent2(), AGENT2.loginId)).toEqual([`/finesse/api/Queue/${CARE}`]);
  });

  it("a supervisor's list holds every queue of the members of their teams too", async () => {
    expect(await queueIds(supervisor(), SUPER1.loginId)).toEqual([
      `/finesse/api/Queue/${CARE}`,
      `/finesse/api/Queue/${BILLING}`,
    ]);
  });

  it("any user may read another user's list; an unknown user answers 404 User Not Found", async () => {
    expect(await queueIds(agent2(), AGENT1.loginId)).toHaveLength(2);
    expect(apiError(await agent2().get('/User/7777777/Queues'))).toMatchObject({ status: 404, type: 'User Not Found' });
  });

  it('without credentials answers 401', async () => {
    expect((await request(finesse().url).get(`/finesse/api/User/${AGENT1.loginId}/Queues`)).status).toBe(401);
  });
});

describe('Queue notifications on /finesse/api/Queue/{id}', () => {
  it('a subscriber hears the Queue object (PUT) each time its figures change, and nothing when they do not', async () => {
    const listener = await NotificationListener.connect(finesse(), AGENT1.loginName);
    try {
      const node = `/finesse/api/Queue/${BILLING}`;
      await subscribeTo(listener, node);
      await agent1().put(`/User/${AGENT1.loginId}`, signIn(AGENT1.extension));
      const signedIn = await listener.next((candidate) => candidate.node === node);
      expect(signedIn).toMatchObject({ event: 'PUT', source: node });
      expect((dataOf(signedIn).Queue as XmlTree).uri).toBe(node);
      expect((dataOf(signedIn).Queue as XmlTree).statistics).toMatchObject({
        agentsLoggedOn: '1',
        agentsNotReady: '1',
        agentsReady: '0',
      });
      await agent1().put(`/User/${AGENT1.loginId}`, ready);
      expect(
        ((dataOf(await listener.next((candidate) => candidate.node === node)).Queue as XmlTree).statistics as XmlTree)
          .agentsReady,
      ).toBe('1');
      // agent2 is not in Billing: their sign-in changes no Billing figure, so the next Billing update is agent1's call.
      await agent2().put(`/User/${AGENT2.loginId}`, signIn(AGENT2.extension));
      await queueCall(CALLER, CARE);
      const reserved = await listener.next((candidate) => candidate.node === node);
      expect((dataOf(reserved).Queue as XmlTree).statistics).toMatchObject({
        agentsReady: '0',
        agentsBusyOther: '1',
        agentsLoggedOn: '1',
      });
    } finally {
      await listener.stop();
    }
  });

  it('an unknown queue node cannot be subscribed to', async () => {
    const listener = await NotificationListener.connect(finesse(), AGENT1.loginName);
    try {
      await expect(subscribeTo(listener, '/finesse/api/Queue/4040')).rejects.toThrow(/forbidden/);
    } finally {
      await listener.stop();
    }
  });
});
