import { describe, expect, it } from 'vitest';
import type { TaskJson } from '../../../bff/sandbox/webex/http/task-json.js';
import type { DataErrorJson, ManualClock, WebexApi } from './webex-kit.js';
import { DEMO_ORG, useWebex } from './webex-kit.js';

let clock: ManualClock;
let api: WebexApi;
useWebex((made) => ({ clock, api } = made));

const now = Date.UTC(2026, 2, 11, 18, 30);
const UNKNOWN_TASK = '00000000-0000-4000-8000-000000000000';

interface CaptureJson {
  readonly taskId: string;
  readonly recording: readonly {
    readonly id: string;
    readonly segment: boolean;
    readonly attributes: Record<string, unknown> & { readonly filePath: string };
  }[];
  readonly transcription: readonly unknown[];
}

async function recordedCalls(): Promise<TaskJson[]> {
  const response = await api.get('/v1/tasks', {
    from: now - 3 * 86_400_000,
    channelTypes: 'telephony',
    pageSize: 1000,
  });
  return (response.body as { data: TaskJson[] }).data.filter(
    (task) => task.attributes.captureRequested && task.attributes.status === 'completed',
  );
}

async function captures(query: object): Promise<CaptureJson[]> {
  const response = await api.post('/v1/captures/query', { query });
  if (response.status !== 200) throw new Error(`captures answered ${response.status}: ${response.text}`);
  return (response.body as { data: CaptureJson[] }).data;
}

describe('POST /v1/captures/query', () => {
  it("answers each voice task's stitched recording in the documented shape, the customer's number masked", async () => {
    const [call] = await recordedCalls();
    const response = await api.post('/v1/captures/query', {
      query: { orgId: DEMO_ORG.id, taskIds: [call?.id], urlExpiration: 10 },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ meta: { orgId: DEMO_ORG.id, urlExpiration: 10 } });
    const [capture] = (response.body as { data: CaptureJson[] }).data;
    expect(capture?.taskId).toBe(call?.id);
    expect(capture?.transcription).toEqual([]);
    expect(capture?.recording).toHaveLength(1);
    expect(capture?.recording[0]).toMatchObject({
      segment: false,
      attributes: {
        fileName: `${call?.id}.wav`,
        filePath: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/recordings\/.+X-Amz-Signature=/) as unknown,
        startTime: expect.any(Number) as unknown,
        stopTime: expect.any(Number) as unknown,
        channel1: 'Caller',
        channel2: 'Agent',
        callType: 'main',
        sensitive: false,
      },
    });
    const participants = capture?.recording[0]?.attributes.participants as string[];
    expect(participants[0]).toBe(call?.attributes.owner.id);
    expect(participants[1]).toMatch(/^\+\d{3}\*+\d{4}$/);
  });

  it('an unknown task answers with empty recording and transcription lists, not an error', async () => {
    expect(await captures({ taskIds: [UNKNOWN_TASK] })).toEqual([
      { taskId: UNKNOWN_TASK, recording: [], transcription: [] },
    ]);
  });

  it('includeSegments answers the pieces of a call put on hold', async () => {
    const calls = await recordedCalls();
    const segmented = await captures({ taskIds: calls.slice(0, 10).map((call) => call.id), includeSegments: true });
    expect(segmented.some((capture) => capture.recording.length === 2)).toBe(true);
    expect(segmented.every((capture) => capture.recording.every((recording) => recording.segment))).toBe(true);
  });

  it.each([
    ['11 task ids', { taskIds: Array.from({ length: 11 }, (_, index) => `task-${index}`) }, /at most 10/],
    ['urlExpiration 61', { taskIds: [UNKNOWN_TASK], urlExpiration: 61 }, /at most 60/],
    ['urlExpiration 0', { taskIds: [UNKNOWN_TASK], urlExpiration: 0 }, /^urlExpiration should be greater than 0$/],
    ['no task ids', { urlExpiration: 5 }, /taskIds/],
    [
      'a task id twice',
      { taskIds: ['8e18afdf-db79-449b-b4f5-ee4f14d9f45e', '8e18afdf-db79-449b-b4f5-ee4f14d9f45e'] },
      /repeat/,
    ],
    ['a task id that is not a UUID', { taskIds: ['task-1'] }, /UUID/],
  ])('%s answers 400 in the data API error body', async (_case, query, description) => {
    const response = await api.post('/v1/captures/query', { query });
    expect(response.status).toBe(400);
    const body = response.body as DataErrorJson;
    expect(body.error.key).toBe('400');
    expect(body.error.message[0]?.description).toMatch(description);
  });
});

describe('recording downloads', () => {
  async function signedUrl(urlExpiration: number): Promise<string> {
    const [call] = await recordedCalls();
    const [capture] = await captures({ taskIds: [call?.id], urlExpiration });
    return capture?.recording[0]?.attributes.filePath ?? '';
  }

  it('the signed URL downloads a WAV file without any credentials', async () => {
    const response = await fetch(await signedUrl(5));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/wav');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 4).toString('ascii')).toBe('RIFF');
    expect(bytes.subarray(8, 12).toString('ascii')).toBe('WAVE');
    expect(bytes.length).toBeGreaterThan(16_000);
  });

  it('the URL stops working once urlExpiration minutes have passed: 403 AccessDenied, as S3 answers', async () => {
    const url = await signedUrl(5);
    clock.advance(5 * 60_000 - 1_000);
    expect((await fetch(url)).status).toBe(200);
    clock.advance(1_000);
    const expired = await fetch(url);
    expect(expired.status).toBe(403);
    expect(await expired.text()).toContain('<Code>AccessDenied</Code>');
  });

  it('a URL whose expiry was changed is refused: 403 SignatureDoesNotMatch', async () => {
    const url = new URL(await signedUrl(5));
    url.searchParams.set('X-Amz-Expires', '86400');
    const tampered = await fetch(url);
    expect(tampered.status).toBe(403);
    expect(await tampered.text()).toContain('<Code>SignatureDoesNotMatch</Code>');
  });
});
