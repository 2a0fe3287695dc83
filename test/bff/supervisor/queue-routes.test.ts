import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { bearer, startTestBff } from '../../kit/bff.js';
import type { TestBff } from '../../kit/bff.js';
import { EventStreamReader, dataOf } from '../../kit/event-stream-reader.js';
import { listen } from '../../kit/listening-server.js';
import type { ListeningServer } from '../../kit/listening-server.js';
import type { QueueEvent, QueueStatistics } from '../../../shared/api/team.js';

let bff: TestBff | undefined;
let server: ListeningServer | undefined;
let reader: EventStreamReader | undefined;

afterEach(async () => {
  reader?.close();
  await server?.close();
  await bff?.close();
  reader = undefined;
  server = undefined;
  bff = undefined;
});

const CALLER = '+14155550123';

describe.each([
  { transport: 'XMPP', xmpp: true },
  { transport: 'polling', xmpp: false },
])('queue statistics, notifications over $transport', ({ xmpp }) => {
  it('GET /api/queues answers super1\'s queues with their figures: agent1 Not Ready in 5022 and 5023', async () => {
    bff = await startTestBff({ xmpp });
    await bff.signedInAgent('agent1');
    const { token } = await bff.signIn('super1');
    const response = await request(bff.app).get('/api/queues').set('Authorization', bearer(token));
    expect(response.status).toBe(200);
    const queues = response.body as QueueStatistics[];
    expect(queues.map((queue) => queue.id).sort()).toEqual(['5022', '5023']);
    expect(queues.find((queue) => queue.id === '5022')).toMatchObject({ name: 'CustomerCare.SG', callsInQueue: 0, agentsLoggedOn: 1, agentsNotReady: 1, agentsReady: 0 });
  });

  it('a caller waiting in 5022 reaches super1\'s stream as a queue event with one call in queue, and GET /api/queues shows it', async () => {
    bff = await startTestBff({ xmpp });
    await bff.signedInAgent('agent1');
    const { token } = await bff.signIn('super1');
    server = await listen(bff.app);
    reader = await EventStreamReader.open(`${server.url}/api/events`, { Authorization: bearer(token) });
    await bff.sandbox().post('/sandbox/queued-calls').send({ from: CALLER, queue: '5022' }).expect(201);
    const frame = await reader.waitFor((candidate) => candidate.event === 'queue' && (dataOf(candidate) as QueueEvent).queue.callsInQueue === 1);
    expect(dataOf(frame)).toMatchObject({ queue: { id: '5022', callsInQueue: 1, longestWaitingSince: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown } });
    const queues = (await request(bff.app).get('/api/queues').set('Authorization', bearer(token))).body as QueueStatistics[];
    expect(queues.find((queue) => queue.id === '5022')).toMatchObject({ callsInQueue: 1 });
  });
});
