import { describe, expect, it } from 'vitest';
import { AGENT1, control, dialogAction, ready, signIn } from '../../kit/finesse-client.js';
import { dataOf } from '../../kit/finesse-notifications.js';
import type { ReceivedUpdate } from '../../kit/finesse-notifications.js';
import { useListeningFinesse } from '../../kit/listening-finesse.js';
import type { XmlTree } from '../../kit/finesse-xml.js';

const finesse = useListeningFinesse();

/** The Dialog a PUT notification carries (a list of one, as the kit parses Dialog elements). */
function changedDialog(update: ReceivedUpdate): XmlTree | undefined {
  return (dataOf(update).Dialog as XmlTree[] | undefined)?.[0];
}

const userNode = `/finesse/api/User/${AGENT1.loginId}`;
const dialogsNode = `${userNode}/Dialogs`;

describe('Finesse notifications over XMPP (a real @xmpp/client)', () => {
  it('a sign-in over REST answers 202 with an empty body and the User notification brings NOT_READY with the echoed requestId', async () => {
    const response = await finesse().agent.put(`/User/${AGENT1.loginId}`, signIn(AGENT1.extension), 'signin-1');
    expect(response.status).toBe(202);
    expect(response.text).toBe('');
    expect(response.headers.requestid).toBe('signin-1');
    const update = await finesse().listener.next((candidate) => candidate.node === userNode);
    expect([update.event, update.requestId, update.source]).toEqual(['PUT', 'signin-1', userNode]);
    const user = dataOf(update).user as XmlTree;
    expect([user.state, user.extension, user.loginId]).toEqual(['NOT_READY', AGENT1.extension, AGENT1.loginId]);
  });

  it('READY while logged out answers 202, then an apiErrors notification with Invalid State and the requestId', async () => {
    const response = await finesse().agent.put(`/User/${AGENT1.loginId}`, ready, 'too-early');
    expect(response.status).toBe(202);
    const update = await finesse().listener.next((candidate) => candidate.requestId === 'too-early');
    const error = ((dataOf(update).apiErrors as XmlTree).apiError as XmlTree[])[0]!;
    expect([error.errorType, error.errorMessage, error.errorData]).toEqual([
      'Invalid State',
      'CF_INVALID_OBJECT_STATE',
      '22',
    ]);
    // The captured 12.5 error update says "put" in lowercase.
    expect(update.xml).toContain('<event>put</event>');
  });

  it('a ringing call arrives as a Dialogs POST and answering it as a PUT from the Dialog', async () => {
    await finesse().agent.put(`/User/${AGENT1.loginId}`, signIn(AGENT1.extension));
    await finesse().agent.put(`/User/${AGENT1.loginId}`, ready);
    const dialogId = await control(finesse().emulator).ring('4155550123', AGENT1.extension, {
      'user.POD.ID': 'pod-77',
    });

    const posted = await finesse().listener.next(
      (candidate) => candidate.node === dialogsNode && candidate.event === 'POST',
    );
    expect(posted.source).toBe(dialogsNode);
    const dialog = ((dataOf(posted).dialogs as XmlTree).Dialog as XmlTree[])[0]!;
    expect([dialog.id, dialog.state, dialog.fromAddress]).toEqual([dialogId, 'ALERTING', '4155550123']);
    const variables = ((dialog.mediaProperties as XmlTree).callvariables as XmlTree).CallVariable as XmlTree[];
    expect(variables).toContainEqual({ name: 'user.POD.ID', value: 'pod-77' });

    const answered = await finesse().agent.put(
      `/Dialog/${dialogId}`,
      dialogAction('ANSWER', AGENT1.extension),
      'answer-1',
    );
    expect(answered.status).toBe(202);
    const put = await finesse().listener.next(
      (candidate) => candidate.node === dialogsNode && candidate.event === 'PUT' && candidate.requestId === 'answer-1',
    );
    expect(put.source).toBe(`/finesse/api/Dialog/${dialogId}`);
    expect(changedDialog(put)?.state).toBe('ACTIVE');
    const talking = await finesse().listener.next(
      (candidate) => candidate.node === userNode && (dataOf(candidate).user as XmlTree).state === 'TALKING',
    );
    expect(talking.requestId).toBe('answer-1');
  });

  it('the caller hanging up ends with a Dialogs DELETE after wrap-up', async () => {
    await finesse().agent.put(`/User/${AGENT1.loginId}`, signIn(AGENT1.extension));
    const dialogId = await control(finesse().emulator).ring('4155550123', AGENT1.extension);
    await finesse().agent.put(`/Dialog/${dialogId}`, dialogAction('ANSWER', AGENT1.extension));
    await control(finesse().emulator).raw().delete(`/sandbox/calls/${dialogId}`).expect(204);
    await finesse().listener.next(
      (candidate) => candidate.event === 'PUT' && changedDialog(candidate)?.state === 'DROPPED',
    );
    await finesse().agent.put(
      `/User/${AGENT1.loginId}`,
      '<User><state>NOT_READY</state><reasonCodeId>1</reasonCodeId></User>',
    );
    const removed = await finesse().listener.next((candidate) => candidate.event === 'DELETE');
    expect(removed.source).toBe(dialogsNode);
  });

  it('user notifications list their children in alphabetical order, as 12.5 sends them', async () => {
    await finesse().agent.put(`/User/${AGENT1.loginId}`, signIn(AGENT1.extension));
    const update = await finesse().listener.next((candidate) => candidate.node === userNode);
    const names = [...update.xml.matchAll(/^ {6}<([A-Za-z]+)>/gm)].map((match) => match[1]);
    expect(names.length).toBeGreaterThan(10);
    expect(names).toEqual([...names].sort());
  });

  it('taking Finesse out of service publishes SystemInfo with OUT_OF_SERVICE', async () => {
    await control(finesse().emulator).raw().post('/sandbox/system').send({ status: 'OUT_OF_SERVICE' }).expect(200);
    const update = await finesse().listener.next((candidate) => candidate.node === '/finesse/api/SystemInfo');
    expect((dataOf(update).SystemInfo as XmlTree).status).toBe('OUT_OF_SERVICE');
  });
});
