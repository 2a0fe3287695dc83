import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FinesseEmulator } from '../../../bff/sandbox/finesse/finesse-emulator.js';
import { FinesseClient } from '../../../bff/src/finesse/finesse-client.js';
import type { FinesseCallReport } from '../../../bff/src/finesse/types.js';
import { AGENT1, SUPER1, control, startFinesse } from '../../kit/finesse-client.js';
import { credentialsFor, signInAgent1 } from './client-test-kit.js';

const CALLER = '4155550123';
const agent1 = credentialsFor(AGENT1.loginName);
const super1 = credentialsFor(SUPER1.loginName);

let emulator: FinesseEmulator;
let client: FinesseClient;
let reports: FinesseCallReport[];

beforeEach(async () => {
  emulator = await startFinesse();
  reports = [];
  client = new FinesseClient({ baseUrl: emulator.url, timeoutMs: 5_000, onCall: (report) => reports.push(report) });
});

afterEach(async () => {
  await client.close();
  await emulator.close();
});

describe('FinesseClient reads', () => {
  it('systemInfo without credentials: in service, with the XMPP and pubsub domains', async () => {
    expect(await client.systemInfo()).toEqual({
      status: 'IN_SERVICE',
      deploymentType: 'UCCE',
      xmppDomain: 'finesse.sandbox',
      pubsubDomain: 'pubsub.finesse.sandbox',
      authMode: 'NON_SSO',
    });
  });

  it('getUser by loginId and by loginName: the same signed-out agent with an empty extension', async () => {
    const byId = await client.getUser(agent1, AGENT1.loginId);
    expect(byId).toMatchObject({
      id: '1001001',
      loginName: 'agent1',
      firstName: 'Alex',
      extension: '',
      state: 'LOGOUT',
      roles: ['Agent'],
      team: { id: '5000' },
    });
    expect(await client.getUser(agent1, AGENT1.loginName)).toEqual(byId);
  });

  it('getUser of a supervisor: both roles and the supervised team', async () => {
    expect(await client.getUser(super1, SUPER1.loginId)).toMatchObject({
      roles: ['Agent', 'Supervisor'],
      supervisedTeams: [{ id: '5000', name: 'Customer Care' }],
    });
  });

  it('reasonCodes per category: the Not Ready codes and the sign-out codes', async () => {
    const notReady = await client.reasonCodes(agent1, AGENT1.loginId, 'NOT_READY');
    expect(notReady[0]).toEqual({ id: '1', code: '10', label: 'Break', category: 'NOT_READY', systemCode: false });
    expect(notReady.every((reason) => reason.category === 'NOT_READY')).toBe(true);
    expect((await client.reasonCodes(agent1, AGENT1.loginId, 'LOGOUT')).map((reason) => reason.id)).toEqual([
      '21',
      '22',
    ]);
  });

  it('wrapUpReasons: every configured reason with its id', async () => {
    expect((await client.wrapUpReasons(agent1, AGENT1.loginId))[0]).toEqual({ id: '1', label: 'Question answered' });
  });

  it('dialogs of an agent without calls: none', async () => {
    expect(await client.dialogs(agent1, AGENT1.loginId)).toEqual([]);
  });

  it('dialogs and dialog of a ringing ACD call: the caller, the queue and the variables the IVR attached', async () => {
    await signInAgent1(client, true);
    const dialogId = await control(emulator).ring(CALLER, AGENT1.extension, {
      'user.POD.ID': 'pod-007',
      callVariable1: 'A & <B>',
    });
    const [listed] = await client.dialogs(agent1, AGENT1.loginId);
    expect(listed).toMatchObject({
      id: dialogId,
      state: 'ALERTING',
      from: CALLER,
      callType: 'ACD_IN',
      queue: { number: '5022', name: 'CustomerCare.SG' },
    });
    expect(listed?.variables).toMatchObject({ 'user.POD.ID': 'pod-007', callVariable1: 'A & <B>' });
    expect(listed?.participants.find((participant) => participant.kind === 'agent')).toEqual({
      address: '1001001',
      kind: 'agent',
      state: 'ALERTING',
      actions: ['ANSWER'],
    });
    expect(await client.dialog(agent1, dialogId)).toEqual(listed);
  });

  it('team for its supervisor: every member with state and extension', async () => {
    await signInAgent1(client);
    const team = await client.team(super1, '5000');
    expect(team.name).toBe('Customer Care');
    expect(team.members.find((member) => member.id === AGENT1.loginId)).toMatchObject({
      state: 'NOT_READY',
      extension: '1001001',
    });
    expect(team.members).toHaveLength(3);
  });
});

describe('FinesseClient writes', () => {
  it('setState LOGIN is accepted and the agent reads back NOT_READY at the extension', async () => {
    await signInAgent1(client);
    expect(await client.getUser(agent1, AGENT1.loginId)).toMatchObject({ state: 'NOT_READY', extension: '1001001' });
  });

  it('setState NOT_READY with a reason code: the agent reads back with that reason', async () => {
    await signInAgent1(client, true);
    await client.setState(agent1, AGENT1.loginId, { state: 'NOT_READY', reasonCodeId: '2' }, 'lunch');
    expect((await client.getUser(agent1, AGENT1.loginId)).reasonCode).toEqual({ id: '2', code: '11', label: 'Lunch' });
  });

  it('makeCall with call variables holding markup, entities, ]]> and quotes: the new dialog carries them intact', async () => {
    await signInAgent1(client);
    const variables = { callVariable1: `<b>"x" & 'y'</b>`, 'user.note': 'a]]>b &amp; <c/>' };
    await client.makeCall(
      agent1,
      AGENT1.loginId,
      { fromAddress: AGENT1.extension, toAddress: '5551234', variables },
      'call-1',
    );
    const [dialog] = await client.dialogs(agent1, AGENT1.loginId);
    expect(dialog).toMatchObject({ from: '1001001', to: '5551234', callType: 'AGENT_OUT' });
    expect(dialog?.variables).toMatchObject(variables);
  });

  it('dialogAction ANSWER on a ringing call: the call reads back ACTIVE', async () => {
    await signInAgent1(client, true);
    const dialogId = await control(emulator).ring(CALLER, AGENT1.extension);
    await client.dialogAction(
      agent1,
      dialogId,
      { requestedAction: 'ANSWER', targetMediaAddress: AGENT1.extension },
      'answer',
    );
    expect((await client.dialog(agent1, dialogId)).state).toBe('ACTIVE');
  });

  it('dialogAction UPDATE_CALL_DATA with a wrap-up reason and a variable holding markup: both read back intact', async () => {
    await signInAgent1(client, true);
    const dialogId = await control(emulator).ring(CALLER, AGENT1.extension);
    await client.dialogAction(
      agent1,
      dialogId,
      { requestedAction: 'ANSWER', targetMediaAddress: AGENT1.extension },
      'answer',
    );
    const wrapUpReason = `"Sold" & <shipped> ]]>`;
    await client.dialogAction(
      agent1,
      dialogId,
      { requestedAction: 'UPDATE_CALL_DATA', wrapUpReason, variables: { callVariable2: `it's <2> & "3"` } },
      'data',
    );
    const dialog = await client.dialog(agent1, dialogId);
    expect(dialog.wrapUpReason).toBe(wrapUpReason);
    expect(dialog.variables.callVariable2).toBe(`it's <2> & "3"`);
  });

  it('dialogAction HOLD then RETRIEVE on an active call: held, then active again', async () => {
    await signInAgent1(client, true);
    const dialogId = await control(emulator).ring(CALLER, AGENT1.extension);
    const act = (requestedAction: string) =>
      client.dialogAction(agent1, dialogId, { requestedAction, targetMediaAddress: AGENT1.extension }, requestedAction);
    await act('ANSWER');
    await act('HOLD');
    const held = await client.dialog(agent1, dialogId);
    expect(held.participants.find((participant) => participant.kind === 'agent')?.state).toBe('HELD');
    await act('RETRIEVE');
    expect(
      (await client.dialog(agent1, dialogId)).participants.find((participant) => participant.kind === 'agent')?.state,
    ).toBe('ACTIVE');
  });
});

describe('FinesseClient reports each call to onCall', () => {
  it('with its operation, outcome ok and Finesse status: 200 for reads, 202 for writes', async () => {
    await client.getUser(agent1, AGENT1.loginId);
    await signInAgent1(client);
    expect(reports.map(({ operation, outcome, status }) => ({ operation, outcome, status }))).toEqual([
      { operation: 'getUser', outcome: 'ok', status: 200 },
      { operation: 'setState', outcome: 'ok', status: 202 },
    ]);
    expect(reports.every((report) => report.durationMs >= 0)).toBe(true);
  });

  it('and a throwing onCall hook does not fail the call', async () => {
    const throwing = new FinesseClient({
      baseUrl: emulator.url,
      timeoutMs: 5_000,
      onCall: () => {
        throw new Error('metrics down');
      },
    });
    await expect(throwing.systemInfo()).resolves.toMatchObject({ status: 'IN_SERVICE' });
    await throwing.close();
  });
});
