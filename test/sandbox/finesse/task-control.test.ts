import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { AGENT1, AGENT2, FinesseRestClient, useResetFinesse } from '../../kit/finesse-client.js';
import type { XmlTree } from '../../kit/finesse-xml.js';
import { CHAT, EMAIL, mediaLogin, mediaState, offerTask, onlyDialog } from '../../kit/finesse-media.js';

const emulator = useResetFinesse();
const demoEmulator = useResetFinesse({ demoTasks: true });

async function readyIn(client: FinesseRestClient, loginId: string, mrdId: string): Promise<void> {
  expect((await client.put(`/User/${loginId}/Media/${mrdId}`, mediaLogin('2'))).status).toBe(202);
  expect((await client.put(`/User/${loginId}/Media/${mrdId}`, mediaState('READY'))).status).toBe(202);
}

describe('POST /sandbox/tasks', () => {
  it('with no agent signed in to the MRD answers 201 WAITING with the dialogId the task will have', async () => {
    const answer = await offerTask(emulator(), { mrd: 'Email', from: 'maria.garcia@example.com', subject: 'Refund' });
    expect(answer.state).toBe('WAITING');
    expect(answer.dialogId).toMatch(/^[0-9]+_5001_1$/);
    expect(answer).not.toHaveProperty('loginId');
  });

  it('naming an agent offers it to that agent only, even when another has room', async () => {
    const agent1 = new FinesseRestClient(emulator(), AGENT1.loginName);
    const agent2 = new FinesseRestClient(emulator(), AGENT2.loginName);
    await readyIn(agent1, AGENT1.loginId, CHAT);
    await readyIn(agent2, AGENT2.loginId, CHAT);
    const answer = await offerTask(emulator(), { mrd: CHAT, from: 'Maria Garcia', agent: AGENT2.loginName });
    expect(answer).toMatchObject({ state: 'OFFERED', loginId: AGENT2.loginId });
    expect(onlyDialog(await agent2.read(`/Dialog/${answer.dialogId}`)).state).toBe('OFFERED');
  });

  it.each([
    ['an unknown MRD', { mrd: 'Fax', from: 'x' }, 404, 'unknown_mrd'],
    ['the voice MRD', { mrd: 'Cisco_Voice', from: 'x' }, 404, 'unknown_mrd'],
    ['an unknown agent', { mrd: CHAT, from: 'x', agent: 'nobody' }, 404, 'unknown_agent'],
    ['no from', { mrd: CHAT }, 400, 'invalid_request'],
    ['a from longer than callVariable1 holds', { mrd: CHAT, from: 'x'.repeat(41) }, 400, 'invalid_request'],
    ['an unknown field', { mrd: CHAT, from: 'x', priority: 1 }, 400, 'invalid_request'],
    [
      'a variable that is not a call or ECC variable',
      { mrd: CHAT, from: 'x', variables: { colour: 'red' } },
      400,
      'invalid_variables',
    ],
  ])('%s answers %s %s as JSON', async (_case, body, status, code) => {
    const response = await request(emulator().url).post('/sandbox/tasks').send(body);
    expect(response.status).toBe(status);
    expect((response.body as { error: { code: string; message: string } }).error).toMatchObject({
      code,
      message: expect.any(String) as string,
    });
  });

  it('a reset drops waiting tasks', async () => {
    await offerTask(emulator(), { mrd: CHAT, from: 'Maria Garcia' });
    await request(emulator().url).post('/sandbox/reset').expect(204);
    const agent1 = new FinesseRestClient(emulator(), AGENT1.loginName);
    await readyIn(agent1, AGENT1.loginId, CHAT);
    expect((await agent1.read(`/User/${AGENT1.loginId}/Dialogs`)).Dialogs).toBe('');
  });
});

describe('the demo chats and emails', () => {
  it("wait for the first Ready agent: Maria Garcia's chat in Chat and her email in Email", async () => {
    const agent1 = new FinesseRestClient(demoEmulator(), AGENT1.loginName);
    await readyIn(agent1, AGENT1.loginId, CHAT);
    await readyIn(agent1, AGENT1.loginId, EMAIL);
    const dialogs = ((await agent1.read(`/User/${AGENT1.loginId}/Dialogs`)).Dialogs as XmlTree).Dialog as XmlTree[];
    expect(dialogs.map((dialog) => [dialog.mediaType, dialog.fromAddress])).toEqual([
      ['Chat', 'Maria Garcia'],
      ['Email', 'maria.garcia@example.com'],
    ]);
  });
});
