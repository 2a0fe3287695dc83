import { xml } from '@xmpp/client';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCceAdminEmulator } from '../../../bff/sandbox/ccadmin/cce-admin-emulator.js';
import type { CceAdminEmulator } from '../../../bff/sandbox/ccadmin/cce-admin-emulator.js';
import { demoAgentDirectory } from '../../../bff/sandbox/directory/demo-contact-center.js';
import type { FinesseEmulator } from '../../../bff/sandbox/finesse/finesse-emulator.js';
import { SUPER1, basic as finesseBasic, startFinesse } from '../../kit/finesse-client.js';
import { NotificationListener, dataOf } from '../../kit/finesse-notifications.js';
import type { XmlTree } from '../../kit/finesse-xml.js';
import { AgentClient, agentBody } from './agent-kit.js';

let cce: CceAdminEmulator;
let finesse: FinesseEmulator;

beforeEach(async () => {
  const agents = demoAgentDirectory();
  cce = await startCceAdminEmulator({ host: '127.0.0.1', port: 0, agents });
  finesse = await startFinesse({ agents });
});
afterEach(async () => {
  await cce.close();
  await finesse.close();
});

const TEAM_REF = '/unifiedconfig/config/agentteam/5000';

function signIn(userName: string, extension: string) {
  return request(finesse.url)
    .put(`/finesse/api/User/${userName}`)
    .set('Authorization', finesseBasic(userName, 'secret1'))
    .set('Content-Type', 'application/xml')
    .send(`<User><state>LOGIN</state><extension>${extension}</extension></User>`);
}

describe('one agent directory behind CCE Administration and Finesse', () => {
  it('an agent created through CCE signs in to Finesse with their user name, password and own extension', async () => {
    const created = await new AgentClient(cce).create(
      agentBody({ userName: 'robin', agentId: '1001010', password: 'secret1', teamRefURL: TEAM_REF }),
    );
    expect(created.status).toBe(201);

    expect((await signIn('robin', '1001010')).status).toBe(202);
    const user = await request(finesse.url)
      .get('/finesse/api/User/1001010')
      .set('Authorization', finesseBasic('robin', 'secret1'));
    expect(user.status).toBe(200);
    expect(user.text).toContain('<loginName>robin</loginName>');
    expect(user.text).toContain('<teamId>5000</teamId>');
  });

  it('an agent deleted through CCE is refused by Finesse (401)', async () => {
    const created = await new AgentClient(cce).create(
      agentBody({ userName: 'robin', agentId: '1001010', password: 'secret1' }),
    );
    expect((await signIn('robin', '1001010')).status).toBe(202);

    expect((await new AgentClient(cce).delete(new URL(String(created.headers.location)).pathname)).status).toBe(200);
    expect((await signIn('robin', '1001010')).status).toBe(401);
  });

  it('a demo agent whose login CCE disables is refused by Finesse', async () => {
    const body = agentBody({
      changeStamp: '0',
      agentId: '1001002',
      userName: 'agent2',
      firstName: 'Sam',
      lastName: 'Okafor',
      teamRefURL: TEAM_REF,
    }).replace('<loginEnabled>true</loginEnabled>', '<loginEnabled>false</loginEnabled>');
    expect((await new AgentClient(cce).update('/unifiedconfig/config/agent/5002', body)).status).toBe(200);
    const user = await request(finesse.url)
      .get('/finesse/api/User/agent2')
      .set('Authorization', finesseBasic('agent2', 'sandbox'));
    expect(user.status).toBe(401);
  });

  it("the team's Users node hears a member created (POST), changed (PUT) and deleted (DELETE) through CCE", async () => {
    const listener = await NotificationListener.connect(finesse, SUPER1.loginName);
    try {
      const node = '/finesse/api/Team/5000/Users';
      const subscribe = xml('subscribe', { node, jid: `${SUPER1.loginId}@${finesse.xmppDomain}` });
      await listener.xmpp.iqCaller.request(
        xml(
          'iq',
          { type: 'set', to: `pubsub.${finesse.xmppDomain}` },
          xml('pubsub', { xmlns: 'http://jabber.org/protocol/pubsub' }, subscribe),
        ),
      );
      const cceAgents = new AgentClient(cce);
      const created = await cceAgents.create(
        agentBody({ userName: 'robin', agentId: '1001010', teamRefURL: TEAM_REF }),
      );
      const refURL = new URL(String(created.headers.location)).pathname;

      const added = await listener.next((update) => update.node === node);
      expect(added).toMatchObject({ event: 'POST', source: node });
      expect(dataOf(added).user).toMatchObject({ loginId: '1001010', firstName: 'Robin', state: 'LOGOUT' });

      expect(
        (
          await cceAgents.update(
            refURL,
            agentBody({
              changeStamp: '0',
              agentId: '1001010',
              userName: 'robin',
              firstName: 'Robyn',
              teamRefURL: TEAM_REF,
            }),
          )
        ).status,
      ).toBe(200);
      const changed = await listener.next((update) => update.node === node);
      expect(changed).toMatchObject({ event: 'PUT', source: '/finesse/api/User/1001010' });
      expect((dataOf(changed).user as XmlTree).firstName).toBe('Robyn');

      expect((await cceAgents.delete(refURL)).status).toBe(200);
      const removed = await listener.next((update) => update.node === node);
      expect(removed).toMatchObject({ event: 'DELETE', source: node });
      expect((dataOf(removed).user as XmlTree).loginId).toBe('1001010');
    } finally {
      await listener.stop();
    }
  });
});
