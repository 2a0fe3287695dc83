import { describe, expect, it } from 'vitest';
import { OutcomeWaiters } from '../../../bff/src/events/outcome-waiters.js';
import type { FinesseUpdate } from '../../../bff/src/finesse/types.js';
import type { Agent } from '../../../shared/api/agent.js';

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
const agentUpdate = (requestId: string, state: Agent['state']): FinesseUpdate => ({
  kind: 'agent',
  requestId,
  agent: agent(state),
});
const isReady = (update: FinesseUpdate) => update.kind === 'agent' && update.agent.state === 'READY';
const isAgent = (update: FinesseUpdate) => update.kind === 'agent';

describe('outcome waiters', () => {
  it('an update echoing the requestId and showing the effect resolves the waiter with it', async () => {
    const waiters = new OutcomeWaiters();
    const pending = waiters.expect({ requestId: 'r1', showsEffect: isReady }, 1000);
    waiters.offer(agentUpdate('r1', 'READY'));
    expect(await pending.promise).toEqual({ kind: 'effect', update: agentUpdate('r1', 'READY') });
  });

  it('an update for another request without the effect does not resolve it, and the wait ends silent, nothing heard', async () => {
    const waiters = new OutcomeWaiters();
    const pending = waiters.expect({ requestId: 'r1', showsEffect: isReady }, 30);
    waiters.offer(agentUpdate('r2', 'NOT_READY'));
    expect(await pending.promise).toEqual({ kind: 'silent', heard: false });
  });

  it('an asynchronous error echoing the requestId always resolves it as refused, whatever the effect test says', async () => {
    const waiters = new OutcomeWaiters();
    const pending = waiters.expect({ requestId: 'r1', showsEffect: () => false }, 1000);
    const error: FinesseUpdate = {
      kind: 'error',
      requestId: 'r1',
      source: '/finesse/api/User/1',
      error: { type: 'Invalid State', message: 'CF', data: '22' },
    };
    waiters.offer(error);
    expect(await pending.promise).toEqual({ kind: 'refused', update: error });
  });

  it('an un-echoed update resolves it only when it shows the effect (Finesse does not always echo; polling never does)', async () => {
    const waiters = new OutcomeWaiters();
    const pending = waiters.expect({ requestId: 'r1', showsEffect: isReady }, 1000);
    waiters.offer(agentUpdate('', 'NOT_READY'));
    waiters.offer(agentUpdate('', 'READY'));
    expect(await pending.promise).toEqual({ kind: 'effect', update: agentUpdate('', 'READY') });
  });

  it('an echoed update without the effect that answers the request in full resolves it as answered', async () => {
    const waiters = new OutcomeWaiters();
    const pending = waiters.expect({ requestId: 'r1', showsEffect: isReady, answeredBy: isAgent }, 1000);
    waiters.offer(agentUpdate('r1', 'NOT_READY'));
    expect(await pending.promise).toEqual({ kind: 'answered', update: agentUpdate('r1', 'NOT_READY') });
  });

  it('an echoed update without the effect that is not a full answer keeps waiting, and the wait ends silent with heard true', async () => {
    const waiters = new OutcomeWaiters();
    const pending = waiters.expect({ requestId: 'r1', showsEffect: isReady }, 30);
    waiters.offer(agentUpdate('r1', 'NOT_READY'));
    expect(await pending.promise).toEqual({ kind: 'silent', heard: true });
  });

  it('cancel and clear resolve waiting requests as silent at once', async () => {
    const waiters = new OutcomeWaiters();
    const cancelled = waiters.expect({ requestId: 'r1', showsEffect: isReady }, 60_000);
    const cleared = waiters.expect({ requestId: 'r2', showsEffect: isReady }, 60_000);
    cancelled.cancel();
    waiters.clear();
    expect([await cancelled.promise, await cleared.promise]).toEqual([
      { kind: 'silent', heard: false },
      { kind: 'silent', heard: false },
    ]);
  });
});
