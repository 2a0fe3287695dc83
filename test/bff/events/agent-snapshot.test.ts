import { describe, expect, it } from 'vitest';
import { AgentSnapshot } from '../../../bff/src/events/agent-snapshot.js';
import type { Agent } from '../../../shared/api/agent.js';
import type { Dialog } from '../../../shared/api/dialog.js';

const agent = (state: Agent['state']): Agent => ({
  id: '1',
  loginName: 'a',
  firstName: 'A',
  lastName: 'B',
  extension: '1',
  state,
  stateChangedAt: '',
  roles: ['Agent'],
});
const dialog = (id: string, state: string): Dialog => ({
  id,
  mediaType: 'Voice',
  state,
  from: '1',
  to: '2',
  callType: 'ACD_IN',
  variables: {},
  participants: [],
});

describe('agent snapshot: a fresh read becomes exactly the missed updates', () => {
  it('the first read reports the agent and each call as new', () => {
    const updates = new AgentSnapshot().reconcile(agent('READY'), [dialog('7', 'ALERTING')]);
    expect(
      updates.map((update) => (update.kind === 'dialog' ? `${update.kind} ${update.change}` : update.kind)),
    ).toEqual(['agent', 'dialog added']);
  });

  it('an unchanged read reports nothing', () => {
    const snapshot = new AgentSnapshot();
    snapshot.reconcile(agent('READY'), [dialog('7', 'ACTIVE')]);
    expect(snapshot.reconcile(agent('READY'), [dialog('7', 'ACTIVE')])).toEqual([]);
  });

  it('reports a changed agent, a changed call, a new call and a gone call', () => {
    const snapshot = new AgentSnapshot();
    snapshot.reconcile(agent('READY'), [dialog('7', 'ALERTING'), dialog('8', 'ACTIVE')]);
    const updates = snapshot.reconcile(agent('TALKING'), [dialog('7', 'ACTIVE'), dialog('9', 'ALERTING')]);
    expect(
      updates.map((update) =>
        update.kind === 'dialog'
          ? `${update.change} ${update.dialog.id}`
          : `agent ${update.kind === 'agent' ? update.agent.state : ''}`,
      ),
    ).toEqual(['agent TALKING', 'removed 8', 'changed 7', 'added 9']);
  });

  it('notifications applied in between are not reported again', () => {
    const snapshot = new AgentSnapshot();
    snapshot.reconcile(agent('READY'), []);
    snapshot.apply({ kind: 'dialog', requestId: '', change: 'added', dialog: dialog('7', 'ALERTING') });
    snapshot.apply({ kind: 'agent', requestId: '', agent: agent('RESERVED') });
    expect(snapshot.reconcile(agent('RESERVED'), [dialog('7', 'ALERTING')])).toEqual([]);
  });

  it('a read Finesse answered before a notification the BFF applied while waiting does not take the notification back', () => {
    const snapshot = new AgentSnapshot();
    snapshot.reconcile(agent('WORK_READY'), [dialog('7', 'DROPPED')]);
    const readStarted = snapshot.readMark();
    snapshot.apply({ kind: 'agent', requestId: '', agent: agent('NOT_READY') });
    snapshot.apply({ kind: 'dialog', requestId: '', change: 'removed', dialog: dialog('7', 'DROPPED') });

    expect(snapshot.reconcile(agent('WORK_READY'), [dialog('7', 'DROPPED')], readStarted)).toEqual([]);
    expect(snapshot.currentAgent()?.state).toBe('NOT_READY');
    expect(snapshot.currentDialogs()).toEqual([]);
  });

  it('a read overtaken by a notification about the agent still reports the calls it changed that no notification mentioned', () => {
    const snapshot = new AgentSnapshot();
    snapshot.reconcile(agent('READY'), []);
    const readStarted = snapshot.readMark();
    snapshot.apply({ kind: 'agent', requestId: '', agent: agent('TALKING') });

    const updates = snapshot.reconcile(agent('RESERVED'), [dialog('9', 'ALERTING')], readStarted);
    expect(
      updates.map((update) => (update.kind === 'dialog' ? `${update.change} ${update.dialog.id}` : update.kind)),
    ).toEqual(['added 9']);
    expect(snapshot.currentAgent()?.state).toBe('TALKING');
  });

  it('of two overlapping reads, the one that started first and answered last does not undo the other', () => {
    const snapshot = new AgentSnapshot();
    snapshot.reconcile(agent('TALKING'), []);
    const first = snapshot.readMark();
    const second = snapshot.readMark();
    snapshot.reconcile(agent('WORK'), [], second);
    expect(snapshot.reconcile(agent('TALKING'), [], first)).toEqual([]);
    expect(snapshot.currentAgent()?.state).toBe('WORK');
  });
});
