import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AGENT1, AGENT2, apiError } from '../../kit/finesse-client.js';
import { dataOf } from '../../kit/finesse-notifications.js';
import { useListeningFinesse } from '../../kit/listening-finesse.js';
import type { XmlTree } from '../../kit/finesse-xml.js';
import { childOrder, elementPaths, parseXml } from '../../kit/finesse-xml.js';
import { CHAT, EMAIL, mediaLogin, mediaState } from '../../kit/finesse-media.js';

const finesse = useListeningFinesse();

const chatPath = `/User/${AGENT1.loginId}/Media/${CHAT}`;
const chatNode = `/finesse/api${chatPath}`;

async function media(path = chatPath): Promise<XmlTree> {
  return (await finesse().agent.read(path)).Media as XmlTree;
}

function mediaUpdate(requestId: string): Promise<XmlTree> {
  return finesse()
    .listener.next((update) => update.node === chatNode && update.requestId === requestId)
    .then((update) => dataOf(update).Media as XmlTree);
}

describe('Media Routing Domains and Media objects', () => {
  it('GET /MediaRoutingDomains lists Cisco_Voice as voice and Chat, Email and Task as multichannel', async () => {
    const domains = ((await finesse().agent.read('/MediaRoutingDomains')).MediaRoutingDomains as XmlTree)
      .MediaRoutingDomain as XmlTree[];
    expect(domains.map((domain) => [domain.id, domain.name, domain.type])).toEqual([
      ['1', 'Cisco_Voice', 'voice'],
      ['5000', 'Chat', 'multichannel'],
      ['5001', 'Email', 'multichannel'],
      ['5002', 'Task', 'multichannel'],
    ]);
  });

  it('GET /User/{id}/Media lists the three non-voice MRDs, signed out', async () => {
    const list = (await finesse().agent.read(`/User/${AGENT1.loginId}/Media`)).MediaList as XmlTree;
    const items = list.Media as XmlTree[];
    expect(items.map((item) => [item.id, item.name, item.state, item.interruptible])).toEqual([
      ['5000', 'Chat', 'LOGOUT', 'false'],
      ['5001', 'Email', 'LOGOUT', 'true'],
      ['5002', 'Task', 'LOGOUT', 'true'],
    ]);
  });

  it('signing in to an MRD answers 202 and the Media notification brings NOT_READY, routable, with the chosen options', async () => {
    const response = await finesse().agent.put(
      chatPath,
      mediaLogin('3', 'IGNORE', '<dialogLogoutAction>TRANSFER</dialogLogoutAction>'),
      'chat-in',
    );
    expect([response.status, response.text, response.headers.requestid]).toEqual([202, '', 'chat-in']);
    const update = await finesse().listener.next((candidate) => candidate.node === chatNode);
    expect([update.event, update.source, update.requestId]).toEqual(['PUT', chatNode, 'chat-in']);
    const pushed = dataOf(update).Media as XmlTree;
    expect([
      pushed.state,
      pushed.routable,
      pushed.maxDialogLimit,
      pushed.interruptAction,
      pushed.dialogLogoutAction,
    ]).toEqual(['NOT_READY', 'true', '3', 'IGNORE', 'TRANSFER']);
    expect((await media()).state).toBe('NOT_READY');
  });

  it('a signed-in Media object, Not Ready with a reason, has the documented elements in the documented order', async () => {
    await finesse().agent.put(chatPath, mediaLogin('2', 'IGNORE'), 'in');
    await mediaUpdate('in');
    await finesse().agent.put(chatPath, mediaState('NOT_READY', '<reasonCodeId>1</reasonCodeId>'), 'break');
    await mediaUpdate('break');
    const response = await finesse().agent.get(chatPath);
    const documented = readFileSync(new URL('./fixtures/media.xml', import.meta.url), 'utf8');
    // The emulator's ReasonCode is the one User objects carry, which adds systemCode.
    const emulated = [...elementPaths(response.text)].filter((path) => path !== 'Media/ReasonCode/systemCode');
    expect(new Set(emulated)).toEqual(elementPaths(documented));
    expect(childOrder(response.text, ['Media'])).toEqual(childOrder(documented, ['Media']));
  });

  it('READY, NOT_READY with a reason code and LOGOUT are each published on the Media node', async () => {
    await finesse().agent.put(chatPath, mediaLogin('2'), 'in');
    await mediaUpdate('in');
    await finesse().agent.put(chatPath, mediaState('READY'), 'ready');
    expect((await mediaUpdate('ready')).state).toBe('READY');
    await finesse().agent.put(chatPath, mediaState('NOT_READY', '<reasonCodeId>1</reasonCodeId>'), 'break');
    const notReady = await mediaUpdate('break');
    expect([notReady.state, notReady.reasonCodeId, (notReady.ReasonCode as XmlTree[])[0]?.id]).toEqual([
      'NOT_READY',
      '1',
      '1',
    ]);
    await finesse().agent.put(chatPath, mediaState('LOGOUT'), 'out');
    expect((await mediaUpdate('out')).state).toBe('LOGOUT');
  });

  it('signing in twice answers 202 and then the documented ARM error with errorMedia on the Media node', async () => {
    await finesse().agent.put(chatPath, mediaLogin('2'), 'in');
    await mediaUpdate('in');
    expect((await finesse().agent.put(chatPath, mediaLogin('2'), 'again')).status).toBe(202);
    const update = await finesse().listener.next((candidate) => candidate.requestId === 'again');
    expect([update.node, update.source]).toEqual([chatNode, chatNode]);
    const error = ((dataOf(update).apiErrors as XmlTree).apiError as XmlTree[])[0]!;
    expect([error.errorType, error.errorMessage, error.errorData, error.errorMedia]).toEqual([
      'Agent already logged into MRD',
      'E_ARM_STAT_AGENT_ALREADY_LOGGED_IN',
      '1',
      CHAT,
    ]);
  });

  it('READY in an MRD one is not signed in to answers 202 and then an ARM error', async () => {
    await finesse().agent.put(`/User/${AGENT1.loginId}/Media/${EMAIL}`, mediaState('READY'), 'early');
    const update = await finesse().listener.next((candidate) => candidate.requestId === 'early');
    const error = ((dataOf(update).apiErrors as XmlTree).apiError as XmlTree[])[0]!;
    expect([update.node, error.errorMessage, error.errorMedia]).toEqual([
      `/finesse/api/User/${AGENT1.loginId}/Media/${EMAIL}`,
      'E_ARM_STAT_AGENT_NOT_LOGGED_IN',
      EMAIL,
    ]);
  });
});

describe('Media requests Finesse refuses at once', () => {
  it.each([
    ['no state', '<Media><maxDialogLimit>2</maxDialogLimit></Media>', 'Parameter Missing', 'state'],
    ['an unknown state', mediaState('TALKING'), 'Invalid Input', 'state'],
    [
      'LOGIN without maxDialogLimit',
      '<Media><state>LOGIN</state><interruptAction>ACCEPT</interruptAction></Media>',
      'Parameter Missing',
      'maxDialogLimit',
    ],
    ['maxDialogLimit 11', mediaLogin('11'), 'Invalid Input', 'maxDialogLimit'],
    ['maxDialogLimit 0', mediaLogin('0'), 'Invalid Input', 'maxDialogLimit'],
    [
      'LOGIN without interruptAction',
      '<Media><state>LOGIN</state><maxDialogLimit>2</maxDialogLimit></Media>',
      'Parameter Missing',
      'interruptAction',
    ],
    ['interruptAction MAYBE', mediaLogin('2', 'MAYBE'), 'Invalid Input', 'interruptAction'],
    [
      'dialogLogoutAction KEEP',
      mediaLogin('2', 'ACCEPT', '<dialogLogoutAction>KEEP</dialogLogoutAction>'),
      'Invalid Input',
      'dialogLogoutAction',
    ],
    [
      'an unknown reason code',
      mediaState('NOT_READY', '<reasonCodeId>12345</reasonCodeId>'),
      'Invalid Input',
      'reasonCodeId',
    ],
    ['a <User> body', '<User><state>READY</state></User>', 'Bad Request', ''],
  ])('%s answers 400 %s naming %s', async (_case, body, type, data) => {
    const response = await finesse().agent.put(chatPath, body);
    expect(apiError(response)).toMatchObject({ status: 400, type, data });
  });

  it('an unknown MRD and the voice MRD answer 404 Not Found', async () => {
    expect(apiError(await finesse().agent.get(`/User/${AGENT1.loginId}/Media/7777`))).toMatchObject({
      status: 404,
      type: 'Not Found',
      data: '7777',
    });
    expect(apiError(await finesse().agent.get(`/User/${AGENT1.loginId}/Media/1`))).toMatchObject({
      status: 404,
      type: 'Not Found',
    });
    expect(apiError(await finesse().agent.put(`/User/${AGENT1.loginId}/Media/7777`, mediaLogin('2')))).toMatchObject({
      status: 404,
    });
  });

  it("another agent's Media answers 401 Invalid Authorization User Specified", async () => {
    const response = await finesse().agent.get(`/User/${AGENT2.loginId}/Media`);
    expect(apiError(response)).toMatchObject({
      status: 401,
      type: 'Invalid Authorization User Specified',
      data: AGENT1.loginId,
    });
    const put = await finesse().agent.put(`/User/${AGENT2.loginId}/Media/${CHAT}`, mediaLogin('2'));
    expect(apiError(put)).toMatchObject({ status: 401, type: 'Invalid Authorization User Specified' });
    expect(parseXml(put.text).ApiErrors).toBeDefined();
  });
});
