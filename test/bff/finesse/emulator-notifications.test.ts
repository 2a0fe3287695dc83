import { xml } from '@xmpp/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FinesseEmulator } from '../../../bff/sandbox/finesse/finesse-emulator.js';
import { FinesseClient } from '../../../bff/src/finesse/finesse-client.js';
import { readUpdate } from '../../../bff/src/finesse/update-mapper.js';
import { AGENT1, SUPER1, control, startFinesse } from '../../kit/finesse-client.js';
import { NotificationListener } from '../../kit/finesse-notifications.js';
import { credentialsFor } from './client-test-kit.js';

/**
 * The update mapper on the notifications a Finesse actually publishes over XMPP after the client's writes: the
 * requestId the client sends comes back on the update it caused.
 */
const agent1 = credentialsFor(AGENT1.loginName);

let emulator: FinesseEmulator;
let client: FinesseClient;
let listener: NotificationListener;

beforeEach(async () => {
  emulator = await startFinesse();
  client = new FinesseClient({ baseUrl: emulator.url, timeoutMs: 5_000 });
  listener = await NotificationListener.connect(emulator, AGENT1.loginName);
});

afterEach(async () => {
  await listener.stop();
  await client.close();
  await emulator.close();
});

describe('readUpdate on notifications the emulator publishes', () => {
  it('maps the user update caused by setState to an agent update carrying the client requestId', async () => {
    await client.setState(agent1, AGENT1.loginId, { state: 'LOGIN', extension: AGENT1.extension }, 'req-sign-in');
    const received = await listener.next(
      (update) => update.requestId === 'req-sign-in' && update.node === `/finesse/api/User/${AGENT1.loginId}`,
    );
    expect(readUpdate(received.xml, received.node)).toMatchObject({
      kind: 'agent',
      requestId: 'req-sign-in',
      agent: { id: AGENT1.loginId, state: 'NOT_READY' },
    });
  });

  it('maps the asynchronous refusal of READY while logged out to an error update (Invalid State, CTI code 22)', async () => {
    await client.setState(agent1, AGENT1.loginId, { state: 'READY' }, 'req-ready');
    const received = await listener.next((update) => update.requestId === 'req-ready');
    expect(readUpdate(received.xml, received.node)).toEqual({
      kind: 'error',
      requestId: 'req-ready',
      source: `/finesse/api/User/${AGENT1.loginId}`,
      error: { type: 'Invalid State', message: 'CF_INVALID_OBJECT_STATE', data: '22' },
    });
  });

  it('maps a ringing call to an added dialog and the answer to a changed one', async () => {
    await client.setState(agent1, AGENT1.loginId, { state: 'LOGIN', extension: AGENT1.extension }, 'in');
    const dialogId = await control(emulator).ring('4155550123', AGENT1.extension);
    const added = await listener.next((update) => update.event === 'POST' && update.node.endsWith('/Dialogs'));
    expect(readUpdate(added.xml, added.node)).toMatchObject({
      kind: 'dialog',
      change: 'added',
      dialog: { id: dialogId, state: 'ALERTING' },
    });
    await client.dialogAction(
      agent1,
      dialogId,
      { requestedAction: 'ANSWER', targetMediaAddress: AGENT1.extension },
      'req-answer',
    );
    const changed = await listener.next(
      (update) => update.requestId === 'req-answer' && update.node.endsWith('/Dialogs'),
    );
    expect(readUpdate(changed.xml, changed.node)).toMatchObject({
      kind: 'dialog',
      change: 'changed',
      requestId: 'req-answer',
      dialog: { id: dialogId, state: 'ACTIVE' },
    });
  });

  it("maps a member's change on the Team node a supervisor follows to a team_member update, not to the supervisor's own agent", async () => {
    const supervisor = await NotificationListener.connect(emulator, SUPER1.loginName);
    try {
      await subscribe(supervisor, '/finesse/api/Team/5000/Users');
      await client.setState(agent1, AGENT1.loginId, { state: 'LOGIN', extension: AGENT1.extension }, 'in');
      const teamUpdate = await supervisor.next((update) => update.node === '/finesse/api/Team/5000/Users');
      expect(readUpdate(teamUpdate.xml, teamUpdate.node)).toMatchObject({
        kind: 'team_member',
        teamId: '5000',
        change: 'changed',
        member: { id: AGENT1.loginId, state: 'NOT_READY', extension: AGENT1.extension, onCall: false },
      });
    } finally {
      await supervisor.stop();
    }
  });

  it('maps a Queue notification to a queue update with its figures', async () => {
    const supervisor = await NotificationListener.connect(emulator, SUPER1.loginName);
    try {
      await subscribe(supervisor, '/finesse/api/Queue/5022');
      await client.setState(agent1, AGENT1.loginId, { state: 'LOGIN', extension: AGENT1.extension }, 'in');
      const queueUpdate = await supervisor.next((update) => update.node === '/finesse/api/Queue/5022');
      expect(readUpdate(queueUpdate.xml, queueUpdate.node)).toMatchObject({
        kind: 'queue',
        queue: { id: '5022', name: 'CustomerCare.SG', callsInQueue: 0, agentsLoggedOn: 1, agentsNotReady: 1 },
      });
    } finally {
      await supervisor.stop();
    }
  });
});

/** XEP-0060 subscribe to a node, as a supervisor desktop does (finesse.md §5). */
async function subscribe(listener: NotificationListener, node: string): Promise<void> {
  const request = xml('subscribe', { node, jid: `${SUPER1.loginId}@${emulator.xmppDomain}` });
  await listener.xmpp.iqCaller.request(
    xml(
      'iq',
      { type: 'set', to: `pubsub.${emulator.xmppDomain}` },
      xml('pubsub', { xmlns: 'http://jabber.org/protocol/pubsub' }, request),
    ),
  );
}
