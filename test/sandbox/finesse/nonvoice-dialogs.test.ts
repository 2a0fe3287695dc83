import { beforeEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import {
  AGENT1,
  AGENT2,
  FinesseRestClient,
  apiError,
  control,
  dialogAction,
  ready,
  signIn,
} from '../../kit/finesse-client.js';
import { dataOf } from '../../kit/finesse-notifications.js';
import type { ReceivedUpdate } from '../../kit/finesse-notifications.js';
import { useListeningFinesse } from '../../kit/listening-finesse.js';
import type { XmlTree } from '../../kit/finesse-xml.js';
import { CHAT, TASK, mediaLogin, mediaState, offerTask, onlyDialog, participantOf } from '../../kit/finesse-media.js';

const finesse = useListeningFinesse();

const dialogsNode = `/finesse/api/User/${AGENT1.loginId}/Dialogs`;

/** Signs AGENT1 in to an MRD and makes them Ready there, waiting for each outcome. */
async function readyIn(mrdId: string, limit = '2', interruptAction = 'ACCEPT'): Promise<void> {
  const path = `/User/${AGENT1.loginId}/Media/${mrdId}`;
  await finesse().agent.put(path, mediaLogin(limit, interruptAction), `in-${mrdId}`);
  await finesse().listener.next((update) => update.requestId === `in-${mrdId}`);
  await finesse().agent.put(path, mediaState('READY'), `ready-${mrdId}`);
  await finesse().listener.next((update) => update.requestId === `ready-${mrdId}`);
}

function dialogUpdate(dialogId: string, event: string): Promise<ReceivedUpdate> {
  return finesse().listener.next(
    (update) => update.node === dialogsNode && update.event === event && update.xml.includes(`<id>${dialogId}</id>`),
  );
}

async function act(dialogId: string, action: string, extra = ''): Promise<XmlTree> {
  const response = await finesse().agent.put(
    `/Dialog/${dialogId}`,
    dialogAction(action, AGENT1.loginId, extra),
    `${action}-${dialogId}`,
  );
  expect(response.status).toBe(202);
  return dataOf(
    await finesse().listener.next(
      (update) => update.requestId === `${action}-${dialogId}` && update.node === dialogsNode,
    ),
  );
}

async function dialogState(dialogId: string): Promise<unknown> {
  return onlyDialog(await finesse().agent.read(`/Dialog/${dialogId}`)).state;
}

describe('non-voice dialogs: offer and lifecycle', () => {
  it('an offered chat arrives as a Dialogs POST from the MRD Dialogs collection, with the customer, subject and POD id', async () => {
    await readyIn(CHAT);
    const offer = await offerTask(finesse().emulator, {
      mrd: 'Chat',
      from: 'Maria Garcia',
      subject: 'Router not arrived',
      variables: { 'user.POD.ID': 'pod-7' },
    });
    expect(offer).toMatchObject({ state: 'OFFERED', loginId: AGENT1.loginId });
    expect(offer.dialogId).toMatch(/^[0-9]+_5000_1$/);

    const posted = await dialogUpdate(offer.dialogId, 'POST');
    expect(posted.source).toBe(`/finesse/api/User/${AGENT1.loginId}/Media/${CHAT}/Dialogs`);
    const dialog = ((dataOf(posted).dialogs as XmlTree).Dialog as XmlTree[])[0]!;
    expect([dialog.mediaType, dialog.state, (dialog.mediaProperties as XmlTree).mediaId]).toEqual([
      'Chat',
      'OFFERED',
      CHAT,
    ]);
    const variables = ((dialog.mediaProperties as XmlTree).callvariables as XmlTree).CallVariable as XmlTree[];
    expect(variables.map((variable) => [variable.name, variable.value])).toEqual([
      ['callVariable1', 'Maria Garcia'],
      ['user.Subject', 'Router not arrived'],
      ['user.POD.ID', 'pod-7'],
    ]);
    expect(participantOf(dialog)).toEqual({ state: 'OFFERED', actions: ['ACCEPT'], mediaAddress: AGENT1.loginId });
  });

  it('ACCEPT, START, PAUSE, RESUME, WRAP_UP and CLOSE walk the documented states, each a PUT from the Dialog, CLOSE then a DELETE', async () => {
    await readyIn(CHAT);
    const { dialogId } = await offerTask(finesse().emulator, { mrd: CHAT, from: 'Maria Garcia' });
    await dialogUpdate(dialogId, 'POST');
    const steps: [string, string, string[]][] = [
      ['ACCEPT', 'ACCEPTED', ['START', 'TRANSFER', 'CLOSE']],
      ['START', 'ACTIVE', ['PAUSE', 'WRAP_UP', 'TRANSFER', 'CLOSE']],
      ['PAUSE', 'PAUSED', ['RESUME', 'WRAP_UP', 'TRANSFER', 'CLOSE']],
      ['RESUME', 'ACTIVE', ['PAUSE', 'WRAP_UP', 'TRANSFER', 'CLOSE']],
      ['WRAP_UP', 'WRAPPING_UP', ['CLOSE']],
      ['CLOSE', 'CLOSED', []],
    ];
    for (const [action, state, actions] of steps) {
      const data = await act(dialogId, action);
      const dialog = onlyDialog(data);
      expect([action, dialog.state, participantOf(dialog).actions]).toEqual([action, state, actions]);
    }
    await dialogUpdate(dialogId, 'DELETE');
    expect(apiError(await finesse().agent.get(`/Dialog/${dialogId}`))).toMatchObject({
      status: 404,
      type: 'Not Found',
    });
  });

  it('the Media state follows the tasks: RESERVED when offered, ACTIVE once accepted, PAUSED, WORK_READY, READY again after CLOSE', async () => {
    await readyIn(CHAT);
    const mediaNode = `/finesse/api/User/${AGENT1.loginId}/Media/${CHAT}`;
    const nextMediaState = async (): Promise<unknown> =>
      (dataOf(await finesse().listener.next((update) => update.node === mediaNode)).Media as XmlTree).state;
    const { dialogId } = await offerTask(finesse().emulator, { mrd: CHAT, from: 'Maria Garcia' });
    expect(await nextMediaState()).toBe('RESERVED');
    await finesse().agent.put(`/Dialog/${dialogId}`, dialogAction('ACCEPT', AGENT1.loginId));
    expect(await nextMediaState()).toBe('ACTIVE');
    await finesse().agent.put(`/Dialog/${dialogId}`, dialogAction('START', AGENT1.loginId));
    await finesse().agent.put(`/Dialog/${dialogId}`, dialogAction('PAUSE', AGENT1.loginId));
    expect(await nextMediaState()).toBe('PAUSED');
    await finesse().agent.put(`/Dialog/${dialogId}`, dialogAction('WRAP_UP', AGENT1.loginId));
    expect(await nextMediaState()).toBe('WORK_READY');
    await finesse().agent.put(`/Dialog/${dialogId}`, dialogAction('CLOSE', AGENT1.loginId));
    expect(await nextMediaState()).toBe('READY');
  });

  it('TRANSFER to a script selector ends the chat for the agent; a Task MRD, which allows no transfer, refuses it', async () => {
    await readyIn(CHAT);
    const chat = await offerTask(finesse().emulator, { mrd: CHAT, from: 'Maria Garcia' });
    await act(chat.dialogId, 'ACCEPT');
    const transferred = onlyDialog(await act(chat.dialogId, 'TRANSFER', '<toAddress>ChatEscalation</toAddress>'));
    expect(transferred.state).toBe('CLOSED');
    await dialogUpdate(chat.dialogId, 'DELETE');

    await readyIn(TASK);
    const task = await offerTask(finesse().emulator, { mrd: 'Task', from: 'Callback form' });
    await act(task.dialogId, 'ACCEPT');
    expect(participantOf(onlyDialog(await finesse().agent.read(`/Dialog/${task.dialogId}`))).actions).toEqual([
      'START',
      'CLOSE',
    ]);
    const refused = await finesse().agent.put(
      `/Dialog/${task.dialogId}`,
      dialogAction('TRANSFER', AGENT1.loginId, '<toAddress>Elsewhere</toAddress>'),
    );
    expect(apiError(refused)).toMatchObject({ status: 400, type: 'Invalid State', data: 'requestedAction' });
  });

  it('GET /User/{id}/Dialogs lists the tasks beside calls; ?mediaType= and /Media/{mrdId}/Dialogs narrow it to one MRD', async () => {
    await readyIn(CHAT);
    await readyIn(TASK);
    const chat = await offerTask(finesse().emulator, { mrd: CHAT, from: 'Maria Garcia' });
    const task = await offerTask(finesse().emulator, { mrd: TASK, from: 'Callback form' });
    const ids = async (path: string): Promise<unknown[]> => {
      const list = (await finesse().agent.read(path)).Dialogs;
      const dialogs = typeof list === 'object' && list !== null ? ((list as XmlTree).Dialog as XmlTree[]) : [];
      return dialogs.map((dialog) => dialog.id);
    };
    expect(await ids(`/User/${AGENT1.loginId}/Dialogs`)).toEqual([chat.dialogId, task.dialogId]);
    expect(await ids(`/User/${AGENT1.loginId}/Dialogs?mediaType=Chat`)).toEqual([chat.dialogId]);
    expect(await ids(`/User/${AGENT1.loginId}/Dialogs?mediaType=${TASK}`)).toEqual([task.dialogId]);
    expect(await ids(`/User/${AGENT1.loginId}/Media/${TASK}/Dialogs`)).toEqual([task.dialogId]);
  });
});

describe('non-voice dialog requests Finesse refuses', () => {
  let dialogId: string;
  beforeEach(async () => {
    await readyIn(CHAT);
    dialogId = (await offerTask(finesse().emulator, { mrd: CHAT, from: 'Maria Garcia' })).dialogId;
  });

  it.each([
    ['START before ACCEPT', dialogAction('START', AGENT1.loginId), 'Invalid State', 'requestedAction'],
    ['CLOSE while offered', dialogAction('CLOSE', AGENT1.loginId), 'Invalid State', 'requestedAction'],
    ['an unknown action', dialogAction('SNOOZE', AGENT1.loginId), 'Invalid Input', 'requestedAction'],
    [
      'no action',
      `<Dialog><targetMediaAddress>${AGENT1.loginId}</targetMediaAddress></Dialog>`,
      'Parameter Missing',
      'requestedAction',
    ],
    [
      'no target',
      '<Dialog><requestedAction>ACCEPT</requestedAction></Dialog>',
      'Parameter Missing',
      'targetMediaAddress',
    ],
    ['another target', dialogAction('ACCEPT', '9999'), 'Invalid Input', 'targetMediaAddress'],
  ])('%s answers 400 %s naming %s', async (_case, body, type, data) => {
    expect(apiError(await finesse().agent.put(`/Dialog/${dialogId}`, body))).toMatchObject({ status: 400, type, data });
  });

  it('TRANSFER without toAddress answers 400 Parameter Missing', async () => {
    await act(dialogId, 'ACCEPT');
    expect(
      apiError(await finesse().agent.put(`/Dialog/${dialogId}`, dialogAction('TRANSFER', AGENT1.loginId))),
    ).toMatchObject({ status: 400, type: 'Parameter Missing', data: 'toAddress' });
  });

  it('another agent reading or acting on the chat answers 401; an unknown task id 404', async () => {
    const other = new FinesseRestClient(finesse().emulator, AGENT2.loginName);
    expect(apiError(await other.get(`/Dialog/${dialogId}`))).toMatchObject({
      status: 401,
      type: 'Invalid Authorization User Specified',
    });
    expect(apiError(await other.put(`/Dialog/${dialogId}`, dialogAction('ACCEPT', AGENT2.loginId)))).toMatchObject({
      status: 401,
    });
    expect(apiError(await finesse().agent.get('/Dialog/1_5000_1'))).toMatchObject({
      status: 404,
      type: 'Not Found',
      data: '1_5000_1',
    });
  });
});

describe('the per-MRD limit and routing', () => {
  it('an offer beyond maxDialogLimit waits, and is offered when a task closes', async () => {
    await readyIn(CHAT, '1');
    const first = await offerTask(finesse().emulator, { mrd: CHAT, from: 'Maria Garcia' });
    const second = await offerTask(finesse().emulator, { mrd: CHAT, from: 'David Chen' });
    expect([first.state, second.state]).toEqual(['OFFERED', 'WAITING']);
    await act(first.dialogId, 'ACCEPT');
    await act(first.dialogId, 'CLOSE');
    const posted = await dialogUpdate(second.dialogId, 'POST');
    expect(((dataOf(posted).dialogs as XmlTree).Dialog as XmlTree[])[0]?.state).toBe('OFFERED');
  });

  it('an offer waits while the agent is NOT_READY in the MRD and arrives when they become READY', async () => {
    await finesse().agent.put(`/User/${AGENT1.loginId}/Media/${CHAT}`, mediaLogin('2'), 'in');
    await finesse().listener.next((update) => update.requestId === 'in');
    const waiting = await offerTask(finesse().emulator, { mrd: CHAT, from: 'Maria Garcia', agent: AGENT1.loginName });
    expect(waiting.state).toBe('WAITING');
    await finesse().agent.put(`/User/${AGENT1.loginId}/Media/${CHAT}`, mediaState('READY'));
    await dialogUpdate(waiting.dialogId, 'POST');
  });

  it('signing out with dialogLogoutAction CLOSE closes the open tasks', async () => {
    await readyIn(CHAT);
    const { dialogId } = await offerTask(finesse().emulator, { mrd: CHAT, from: 'Maria Garcia' });
    await act(dialogId, 'ACCEPT');
    await finesse().agent.put(`/User/${AGENT1.loginId}/Media/${CHAT}`, mediaState('LOGOUT'));
    const deleted = await dialogUpdate(dialogId, 'DELETE');
    expect(((dataOf(deleted).dialogs as XmlTree).Dialog as XmlTree[])[0]?.state).toBe('CLOSED');
  });
});

describe('interruption by a voice call', () => {
  async function onACall(): Promise<string> {
    await finesse().agent.put(`/User/${AGENT1.loginId}`, signIn(AGENT1.extension), 'voice-in');
    await finesse().listener.next((update) => update.requestId === 'voice-in');
    await finesse().agent.put(`/User/${AGENT1.loginId}`, ready, 'voice-ready');
    await finesse().listener.next((update) => update.requestId === 'voice-ready');
    return control(finesse().emulator).ring('4155550123', AGENT1.extension);
  }

  it('a call interrupts an interruptible MRD signed in with ACCEPT: Media INTERRUPTED, the task INTERRUPTED without actions, and back after the call', async () => {
    await readyIn(TASK, '2', 'ACCEPT');
    const { dialogId } = await offerTask(finesse().emulator, { mrd: TASK, from: 'Callback form' });
    await act(dialogId, 'ACCEPT');
    await act(dialogId, 'START');
    const mediaNode = `/finesse/api/User/${AGENT1.loginId}/Media/${TASK}`;

    const callId = await onACall();
    const interrupted = await finesse().listener.next(
      (update) => update.node === mediaNode && update.xml.includes('<state>INTERRUPTED</state>'),
    );
    expect(interrupted.source).toBe(mediaNode);
    const dialog = onlyDialog(await finesse().agent.read(`/Dialog/${dialogId}`));
    expect([dialog.state, participantOf(dialog).actions]).toEqual(['INTERRUPTED', []]);
    expect(
      apiError(await finesse().agent.put(`/Dialog/${dialogId}`, dialogAction('PAUSE', AGENT1.loginId))),
    ).toMatchObject({ status: 400, type: 'Invalid State' });

    await request(finesse().emulator.url).delete(`/sandbox/calls/${callId}`).expect(204);
    await finesse().listener.next(
      (update) => update.node === mediaNode && update.xml.includes('<state>ACTIVE</state>'),
    );
    expect(await dialogState(dialogId)).toBe('ACTIVE');
  });

  it('a call leaves a non-interruptible MRD (Chat) and an MRD signed in with IGNORE untouched', async () => {
    await readyIn(CHAT, '2', 'ACCEPT');
    await readyIn(TASK, '2', 'IGNORE');
    const chat = await offerTask(finesse().emulator, { mrd: CHAT, from: 'Maria Garcia' });
    const task = await offerTask(finesse().emulator, { mrd: TASK, from: 'Callback form' });
    for (const id of [chat.dialogId, task.dialogId]) {
      await act(id, 'ACCEPT');
      await act(id, 'START');
    }
    await onACall();
    await finesse().listener.next(
      (update) =>
        update.node === `/finesse/api/User/${AGENT1.loginId}` && update.xml.includes('<state>RESERVED</state>'),
    );
    expect(await dialogState(chat.dialogId)).toBe('ACTIVE');
    expect(await dialogState(task.dialogId)).toBe('ACTIVE');
    expect(((await finesse().agent.read(`/User/${AGENT1.loginId}/Media/${TASK}`)).Media as XmlTree).state).toBe(
      'ACTIVE',
    );
  });
});

describe('a sandbox reset', () => {
  it('closes the open tasks (a Dialogs DELETE) and announces the Media LOGOUT', async () => {
    await readyIn(CHAT);
    const { dialogId } = await offerTask(finesse().emulator, { mrd: CHAT, from: 'Maria Garcia' });
    await dialogUpdate(dialogId, 'POST');
    await request(finesse().emulator.url).post('/sandbox/reset').expect(204);
    const deleted = await dialogUpdate(dialogId, 'DELETE');
    expect(((dataOf(deleted).dialogs as XmlTree).Dialog as XmlTree[])[0]?.state).toBe('CLOSED');
    const mediaNode = `/finesse/api/User/${AGENT1.loginId}/Media/${CHAT}`;
    await finesse().listener.next(
      (update) => update.node === mediaNode && update.xml.includes('<state>LOGOUT</state>'),
    );
  });
});
