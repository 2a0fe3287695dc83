import { xml } from '@xmpp/client';
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
import { NotificationListener } from '../../kit/finesse-notifications.js';

const finesse = useResetFinesse();
const agent = () => new FinesseRestClient(finesse(), AGENT1.loginName);
const agent2 = () => new FinesseRestClient(finesse(), AGENT2.loginName);
const supervisor = () => new FinesseRestClient(finesse(), SUPER1.loginName);
const CALLER = '4155550123';

const action = (name: string, target: string) =>
  `<Dialog><requestedAction>${name}</requestedAction><targetMediaAddress>${target}</targetMediaAddress></Dialog>`;

async function dialogsOf(client: FinesseRestClient, loginId: string): Promise<XmlTree[]> {
  const dialogs = (await client.read(`/User/${loginId}/Dialogs`)).Dialogs as XmlTree;
  const list = dialogs.Dialog;
  return list === undefined ? [] : (list as XmlTree[]);
}

function participants(dialog: XmlTree): XmlTree[] {
  const list = (dialog.participants as XmlTree).Participant;
  return Array.isArray(list) ? (list as XmlTree[]) : [];
}

/** Each participant's state by media address. */
function statesOf(dialog: XmlTree): Record<string, unknown> {
  return Object.fromEntries(
    participants(dialog).map((participant): [string, unknown] => [String(participant.mediaAddress), participant.state]),
  );
}

/** agent1 signed in, and brought to `state` by the requests and calls that lead there. */
async function agentIn(state: string): Promise<void> {
  expect((await agent().put(`/User/${AGENT1.loginId}`, signIn(AGENT1.extension))).status).toBe(202);
  if (state === 'NOT_READY') return;
  if (state === 'LOGOUT') {
    await agent().put(`/User/${AGENT1.loginId}`, '<User><state>LOGOUT</state></User>');
    return;
  }
  if (state !== 'WORK') await agent().put(`/User/${AGENT1.loginId}`, ready);
  if (state === 'READY') return;
  const dialogId = await control(finesse()).ring(CALLER, AGENT1.extension);
  if (state === 'RESERVED') return;
  await agent().put(`/Dialog/${dialogId}`, action('ANSWER', AGENT1.extension));
  if (state === 'TALKING') return;
  if (state === 'HOLD') {
    await agent().put(`/Dialog/${dialogId}`, action('HOLD', AGENT1.extension));
    return;
  }
  // WORK_READY (was Ready) or WORK (was Not Ready): the caller hangs up and wrap-up begins.
  await control(finesse()).raw().delete(`/sandbox/calls/${dialogId}`).expect(204);
}

// "User—Change Agent State" as a supervisor: only READY, NOT_READY and LOGOUT; NOT_READY only from READY, WORK or
// WORK_READY; the CTI server refuses the rest (202, then an asynchronous Invalid State).
const TRANSITIONS: [string, Record<'READY' | 'NOT_READY' | 'LOGOUT', string>][] = [
  ['NOT_READY', { READY: 'READY', NOT_READY: 'refused', LOGOUT: 'LOGOUT' }],
  ['READY', { READY: 'READY', NOT_READY: 'NOT_READY', LOGOUT: 'LOGOUT' }],
  ['RESERVED', { READY: 'refused', NOT_READY: 'refused', LOGOUT: 'refused' }],
  ['TALKING', { READY: 'refused', NOT_READY: 'refused', LOGOUT: 'refused' }],
  ['HOLD', { READY: 'refused', NOT_READY: 'refused', LOGOUT: 'refused' }],
  ['WORK', { READY: 'READY', NOT_READY: 'NOT_READY', LOGOUT: 'LOGOUT' }],
  ['WORK_READY', { READY: 'READY', NOT_READY: 'NOT_READY', LOGOUT: 'LOGOUT' }],
  ['LOGOUT', { READY: 'refused', NOT_READY: 'refused', LOGOUT: 'refused' }],
];

describe("a supervisor changing a team member's state", () => {
  for (const [from, outcomes] of TRANSITIONS) {
    for (const [requested, outcome] of Object.entries(outcomes)) {
      it(`${requested} for a member in ${from} answers 202 and ${outcome === 'refused' ? `is refused (Invalid State), the member staying ${from}` : `makes them ${outcome}`}`, async () => {
        await agentIn(from);
        expect(await agent().state(AGENT1.loginId)).toBe(from);
        const listener = await NotificationListener.connect(finesse(), AGENT1.loginName);
        try {
          const response = await supervisor().put(
            `/User/${AGENT1.loginId}`,
            `<User><state>${requested}</state></User>`,
            'sup',
          );
          expect(response.status).toBe(202);
          const update = await listener.next((candidate) => candidate.requestId === 'sup');
          if (outcome === 'refused') {
            expect(update.xml).toContain('Invalid State');
            expect(await agent().state(AGENT1.loginId)).toBe(from);
          } else {
            expect(await agent().state(AGENT1.loginId)).toBe(outcome);
          }
        } finally {
          await listener.stop();
        }
      });
    }
  }

  it('NOT_READY makes the member Not Ready with the supervisor reason code 999', async () => {
    await agentIn('READY');
    await supervisor().put(`/User/${AGENT1.loginId}`, '<User><state>NOT_READY</state></User>');
    const user = ((await agent().read(`/User/${AGENT1.loginId}`)).User as XmlTree[])[0]!;
    expect(user.reasonCodeId).toBe('999');
  });

  for (const state of ['NOT_READY', 'LOGOUT']) {
    it(`${state} with a reasonCodeId answers 400 Invalid Input naming reasonCodeId and changes nothing`, async () => {
      await agentIn('READY');
      const code = state === 'NOT_READY' ? '1' : '21';
      const response = await supervisor().put(
        `/User/${AGENT1.loginId}`,
        `<User><state>${state}</state><reasonCodeId>${code}</reasonCodeId></User>`,
      );
      expect(apiError(response)).toMatchObject({ status: 400, type: 'Invalid Input', data: 'reasonCodeId' });
      expect(await agent().state(AGENT1.loginId)).toBe('READY');
    });
  }

  for (const state of ['LOGIN', 'TALKING', 'WORK']) {
    it(`${state} for a member is refused at once (${state === 'LOGIN' ? '401' : '400'})`, async () => {
      await agentIn('READY');
      const response = await supervisor().put(
        `/User/${AGENT1.loginId}`,
        `<User><state>${state}</state><extension>1001001</extension></User>`,
      );
      expect(response.status).toBe(state === 'LOGIN' ? 401 : 400);
      expect(await agent().state(AGENT1.loginId)).toBe('READY');
    });
  }
});

describe('Team: members signed in, and every member with includeLoggedOutAgents=true', () => {
  const memberIds = async (query: string): Promise<unknown[]> => {
    const team = ((await supervisor().read(`/Team/5000${query}`)).Team as XmlTree[])[0]!;
    const users = team.users as XmlTree | string;
    return typeof users === 'object' && users.User !== undefined
      ? (users.User as XmlTree[]).map((member) => member.loginId)
      : [];
  };

  it('without the parameter lists only the signed-in members', async () => {
    await agentIn('NOT_READY');
    expect(await memberIds('')).toEqual([AGENT1.loginId]);
  });

  it('includeLoggedOutAgents=true lists every member of the team', async () => {
    await agentIn('NOT_READY');
    expect(await memberIds('?includeLoggedOutAgents=true')).toEqual([AGENT1.loginId, AGENT2.loginId, SUPER1.loginId]);
  });

  it("the Users node of the team is told of each member's state change, with the member summary as data", async () => {
    const listener = await NotificationListener.connect(finesse(), SUPER1.loginName);
    try {
      await listener.xmpp.iqCaller.request(
        xml(
          'iq',
          { type: 'set', to: `pubsub.${finesse().xmppDomain}` },
          subscribe('/finesse/api/Team/5000/Users', `${SUPER1.loginId}@${finesse().xmppDomain}`),
        ),
      );
      await agentIn('READY');
      const update = await listener.next(
        (candidate) =>
          candidate.node === '/finesse/api/Team/5000/Users' && candidate.xml.includes('<state>READY</state>'),
      );
      expect(update).toMatchObject({ event: 'PUT', source: `/finesse/api/User/${AGENT1.loginId}` });
      expect(update.xml).toContain(`<loginId>${AGENT1.loginId}</loginId>`);
    } finally {
      await listener.stop();
    }
  });
});

describe('silent monitor, barge-in and dropping a participant', () => {
  /** agent1 on a call with the caller, super1 Not Ready and monitoring it; answers the call's and the monitor's ids. */
  async function monitoring(): Promise<{ callId: string; monitorId: string }> {
    await agentIn('TALKING');
    const callId = String((await dialogsOf(agent(), AGENT1.loginId))[0]!.id);
    await supervisor().put(`/User/${SUPER1.loginId}`, signIn(SUPER1.extension));
    const body = `<Dialog><requestedAction>SILENT_MONITOR</requestedAction><fromAddress>${SUPER1.extension}</fromAddress><toAddress>${AGENT1.extension}</toAddress></Dialog>`;
    expect((await supervisor().post(`/User/${SUPER1.loginId}/Dialogs`, body)).status).toBe(202);
    const monitorId = String((await dialogsOf(supervisor(), SUPER1.loginId))[0]!.id);
    return { callId, monitorId };
  }

  async function barged(): Promise<string> {
    const { callId, monitorId } = await monitoring();
    const body = `<Dialog><requestedAction>BARGE_CALL</requestedAction><fromAddress>${SUPER1.extension}</fromAddress><toAddress>${AGENT1.extension}</toAddress><associatedDialogUri>/finesse/api/Dialog/${monitorId}</associatedDialogUri></Dialog>`;
    expect((await supervisor().post(`/User/${SUPER1.loginId}/Dialogs`, body)).status).toBe(202);
    return callId;
  }

  it('SILENT_MONITOR makes the supervisor TALKING on a SUPERVISOR_MONITOR call; DROP ends it and they are Not Ready again', async () => {
    const { monitorId } = await monitoring();
    expect(await supervisor().state(SUPER1.loginId)).toBe('TALKING');
    expect((await supervisor().put(`/Dialog/${monitorId}`, action('DROP', SUPER1.extension))).status).toBe(202);
    expect(await dialogsOf(supervisor(), SUPER1.loginId)).toEqual([]);
    expect(await supervisor().state(SUPER1.loginId)).toBe('NOT_READY');
    // The monitored call goes on.
    expect(await agent().state(AGENT1.loginId)).toBe('TALKING');
  });

  it('the monitored call ending ends the monitor call too', async () => {
    await monitoring();
    const callId = String(
      (await dialogsOf(agent(), AGENT1.loginId)).find(
        (dialog) =>
          dialog.mediaProperties !== undefined && (dialog.mediaProperties as XmlTree).callType !== 'SUPERVISOR_MONITOR',
      )!.id,
    );
    await control(finesse()).raw().delete(`/sandbox/calls/${callId}`).expect(204);
    expect(await dialogsOf(supervisor(), SUPER1.loginId)).toEqual([]);
    expect(await supervisor().state(SUPER1.loginId)).toBe('NOT_READY');
  });

  it('BARGE_CALL makes the call a conference of the caller, the agent and the supervisor', async () => {
    const callId = await barged();
    const dialogs = await dialogsOf(supervisor(), SUPER1.loginId);
    expect(dialogs.map((dialog) => dialog.id)).toEqual([callId]);
    expect(participants(dialogs[0]!).map((participant) => [participant.mediaAddress, participant.state])).toEqual([
      [AGENT1.extension, 'ACTIVE'],
      [CALLER, 'ACTIVE'],
      [SUPER1.extension, 'ACTIVE'],
    ]);
  });

  it('PARTICIPANT_DROP of the agent by the barged-in supervisor removes the agent; the caller and supervisor stay connected', async () => {
    const callId = await barged();
    expect((await supervisor().put(`/Dialog/${callId}`, action('PARTICIPANT_DROP', AGENT1.extension))).status).toBe(
      202,
    );
    // The call leaves agent1's Dialogs; having been Ready, they wrap up (incoming wrap-up is OPTIONAL).
    expect(await dialogsOf(agent(), AGENT1.loginId)).toEqual([]);
    expect(await agent().state(AGENT1.loginId)).toBe('WORK_READY');
    const call = (await dialogsOf(supervisor(), SUPER1.loginId))[0]!;
    expect(call.state).toBe('ACTIVE');
    expect(statesOf(call)).toEqual({ [AGENT1.extension]: 'DROPPED', [CALLER]: 'ACTIVE', [SUPER1.extension]: 'ACTIVE' });
    expect(await supervisor().state(SUPER1.loginId)).toBe('TALKING');
  });

  it('PARTICIPANT_DROP of the caller leaves the agent and the supervisor connected', async () => {
    const callId = await barged();
    expect((await supervisor().put(`/Dialog/${callId}`, action('PARTICIPANT_DROP', CALLER))).status).toBe(202);
    expect(statesOf((await dialogsOf(agent(), AGENT1.loginId))[0]!)).toEqual({
      [AGENT1.extension]: 'ACTIVE',
      [CALLER]: 'DROPPED',
      [SUPER1.extension]: 'ACTIVE',
    });
    expect(await agent().state(AGENT1.loginId)).toBe('TALKING');
  });

  it('PARTICIPANT_DROP by an agent on the call answers 401 Invalid Authorization User Specified', async () => {
    const callId = await barged();
    expect(apiError(await agent().put(`/Dialog/${callId}`, action('PARTICIPANT_DROP', CALLER)))).toMatchObject({
      status: 401,
      type: 'Invalid Authorization User Specified',
    });
  });

  it('PARTICIPANT_DROP by a supervisor who is not on the call answers 400 Invalid State', async () => {
    await agentIn('TALKING');
    const callId = String((await dialogsOf(agent(), AGENT1.loginId))[0]!.id);
    expect(apiError(await supervisor().put(`/Dialog/${callId}`, action('PARTICIPANT_DROP', CALLER)))).toMatchObject({
      status: 400,
      type: 'Invalid State',
    });
  });

  it('PARTICIPANT_DROP of someone not on the call answers 400 Invalid Input naming targetMediaAddress', async () => {
    const callId = await barged();
    expect(apiError(await supervisor().put(`/Dialog/${callId}`, action('PARTICIPANT_DROP', '5550000')))).toMatchObject({
      status: 400,
      type: 'Invalid Input',
      data: 'targetMediaAddress',
    });
  });

  it('PARTICIPANT_DROP without a targetMediaAddress answers 400 Parameter Missing', async () => {
    const callId = await barged();
    const response = await supervisor().put(
      `/Dialog/${callId}`,
      '<Dialog><requestedAction>PARTICIPANT_DROP</requestedAction></Dialog>',
    );
    expect(apiError(response)).toMatchObject({ status: 400, type: 'Parameter Missing', data: 'targetMediaAddress' });
  });

  it('agent2, not on the call, is not involved: their Dialogs stay empty', async () => {
    await barged();
    await agent2().put(`/User/${AGENT2.loginId}`, signIn(AGENT2.extension));
    expect(await dialogsOf(agent2(), AGENT2.loginId)).toEqual([]);
  });
});

function subscribe(node: string, jid: string) {
  return xml('pubsub', { xmlns: 'http://jabber.org/protocol/pubsub' }, xml('subscribe', { node, jid }));
}
