import { describe, expect, it } from 'vitest';
import { readQueue, readQueues } from '../../../bff/src/finesse/queue-mapper.js';
import { UpstreamFormatError } from '../../../bff/src/upstream/format-error.js';

const statistics = (values: Record<string, string>) =>
  `<statistics>${Object.entries(values)
    .map(([name, value]) => `<${name}>${value}</${name}>`)
    .join('')}</statistics>`;

const FIGURES = {
  callsInQueue: '2',
  startTimeOfLongestCallInQueue: '2024-05-01T10:00:00Z',
  agentsReady: '1',
  agentsNotReady: '3',
  agentsBusyOther: '0',
  agentsLoggedOn: '7',
  agentsTalkingInbound: '1',
  agentsTalkingOutbound: '1',
  agentsTalkingInternal: '0',
  agentsWrapUpNotReady: '1',
  agentsWrapUpReady: '0',
};

const queue = (id: string, values: Record<string, string>) =>
  `<Queue><uri>/finesse/api/Queue/${id}</uri><name>Q${id}</name>${statistics(values)}</Queue>`;

describe('the queue mapper reads', () => {
  it('a Queue to its id from the uri, name and figures, talking and wrap-up summed', () => {
    expect(readQueue(queue('5022', FIGURES))).toEqual({
      id: '5022',
      name: 'Q5022',
      callsInQueue: 2,
      longestWaitingSince: '2024-05-01T10:00:00Z',
      agentsLoggedOn: 7,
      agentsReady: 1,
      agentsNotReady: 3,
      agentsTalking: 2,
      agentsWrapUp: 1,
      agentsBusyOther: 0,
    });
  });

  it('an empty start time as no call waiting, and -1 everywhere (nobody assigned) as -1 in the sums too', () => {
    const unassigned = Object.fromEntries(
      Object.keys(FIGURES).map((name) => [name, name === 'startTimeOfLongestCallInQueue' ? '' : '-1']),
    );
    const read = readQueue(queue('5023', unassigned));
    expect(read.longestWaitingSince).toBeUndefined();
    expect(read).toMatchObject({ callsInQueue: -1, agentsTalking: -1, agentsWrapUp: -1 });
  });

  it('Queues with one, several or no Queue', () => {
    expect(readQueues(`<Queues>${queue('1', FIGURES)}</Queues>`).map((entry) => entry.id)).toEqual(['1']);
    expect(
      readQueues(`<Queues>${queue('1', FIGURES)}${queue('2', FIGURES)}</Queues>`).map((entry) => entry.id),
    ).toEqual(['1', '2']);
    expect(readQueues('<Queues/>')).toEqual([]);
  });

  it('a statistic that is not a number, or a Queue without uri or statistics, as a format error', () => {
    expect(() => readQueue(queue('1', { ...FIGURES, callsInQueue: 'many' }))).toThrow(UpstreamFormatError);
    expect(() => readQueue(`<Queue><name>Q</name>${statistics(FIGURES)}</Queue>`)).toThrow(UpstreamFormatError);
    expect(() => readQueue('<Queue><uri>/finesse/api/Queue/1</uri><name>Q</name></Queue>')).toThrow(
      UpstreamFormatError,
    );
  });
});
