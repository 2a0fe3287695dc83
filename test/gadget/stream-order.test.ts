import { describe, expect, it } from 'vitest';
import type { Agent } from '../../shared/api/agent.js';
import { StreamOrder } from '../../gadget/src/host/stream-order.js';

type State = Agent['state'];

/** A read the test answers by hand, to put the stream's events exactly where the race puts them. */
function heldReads(): { read: () => Promise<State>; answer(state: State): void; count(): number } {
  const pending: Array<(state: State) => void> = [];
  let count = 0;
  return {
    read: () => {
      count += 1;
      return new Promise<State>((resolve) => pending.push(resolve));
    },
    answer: (state) => pending.shift()?.(state),
    count: () => count,
  };
}

/** Lets the read's continuation run (it awaits the read's promise). */
const settled = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('StreamOrder: the event stream is the ordered source, an answer it overtook is not the newest', () => {
  it('an answer with nothing heard on the stream since its request is the newest', () => {
    const order = new StreamOrder();
    const newest = order.asked();
    expect(newest()).toBe(true);
  });

  it('a state change answered after the stream delivered the wrap-up that followed it is not the newest', () => {
    const order = new StreamOrder();
    const newest = order.asked();
    order.heard();
    expect(newest()).toBe(false);
  });

  it('a reload answered "wrap-up, then Ready" after the stream said Not Ready is read again, and the second read is taken', async () => {
    const order = new StreamOrder();
    const reads = heldReads();
    const result = order.newestRead(reads.read, 3);
    await settled();
    order.heard(); // the stream: NOT_READY
    reads.answer('WORK_READY'); // the first read, from before the change
    await settled();
    expect(reads.count()).toBe(2);
    reads.answer('NOT_READY');
    await expect(result).resolves.toBe('NOT_READY');
  });

  it('a stream that speaks during every read leaves the reload without a picture: the stream is the picture', async () => {
    const order = new StreamOrder();
    const reads = heldReads();
    const result = order.newestRead(reads.read, 2);
    for (const stale of ['TALKING', 'WORK'] as const) {
      await settled();
      order.heard();
      reads.answer(stale);
    }
    await expect(result).resolves.toBeUndefined();
    expect(reads.count()).toBe(2);
  });
});
