import { describe, expect, it } from 'vitest';
import { EventHistory } from '../../../bff/src/events/channel-events.js';
import type { FinesseUpdate } from '../../../bff/src/finesse/types.js';

const system = (status: 'IN_SERVICE' | 'OUT_OF_SERVICE'): FinesseUpdate => ({ kind: 'system', requestId: '', status });

describe('event history for Last-Event-ID resume', () => {
  it('numbers events and answers those after a known id', () => {
    const history = new EventHistory(10);
    const first = history.append(system('IN_SERVICE'));
    const second = history.append(system('OUT_OF_SERVICE'));
    const third = history.append(system('IN_SERVICE'));
    expect(history.after(first.id)?.map((event) => event.id)).toEqual([second.id, third.id]);
    expect(history.after(third.id)).toEqual([]);
  });

  it('maps updates to event names and data', () => {
    const history = new EventHistory(10);
    expect(history.append(system('OUT_OF_SERVICE'))).toMatchObject({
      name: 'system',
      data: { finesse: 'OUT_OF_SERVICE' },
    });
    expect(
      history.append({
        kind: 'error',
        requestId: '',
        source: 's',
        error: { type: 'Invalid State', message: 'm', data: '22' },
      }),
    ).toMatchObject({
      name: 'finesse_error',
      data: { type: 'Invalid State', message: 'm', data: '22' },
    });
  });

  it('an id dropped from the bounded history is unknown, so the client must read the state again', () => {
    const history = new EventHistory(2);
    const first = history.append(system('IN_SERVICE'));
    const second = history.append(system('IN_SERVICE'));
    history.append(system('IN_SERVICE'));
    history.append(system('IN_SERVICE'));
    expect(history.after(first.id)).toBeUndefined();
    expect(history.after(second.id)).toHaveLength(2);
  });

  it('an id from another channel (an earlier sign-in or a restart) or garbage is unknown', () => {
    const history = new EventHistory(10);
    const other = new EventHistory(10).append(system('IN_SERVICE'));
    history.append(system('IN_SERVICE'));
    expect(history.after(other.id)).toBeUndefined();
    expect(history.after('not-an-id')).toBeUndefined();
    expect(history.after('')).toBeUndefined();
  });
});
