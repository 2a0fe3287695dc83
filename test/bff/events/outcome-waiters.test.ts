import { describe, expect, it } from 'vitest';
import { OutcomeWaiters } from '../../../bff/src/events/outcome-waiters.js';
import type { FinesseUpdate } from '../../../bff/src/finesse/types.js';
import type { Agent } from '../../../shared/api/agent.js';

const agent = (state: Agent['state']): Agent => ({ id: '1', loginName: 'a', firstName: 'A', lastName: 'B', extension: '1', state, stateChangedAt: '', roles: ['Agent'] });
const agentUpdate = (requestId: string, state: Agent['state']): FinesseUpdate => ({ kind: 'agent', requestId, agent: agent(state) });
const isAgent = (update: FinesseUpdate) => update.kind === 'agent';

describe('outcome waiters', () => {
  it('an update echoing the requestId resolves the waiter with it', async () => {
    const waiters = new OutcomeWaiters();
    const pending = waiters.expect({ requestId: 'r1', isOutcome: isAgent }, 1000);
    waiters.offer(agentUpdate('r1', 'READY'));
    expect(await pending.promise).toEqual(agentUpdate('r1', 'READY'));
  });

  it('an update for another request does not resolve it', async () => {
    const waiters = new OutcomeWaiters();
    const pending = waiters.expect({ requestId: 'r1', isOutcome: isAgent }, 30);
    waiters.offer(agentUpdate('r2', 'READY'));
    expect(await pending.promise).toBeUndefined();
  });

  it('an asynchronous error echoing the requestId always resolves it, whatever the outcome test says', async () => {
    const waiters = new OutcomeWaiters();
    const pending = waiters.expect({ requestId: 'r1', isOutcome: () => false }, 1000);
    const error: FinesseUpdate = { kind: 'error', requestId: 'r1', source: '/finesse/api/User/1', error: { type: 'Invalid State', message: 'CF', data: '22' } };
    waiters.offer(error);
    expect(await pending.promise).toBe(error);
  });

  it('an un-echoed update resolves it only when it shows the requested result (Finesse does not always echo; polling never does)', async () => {
    const waiters = new OutcomeWaiters();
    const pending = waiters.expect({ requestId: 'r1', isOutcome: isAgent, showsResult: (update) => update.kind === 'agent' && update.agent.state === 'READY' }, 1000);
    waiters.offer(agentUpdate('', 'NOT_READY'));
    waiters.offer(agentUpdate('', 'READY'));
    expect(await pending.promise).toEqual(agentUpdate('', 'READY'));
  });

  it('nothing within the wait resolves with undefined', async () => {
    const waiters = new OutcomeWaiters();
    expect(await waiters.expect({ requestId: 'r1', isOutcome: isAgent }, 10).promise).toBeUndefined();
  });

  it('cancel and clear resolve waiting requests with undefined at once', async () => {
    const waiters = new OutcomeWaiters();
    const cancelled = waiters.expect({ requestId: 'r1', isOutcome: isAgent }, 60_000);
    const cleared = waiters.expect({ requestId: 'r2', isOutcome: isAgent }, 60_000);
    cancelled.cancel();
    waiters.clear();
    expect([await cancelled.promise, await cleared.promise]).toEqual([undefined, undefined]);
  });
});
