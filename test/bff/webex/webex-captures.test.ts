import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Captures, TaskPage } from '../../../shared/api/webex.js';
import { HOUR_MS, errorOf, startWebexBff } from './webex-api-kit.js';
import type { WebexBff } from './webex-api-kit.js';

let webex: WebexBff;
let supervisor: string;
let voiceTaskIds: string[];

beforeAll(async () => {
  webex = await startWebexBff();
  supervisor = (await webex.tokenOf('supervisor')) ?? '';
  const to = Date.now() - 24 * HOUR_MS;
  const tasks = await webex
    .api()
    .get('/api/webex/tasks')
    .query({ from: to - 2 * 24 * HOUR_MS, to, channelTypes: 'telephony', pageSize: 50 })
    .set('Authorization', `Bearer ${supervisor}`);
  voiceTaskIds = TaskPage.parse(tasks.body)
    .tasks.filter((task) => task.status === 'completed')
    .map((task) => task.id);
});

afterAll(async () => {
  await webex.close();
});

const queryCaptures = (body: object) =>
  webex.api().post('/api/webex/captures').set('Authorization', `Bearer ${supervisor}`).send(body);

describe('POST /api/webex/captures', () => {
  it("answers each task's recordings with a link of the BFF that plays the WAV, and neither the signed URL nor a token", async () => {
    const response = await queryCaptures({ taskIds: voiceTaskIds.slice(0, 2), urlExpiration: 5 });

    expect(response.status).toBe(200);
    const { captures } = Captures.parse(response.body);
    expect(captures.map((capture) => capture.taskId)).toEqual(voiceTaskIds.slice(0, 2));
    const recording = captures[0]?.recordings[0];
    expect(recording?.link).toMatch(/^\/api\/webex\/recordings\/[A-Za-z0-9_-]{32}$/);
    expect(response.text).not.toContain('X-Amz');
    expect(response.text).not.toContain(webex.emulator.url);
    for (const token of webex.access.tokensSeen) expect(response.text).not.toContain(token);

    const audio = await webex
      .api()
      .get(recording?.link ?? '')
      .buffer(true);
    expect(audio.status).toBe(200);
    expect(audio.headers['content-type']).toBe('audio/wav');
    expect(
      Buffer.from(audio.body as Buffer)
        .subarray(0, 4)
        .toString('ascii'),
    ).toBe('RIFF');
  });

  it('a link answers 410 recording_link_expired once its urlExpiration has passed, and an unknown link 404', async () => {
    const { captures } = Captures.parse(
      (await queryCaptures({ taskIds: voiceTaskIds.slice(0, 1), urlExpiration: 1 })).body,
    );
    const link = captures[0]?.recordings[0]?.link ?? '';

    webex.admin.bff.clock.advance(60_000);
    const expired = await webex.api().get(link);

    expect(expired.status).toBe(410);
    expect(errorOf(expired).code).toBe('recording_link_expired');
    expect((await webex.api().get('/api/webex/recordings/unknown-link')).status).toBe(404);
  });

  it.each([
    [
      '11 task ids',
      { taskIds: Array.from({ length: 11 }, (_value, index) => `task-${index}`) },
      'taskIds: must name at most 10 tasks',
    ],
    ['no task id', { taskIds: [] }, 'taskIds:'],
    ['urlExpiration 61', { taskIds: ['a'], urlExpiration: 61 }, 'urlExpiration: must be at most 60 minutes'],
    ['urlExpiration 0', { taskIds: ['a'], urlExpiration: 0 }, 'urlExpiration:'],
  ])('%s answers 400 naming the field, and Webex is not asked', async (_case, body, message) => {
    const before = webex.hits.length;
    const response = await queryCaptures(body);

    expect(response.status).toBe(400);
    expect(errorOf(response).message).toContain(message);
    expect(webex.hits.length).toBe(before);
  });

  it("after the captures and downloads above, the BFF's log holds no Webex token and no signed URL", () => {
    const log = webex.admin.bff.logs.join('');

    expect(webex.access.tokensSeen.length).toBeGreaterThan(0);
    for (const token of webex.access.tokensSeen) expect(log).not.toContain(token);
    expect(log).not.toContain('X-Amz-Signature');
  });
});
