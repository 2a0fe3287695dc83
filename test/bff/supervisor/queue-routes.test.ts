import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { bearer } from '../../kit/bff.js';
import { dataOf } from '../../kit/event-stream-reader.js';
import type { QueueEvent, QueueStatistics } from '../../../shared/api/team.js';
import { useSupervisorBff } from './supervisor-kit.js';

const supervised = useSupervisorBff();

const CALLER = '+14155550123';

describe.each([
  { transport: 'XMPP', xmpp: true },
  { transport: 'polling', xmpp: false },
])('queue statistics, notifications over $transport', ({ xmpp }) => {
  it("GET /api/queues answers super1's queues with their figures: agent1 Not Ready in 5022 and 5023", async () => {
    const bff = await supervised.start({ xmpp });
    await bff.signedInAgent('agent1');
    const { token } = await bff.signIn('super1');
    const response = await request(bff.app).get('/api/queues').set('Authorization', bearer(token));
    expect(response.status).toBe(200);
    const queues = response.body as QueueStatistics[];
    expect(queues.map((queue) => queue.id).sort()).toEqual(['5022', '5023']);
    expect(queues.find((queue) => queue.id === '5022')).toMatchObject({
      name: 'CustomerCare.SG',
      callsInQueue: 0,
      agentsLoggedOn: 1,
      agentsNotReady: 1,
      agentsReady: 0,
    });
  });

  it("a caller waiting in 5022 reaches super1's stream as a queue event with one call in queue, and GET /api/queues shows it", async () => {
    const bff = await supervised.start({ xmpp });
    await bff.signedInAgent('agent1');
    const { token } = await bff.signIn('super1');
    const reader = await supervised.openEvents(bff, token);
    await bff.sandbox().post('/sandbox/queued-calls').send({ from: CALLER, queue: '5022' }).expect(201);
    const frame = await reader.waitFor(
      (candidate) => candidate.event === 'queue' && (dataOf(candidate) as QueueEvent).queue.callsInQueue === 1,
    );
    expect(dataOf(frame)).toMatchObject({
      queue: {
        id: '5022',
        callsInQueue: 1,
        longestWaitingSince: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown,
      },
    });
    const queues = (await request(bff.app).get('/api/queues').set('Authorization', bearer(token)))
      .body as QueueStatistics[];
    expect(queues.find((queue) => queue.id === '5022')).toMatchObject({ callsInQueue: 1 });
  });
});
