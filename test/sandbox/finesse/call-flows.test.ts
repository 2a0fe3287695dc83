import { describe, expect, it } from 'vitest';
import { callCenter, dialogEvents, userEvents } from '../../kit/call-center.js';
import { FinesseApiError } from '../../../bff/sandbox/finesse/model/errors.js';

const CALLER = '4155550123';

function thrown(action: () => unknown): FinesseApiError {
  try {
    action();
  } catch (error) {
    if (error instanceof FinesseApiError) return error;
    throw error;
  }
  throw new Error('expected a FinesseApiError');
}

/** agent1 READY with an answered inbound call. */
function connectedCall() {
  const center = callCenter();
  center.signIn('agent1', true);
  const id = center.calls.ringInbound({ from: CALLER, to: '1001001' });
  center.calls.act(center.user('agent1'), id, { requestedAction: 'ANSWER', targetMediaAddress: '1001001' }, 'answer');
  center.take();
  return { center, id };
}

describe('an inbound call to a READY agent (CTI event mappings, incoming call)', () => {
  it('rings as ALERTING at the agent with the caller INITIATED, reserves the agent, and is an ACD call from the queue', () => {
    const center = callCenter();
    center.signIn('agent1', true);
    const id = center.calls.ringInbound({
      from: CALLER,
      to: '1001001',
      variables: new Map([['user.POD.ID', 'pod-1']]),
    });
    const events = center.take();
    expect(dialogEvents(events)).toEqual([`POST agent1 ${id} ALERTING`]);
    expect(userEvents(events)).toEqual(['agent1 RESERVED']);
    const dialog = center.dialog('agent1');
    expect([dialog.callType, dialog.queueName, dialog.fromAddress, dialog.toAddress]).toEqual([
      'ACD_IN',
      'CustomerCare.SG',
      CALLER,
      '1001001',
    ]);
    expect(center.participant(dialog, '1001001')).toMatchObject({
      state: 'ALERTING',
      actions: ['ANSWER'],
      mediaAddressType: 'AGENT_DEVICE',
    });
    expect(center.participant(dialog, CALLER)).toMatchObject({
      state: 'INITIATED',
      actions: ['UPDATE_CALL_DATA', 'DROP'],
      mediaAddressType: '',
    });
    expect(dialog.variables.get('user.POD.ID')).toBe('pod-1');
    expect(dialog.variables.get('callVariable1')).toBe('');
  });

  it('answered, becomes ACTIVE for both participants and the agent TALKING, echoing the requestId', () => {
    const center = callCenter();
    center.signIn('agent1', true);
    const id = center.calls.ringInbound({ from: CALLER, to: '1001001' });
    center.take();
    center.calls.act(center.user('agent1'), id, { requestedAction: 'ANSWER', targetMediaAddress: '1001001' }, 'req-7');
    const events = center.take();
    expect(dialogEvents(events)).toEqual([`PUT agent1 ${id} ACTIVE`]);
    expect(userEvents(events)).toEqual(['agent1 TALKING']);
    expect(events.every((event) => !('requestId' in event) || event.requestId === 'req-7')).toBe(true);
    expect(center.dialog('agent1').participants.map((participant) => participant.state)).toEqual(['ACTIVE', 'ACTIVE']);
  });

  it('to a NOT_READY agent rings as a direct call (OTHER_IN) without changing their state', () => {
    const center = callCenter();
    center.signIn('agent1');
    center.calls.ringInbound({ from: CALLER, to: '1001001' });
    expect(userEvents(center.take())).toEqual([]);
    expect(center.dialog('agent1').callType).toBe('OTHER_IN');
  });

  it('abandoned while ringing returns the agent to READY and removes the dialog', () => {
    const center = callCenter();
    center.signIn('agent1', true);
    const id = center.calls.ringInbound({ from: CALLER, to: '1001001' });
    center.take();
    expect(center.calls.hangUpCaller(id)).toBe(true);
    const events = center.take();
    expect(dialogEvents(events)).toEqual([`PUT agent1 ${id} DROPPED`, `DELETE agent1 ${id} DROPPED`]);
    expect(center.state('agent1')).toBe('READY');
  });
});

describe('hold and retrieve (CTI event mappings, holding a call)', () => {
  it('HOLD makes the agent participant HELD and the agent HOLD; RETRIEVE makes both active again', () => {
    const { center, id } = connectedCall();
    center.calls.act(center.user('agent1'), id, { requestedAction: 'HOLD', targetMediaAddress: '1001001' }, '');
    expect(center.participant(center.dialog('agent1'), '1001001')).toMatchObject({
      state: 'HELD',
      actions: ['RETRIEVE', 'UPDATE_CALL_DATA', 'DROP'],
    });
    expect(center.state('agent1')).toBe('HOLD');
    center.calls.act(center.user('agent1'), id, { requestedAction: 'RETRIEVE', targetMediaAddress: '1001001' }, '');
    expect(center.participant(center.dialog('agent1'), '1001001').state).toBe('ACTIVE');
    expect(center.state('agent1')).toBe('TALKING');
  });
});

describe('the end of a call and wrap-up', () => {
  it('the caller hanging up publishes caller DROPPED on an ACTIVE dialog, then the call cleared with the agent in WRAP_UP', () => {
    const { center, id } = connectedCall();
    center.calls.hangUpCaller(id);
    const events = center.take();
    expect(dialogEvents(events)).toEqual([`PUT agent1 ${id} ACTIVE`, `PUT agent1 ${id} DROPPED`]);
    expect(userEvents(events)).toEqual(['agent1 WORK_READY']);
    expect(center.participant(center.dialog('agent1'), '1001001')).toMatchObject({
      state: 'WRAP_UP',
      actions: ['UPDATE_CALL_DATA'],
    });
  });

  it('a wrap-up reason set in wrap-up is kept, and READY removes the dialog', () => {
    const { center, id } = connectedCall();
    center.calls.hangUpCaller(id);
    center.calls.act(
      center.user('agent1'),
      id,
      { requestedAction: 'UPDATE_CALL_DATA', wrapUpReason: 'Order placed' },
      '',
    );
    expect(center.dialog('agent1').wrapUpReason).toBe('Order placed');
    center.take();
    center.roster.requestState(center.user('agent1'), center.user('agent1'), { state: 'READY' }, 'r');
    const events = center.take();
    expect(userEvents(events)).toEqual(['agent1 READY']);
    expect(dialogEvents(events)).toEqual([`DELETE agent1 ${id} DROPPED`]);
  });

  it('the wrap-up timer moves WORK_READY to READY by itself and removes the dialog', () => {
    const { center, id } = connectedCall();
    center.calls.hangUpCaller(id);
    center.take();
    center.scheduler.advance(59_000);
    expect(center.state('agent1')).toBe('WORK_READY');
    center.scheduler.advance(1_000);
    expect(center.state('agent1')).toBe('READY');
    expect(dialogEvents(center.take())).toEqual([`DELETE agent1 ${id} DROPPED`]);
  });

  it('NOT_READY asked for during the call is pending, then applies after wrap-up (WORK, then NOT_READY with its reason)', () => {
    const { center, id } = connectedCall();
    center.roster.requestState(
      center.user('agent1'),
      center.user('agent1'),
      { state: 'NOT_READY', reasonCodeId: '2' },
      '',
    );
    expect(center.roster.status('1001001')).toMatchObject({ state: 'TALKING', pendingState: 'NOT_READY' });
    center.calls.act(center.user('agent1'), id, { requestedAction: 'DROP', targetMediaAddress: '1001001' }, '');
    expect(center.roster.status('1001001')).toMatchObject({ state: 'WORK', pendingState: '' });
    center.scheduler.advance(60_000);
    expect(center.roster.status('1001001')).toMatchObject({ state: 'NOT_READY', reasonCodeId: '2' });
  });
});

describe('outbound calls (CTI event mappings, outgoing call)', () => {
  it('MAKE_CALL from READY goes Not Ready (50006), INITIATING, INITIATED, ALERTING, then ACTIVE when the far end answers', () => {
    const center = callCenter();
    center.signIn('agent1', true);
    center.calls.create(
      center.user('agent1'),
      center.user('agent1'),
      { requestedAction: 'MAKE_CALL', fromAddress: '1001001', toAddress: '6505550199' },
      'mc',
    );
    const events = center.take();
    expect(userEvents(events)).toEqual(['agent1 NOT_READY', 'agent1 TALKING']);
    expect(events.find((event) => event.kind === 'user')).toMatchObject({
      view: { status: { reasonCodeId: '50006' } },
    });
    const id = center.dialog('agent1').id;
    expect(dialogEvents(events)).toEqual([
      `POST agent1 ${id} INITIATING`,
      `PUT agent1 ${id} INITIATED`,
      `PUT agent1 ${id} ALERTING`,
    ]);
    center.scheduler.advance(1_000);
    expect(dialogEvents(center.take())).toEqual([`PUT agent1 ${id} ACTIVE`]);
    expect(center.dialog('agent1').callType).toBe('AGENT_OUT');
  });

  it('an outbound call dropped without wrap-up (NOT_ALLOWED) leaves the agent Not Ready with the outbound reason', () => {
    const center = callCenter();
    center.signIn('agent1', true);
    center.calls.create(
      center.user('agent1'),
      center.user('agent1'),
      { requestedAction: 'MAKE_CALL', fromAddress: '1001001', toAddress: '6505550199' },
      '',
    );
    center.scheduler.advance(1_000);
    const id = center.dialog('agent1').id;
    center.take();
    center.calls.act(center.user('agent1'), id, { requestedAction: 'DROP', targetMediaAddress: '1001001' }, '');
    expect(dialogEvents(center.take())).toEqual([`PUT agent1 ${id} DROPPED`, `DELETE agent1 ${id} DROPPED`]);
    expect(center.roster.status('1001001')).toMatchObject({ state: 'NOT_READY', reasonCodeId: '50006' });
  });

  it('a call to another agent rings at them (POST) and connects both when they answer', () => {
    const center = callCenter();
    center.signIn('agent1');
    center.signIn('agent2');
    center.calls.create(
      center.user('agent1'),
      center.user('agent1'),
      { requestedAction: 'MAKE_CALL', fromAddress: '1001001', toAddress: '1001002' },
      '',
    );
    const id = center.dialog('agent1').id;
    expect(dialogEvents(center.take())).toContain(`POST agent2 ${id} ALERTING`);
    center.calls.act(center.user('agent2'), id, { requestedAction: 'ANSWER', targetMediaAddress: '1001002' }, '');
    expect(dialogEvents(center.take())).toEqual([`PUT agent1 ${id} ACTIVE`, `PUT agent2 ${id} ACTIVE`]);
    expect([center.state('agent1'), center.state('agent2')]).toEqual(['TALKING', 'TALKING']);
    expect(center.dialog('agent2').callType).toBe('AGENT_INSIDE');
  });

  it('a call to an agent device nobody is signed in on fails BUSY, and DROP clears it', () => {
    const center = callCenter();
    center.signIn('agent1');
    center.calls.create(
      center.user('agent1'),
      center.user('agent1'),
      { requestedAction: 'MAKE_CALL', fromAddress: '1001001', toAddress: '1001002' },
      '',
    );
    const dialog = center.dialog('agent1');
    expect(dialog.state).toBe('FAILED');
    expect(center.participant(dialog, '1001001')).toMatchObject({
      state: 'FAILED',
      stateCause: 'BUSY',
      actions: ['DROP'],
    });
    center.calls.act(center.user('agent1'), dialog.id, { requestedAction: 'DROP', targetMediaAddress: '1001001' }, '');
    expect(center.calls.dialogsOf('1001001')).toEqual([]);
    expect(center.state('agent1')).toBe('NOT_READY');
  });

  it('MAKE_CALL while logged out is refused asynchronously with Invalid State', () => {
    const center = callCenter();
    center.calls.create(
      center.user('agent1'),
      center.user('agent1'),
      { requestedAction: 'MAKE_CALL', fromAddress: '1001001', toAddress: '6505550199' },
      'x',
    );
    expect(center.take()).toEqual([
      {
        kind: 'user-error',
        loginId: '1001001',
        requestId: 'x',
        failure: { errorType: 'Invalid State', errorMessage: 'CF_INVALID_OBJECT_STATE', errorData: '22' },
      },
    ]);
  });
});

/** agent1 on a call with the caller, consulting agent2, who has answered. */
function activeConsult() {
  const { center, id } = connectedCall();
  center.signIn('agent2');
  center.calls.act(
    center.user('agent1'),
    id,
    { requestedAction: 'CONSULT_CALL', targetMediaAddress: '1001001', toAddress: '1001002' },
    '',
  );
  const consultId = center.calls.dialogsOf('1001001').find((dialog) => dialog.id !== id)?.id ?? '';
  center.calls.act(center.user('agent2'), consultId, { requestedAction: 'ANSWER', targetMediaAddress: '1001002' }, '');
  center.take();
  return { center, id, consultId };
}

describe('consult, transfer and conference (CTI event mappings, call transfer)', () => {
  it('CONSULT_CALL holds the original call and rings a CONSULT dialog at the other agent', () => {
    const { center, id } = connectedCall();
    center.signIn('agent2');
    center.calls.act(
      center.user('agent1'),
      id,
      { requestedAction: 'CONSULT_CALL', targetMediaAddress: '1001001', toAddress: '1001002' },
      '',
    );
    const events = dialogEvents(center.take());
    const consult = center.calls.dialogsOf('1001001').find((dialog) => dialog.id !== id);
    expect(events).toEqual([
      `PUT agent1 ${id} ACTIVE`,
      `POST agent1 ${consult?.id} INITIATING`,
      `PUT agent1 ${consult?.id} INITIATED`,
      `PUT agent1 ${consult?.id} ALERTING`,
      `POST agent2 ${consult?.id} ALERTING`,
    ]);
    expect(consult).toMatchObject({ callType: 'CONSULT', associatedDialogId: id });
    expect(center.state('agent1')).toBe('TALKING');
  });

  it('once the consult is answered the held participant is offered TRANSFER and CONFERENCE', () => {
    const { center, id } = activeConsult();
    const original = center.calls.dialogsOf('1001001').find((dialog) => dialog.id === id);
    expect(original && center.participant(original, '1001001').actions).toEqual([
      'RETRIEVE',
      'UPDATE_CALL_DATA',
      'DROP',
      'TRANSFER',
      'CONFERENCE',
    ]);
  });

  it('answering the consult publishes the held original to agent1 again with TRANSFER and CONFERENCE, as clients enable them from notifications', () => {
    const { center, id } = connectedCall();
    center.signIn('agent2');
    center.calls.act(
      center.user('agent1'),
      id,
      { requestedAction: 'CONSULT_CALL', targetMediaAddress: '1001001', toAddress: '1001002' },
      '',
    );
    const consultId = center.calls.dialogsOf('1001001').find((dialog) => dialog.id !== id)?.id ?? '';
    center.take();
    center.calls.act(
      center.user('agent2'),
      consultId,
      { requestedAction: 'ANSWER', targetMediaAddress: '1001002' },
      '',
    );
    const originals = center
      .take()
      .flatMap((notification) =>
        notification.kind === 'dialog' && notification.dialog.id === id ? [notification] : [],
      );
    expect(originals.map((notification) => `${notification.event} ${notification.loginId}`)).toEqual(['PUT 1001001']);
    const held = originals[0]?.dialog.participants.find((participant) => participant.mediaAddress === '1001001');
    expect(held?.actions).toEqual(['RETRIEVE', 'UPDATE_CALL_DATA', 'DROP', 'TRANSFER', 'CONFERENCE']);
  });

  it('a consult call that ends publishes the held original again without TRANSFER and CONFERENCE', () => {
    const { center, id, consultId } = activeConsult();
    center.calls.act(center.user('agent2'), consultId, { requestedAction: 'DROP', targetMediaAddress: '1001002' }, '');
    const originals = center
      .take()
      .flatMap((notification) =>
        notification.kind === 'dialog' && notification.dialog.id === id ? [notification] : [],
      );
    const held = originals.at(-1)?.dialog.participants.find((participant) => participant.mediaAddress === '1001001');
    expect(held?.actions).toEqual(['RETRIEVE', 'UPDATE_CALL_DATA', 'DROP']);
  });

  it("TRANSFER removes both calls from agent1 and the consult from agent2, and posts the caller's call to agent2", () => {
    const { center, id, consultId } = activeConsult();
    center.calls.act(center.user('agent1'), id, { requestedAction: 'TRANSFER', targetMediaAddress: '1001001' }, 't');
    const events = dialogEvents(center.take());
    expect(events).toEqual(
      expect.arrayContaining([
        `DELETE agent1 ${consultId} DROPPED`,
        `DELETE agent2 ${consultId} DROPPED`,
        `DELETE agent1 ${id} ACTIVE`,
        `POST agent2 ${id} ACTIVE`,
      ]),
    );
    expect(center.calls.dialogsOf('1001001')).toEqual([]);
    const transferred = center.dialog('agent2');
    expect(
      transferred.participants
        .filter((participant) => participant.state === 'ACTIVE')
        .map((participant) => participant.mediaAddress),
    ).toEqual([CALLER, '1001002']);
    expect([center.state('agent1'), center.state('agent2')]).toEqual(['READY', 'TALKING']);
  });

  it('CONFERENCE joins the caller and both agents in the original call', () => {
    const { center, id, consultId } = activeConsult();
    center.calls.act(center.user('agent1'), id, { requestedAction: 'CONFERENCE', targetMediaAddress: '1001001' }, '');
    const events = dialogEvents(center.take());
    expect(events).toEqual(
      expect.arrayContaining([
        `DELETE agent1 ${consultId} DROPPED`,
        `DELETE agent2 ${consultId} DROPPED`,
        `PUT agent1 ${id} ACTIVE`,
        `POST agent2 ${id} ACTIVE`,
      ]),
    );
    const conference = center.dialog('agent1');
    expect(conference.callType).toBe('CONFERENCE');
    expect(conference.participants.map((participant) => participant.state)).toEqual(['ACTIVE', 'ACTIVE', 'ACTIVE']);
  });

  it('an agent leaving a conference leaves the others connected', () => {
    const { center, id } = activeConsult();
    center.calls.act(center.user('agent1'), id, { requestedAction: 'CONFERENCE', targetMediaAddress: '1001001' }, '');
    center.take();
    center.calls.act(center.user('agent1'), id, { requestedAction: 'DROP', targetMediaAddress: '1001001' }, '');
    expect(dialogEvents(center.take())).toEqual([
      `PUT agent1 ${id} ACTIVE`,
      `PUT agent2 ${id} ACTIVE`,
      `DELETE agent1 ${id} ACTIVE`,
    ]);
    expect(center.dialog('agent2').state).toBe('ACTIVE');
  });

  it('TRANSFER_SST to another agent rings the call at them and frees the first agent', () => {
    const { center, id } = connectedCall();
    center.signIn('agent2');
    center.calls.act(
      center.user('agent1'),
      id,
      { requestedAction: 'TRANSFER_SST', targetMediaAddress: '1001001', toAddress: '1001002' },
      '',
    );
    expect(dialogEvents(center.take())).toEqual([`DELETE agent1 ${id} ALERTING`, `POST agent2 ${id} ALERTING`]);
    expect(center.dialog('agent2')).toMatchObject({ callType: 'TRANSFER' });
    expect(center.state('agent1')).toBe('READY');
  });

  it('TRANSFER_SST to an agent device nobody is signed in on is refused asynchronously and the call stays', () => {
    const { center, id } = connectedCall();
    center.calls.act(
      center.user('agent1'),
      id,
      { requestedAction: 'TRANSFER_SST', targetMediaAddress: '1001001', toAddress: '1001002' },
      's',
    );
    expect(center.take()).toEqual([expect.objectContaining({ kind: 'dialog-error', dialogId: id, requestId: 's' })]);
    expect(center.dialog('agent1').state).toBe('ACTIVE');
  });
});

describe('supervisor silent monitor and barge-in', () => {
  function monitored() {
    const { center, id } = connectedCall();
    center.signIn('super1');
    center.calls.create(
      center.user('super1'),
      center.user('super1'),
      { requestedAction: 'SILENT_MONITOR', fromAddress: '1002001', toAddress: '1001001' },
      '',
    );
    const monitor = center.dialog('super1');
    return { center, id, monitor };
  }

  it('SILENT_MONITOR posts a SUPERVISOR_MONITOR dialog to the supervisor and the agent; the agent has no action in it', () => {
    const { center, id, monitor } = monitored();
    const events = dialogEvents(center.take());
    expect(events).toEqual([`POST super1 ${monitor.id} ACTIVE`, `POST agent1 ${monitor.id} ACTIVE`]);
    expect(monitor).toMatchObject({ callType: 'SUPERVISOR_MONITOR', associatedDialogId: id });
    expect(center.participant(monitor, '1001001').actions).toEqual([]);
    expect(center.participant(monitor, '1002001').actions).toEqual(['DROP']);
    expect(center.state('super1')).toBe('TALKING');
    // The agent's own call keeps its actions: a monitor call is not an active call to transfer to.
    expect(center.participant(center.dialog('agent1'), '1001001').actions).toContain('HOLD');
  });

  it('dropping the monitor call returns the supervisor to NOT_READY', () => {
    const { center, monitor } = monitored();
    center.calls.act(center.user('super1'), monitor.id, { requestedAction: 'DROP', targetMediaAddress: '1002001' }, '');
    expect(center.calls.dialogsOf('1002001')).toEqual([]);
    expect(center.state('super1')).toBe('NOT_READY');
  });

  it('BARGE_CALL ends the monitor call and joins the supervisor to the call as a conference', () => {
    const { center, id, monitor } = monitored();
    center.take();
    center.calls.create(
      center.user('super1'),
      center.user('super1'),
      {
        requestedAction: 'BARGE_CALL',
        fromAddress: '1002001',
        toAddress: '1001001',
        associatedDialogUri: `/finesse/api/Dialog/${monitor.id}`,
      },
      '',
    );
    const events = dialogEvents(center.take());
    expect(events).toEqual(
      expect.arrayContaining([
        `DELETE super1 ${monitor.id} DROPPED`,
        `DELETE agent1 ${monitor.id} DROPPED`,
        `POST super1 ${id} ACTIVE`,
      ]),
    );
    expect(center.dialog('super1')).toMatchObject({ id, callType: 'CONFERENCE' });
  });

  it('a supervisor not in NOT_READY is refused asynchronously', () => {
    const { center } = connectedCall();
    center.signIn('super1', true);
    center.calls.create(
      center.user('super1'),
      center.user('super1'),
      { requestedAction: 'SILENT_MONITOR', fromAddress: '1002001', toAddress: '1001001' },
      'm',
    );
    expect(center.take()).toEqual([expect.objectContaining({ kind: 'user-error', requestId: 'm' })]);
  });

  it('an agent may not silently monitor (401 Invalid Authorization User Specified)', () => {
    const { center } = connectedCall();
    center.signIn('agent2');
    const error = thrown(() =>
      center.calls.create(
        center.user('agent2'),
        center.user('agent2'),
        { requestedAction: 'SILENT_MONITOR', fromAddress: '1001002', toAddress: '1001001' },
        '',
      ),
    );
    expect([error.status, error.errorType]).toEqual([401, 'Invalid Authorization User Specified']);
  });
});

describe('call data, DTMF and refused dialog requests', () => {
  it('UPDATE_CALL_DATA merges call variables and publishes the changed dialog', () => {
    const { center, id } = connectedCall();
    center.calls.act(
      center.user('agent1'),
      id,
      {
        requestedAction: 'UPDATE_CALL_DATA',
        variables: new Map([
          ['callVariable3', 'gold'],
          ['user.POD.ID', 'p-9'],
        ]),
      },
      'u',
    );
    expect(dialogEvents(center.take())).toEqual([`PUT agent1 ${id} ACTIVE`]);
    const variables = center.dialog('agent1').variables;
    expect([variables.get('callVariable3'), variables.get('user.POD.ID')]).toEqual(['gold', 'p-9']);
  });

  it('UPDATE_CALL_DATA with a callVariable over 40 bytes is refused asynchronously as Invalid Input and changes nothing', () => {
    const { center, id } = connectedCall();
    center.calls.act(
      center.user('agent1'),
      id,
      { requestedAction: 'UPDATE_CALL_DATA', variables: new Map([['callVariable1', 'x'.repeat(41)]]) },
      'u',
    );
    const events = center.take();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'dialog-error', failure: { errorType: 'Invalid Input' } });
    expect(center.dialog('agent1').variables.get('callVariable1')).toBe('');
  });

  it('SEND_DTMF on an active call is confirmed with the unchanged dialog', () => {
    const { center, id } = connectedCall();
    center.calls.act(
      center.user('agent1'),
      id,
      { requestedAction: 'SEND_DTMF', targetMediaAddress: '1001001', dtmfString: '12#*A' },
      '',
    );
    expect(dialogEvents(center.take())).toEqual([`PUT agent1 ${id} ACTIVE`]);
  });

  const REFUSALS: [string, (ctx: ReturnType<typeof connectedCall>) => void, number, string, string][] = [
    [
      'an action the participant state does not allow (ANSWER on an active call)',
      ({ center, id }) =>
        center.calls.act(center.user('agent1'), id, { requestedAction: 'ANSWER', targetMediaAddress: '1001001' }, ''),
      400,
      'Invalid State',
      'requestedAction',
    ],
    [
      'SEND_DTMF while held',
      ({ center, id }) => {
        center.calls.act(center.user('agent1'), id, { requestedAction: 'HOLD', targetMediaAddress: '1001001' }, '');
        center.calls.act(
          center.user('agent1'),
          id,
          { requestedAction: 'SEND_DTMF', targetMediaAddress: '1001001', dtmfString: '1' },
          '',
        );
      },
      400,
      'Invalid State',
      'requestedAction',
    ],
    [
      'SEND_DTMF with letters beyond A-D',
      ({ center, id }) =>
        center.calls.act(
          center.user('agent1'),
          id,
          { requestedAction: 'SEND_DTMF', targetMediaAddress: '1001001', dtmfString: '12E' },
          '',
        ),
      400,
      'Invalid Input',
      'dtmfString',
    ],
    [
      'SEND_DTMF without digits',
      ({ center, id }) =>
        center.calls.act(
          center.user('agent1'),
          id,
          { requestedAction: 'SEND_DTMF', targetMediaAddress: '1001001' },
          '',
        ),
      400,
      'Parameter Missing',
      'dtmfString',
    ],
    [
      'CONSULT_CALL without toAddress',
      ({ center, id }) =>
        center.calls.act(
          center.user('agent1'),
          id,
          { requestedAction: 'CONSULT_CALL', targetMediaAddress: '1001001' },
          '',
        ),
      400,
      'Parameter Missing',
      'toAddress',
    ],
    [
      "CONSULT_CALL to the agent's own extension",
      ({ center, id }) =>
        center.calls.act(
          center.user('agent1'),
          id,
          { requestedAction: 'CONSULT_CALL', targetMediaAddress: '1001001', toAddress: '1001001' },
          '',
        ),
      400,
      'Invalid Destination',
      '1001001',
    ],
    [
      'TRANSFER_SST to a destination with letters',
      ({ center, id }) =>
        center.calls.act(
          center.user('agent1'),
          id,
          { requestedAction: 'TRANSFER_SST', targetMediaAddress: '1001001', toAddress: 'sales' },
          '',
        ),
      400,
      'Invalid Destination',
      'sales',
    ],
    [
      'no requestedAction',
      ({ center, id }) =>
        center.calls.act(center.user('agent1'), id, { requestedAction: undefined, targetMediaAddress: '1001001' }, ''),
      400,
      'Parameter Missing',
      'requestedAction',
    ],
    [
      'an unknown requestedAction',
      ({ center, id }) =>
        center.calls.act(center.user('agent1'), id, { requestedAction: 'TELEPORT', targetMediaAddress: '1001001' }, ''),
      400,
      'Invalid Input',
      'requestedAction',
    ],
    [
      'a documented action the deployment lacks (START_RECORDING)',
      ({ center, id }) =>
        center.calls.act(
          center.user('agent1'),
          id,
          { requestedAction: 'START_RECORDING', targetMediaAddress: '1001001' },
          '',
        ),
      501,
      'Not Implemented',
      'START_RECORDING',
    ],
    [
      'no targetMediaAddress',
      ({ center, id }) => center.calls.act(center.user('agent1'), id, { requestedAction: 'HOLD' }, ''),
      400,
      'Parameter Missing',
      'targetMediaAddress',
    ],
    [
      'a target that is not on the call',
      ({ center, id }) =>
        center.calls.act(center.user('agent1'), id, { requestedAction: 'HOLD', targetMediaAddress: '999' }, ''),
      400,
      'Invalid Input',
      'targetMediaAddress',
    ],
    [
      "acting on the caller's participant",
      ({ center, id }) =>
        center.calls.act(center.user('agent1'), id, { requestedAction: 'HOLD', targetMediaAddress: CALLER }, ''),
      401,
      'Invalid Authorization User Specified',
      '1001001',
    ],
    [
      "acting on another agent's call",
      ({ center, id }) =>
        center.calls.act(center.user('agent2'), id, { requestedAction: 'DROP', targetMediaAddress: '1001001' }, ''),
      401,
      'Invalid Authorization User Specified',
      '1001002',
    ],
    [
      'a dialog that does not exist',
      ({ center }) =>
        center.calls.act(
          center.user('agent1'),
          '424242',
          { requestedAction: 'DROP', targetMediaAddress: '1001001' },
          '',
        ),
      404,
      'Not Found',
      '424242',
    ],
  ];
  for (const [what, act, status, type, data] of REFUSALS) {
    it(`${what} answers ${status} ${type} naming ${data}`, () => {
      const context = connectedCall();
      const error = thrown(() => act(context));
      expect([error.status, error.errorType, error.errorData]).toEqual([status, type, data]);
    });
  }
});
