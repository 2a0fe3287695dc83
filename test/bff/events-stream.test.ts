import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agent } from '../../shared/api/agent.js';
import type { Dialog } from '../../shared/api/dialog.js';
import { SYSTEM_INFO_MODES, bearer, startTestBff } from '../kit/bff.js';
import type { SystemInfoMode, TestBff, TestBffOptions } from '../kit/bff.js';
import { EventStreamReader, dataOf } from '../kit/event-stream-reader.js';
import type { SseFrame } from '../kit/event-stream-reader.js';
import { listen } from '../kit/listening-server.js';
import type { ListeningServer } from '../kit/listening-server.js';

let bff: TestBff;
let server: ListeningServer;
let readers: EventStreamReader[];
let mode: SystemInfoMode;

async function start(options: TestBffOptions = {}): Promise<void> {
  bff = await startTestBff({ systemInfo: mode, ...options });
  server = await listen(bff.app);
  readers = [];
}

async function stop(): Promise<void> {
  for (const reader of readers) reader.close();
  await server.close();
  await bff.close();
}

const api = () => request(bff.app);

async function openStream(token: string, headers: Record<string, string> = {}): Promise<EventStreamReader> {
  const reader = await EventStreamReader.open(`${server.url}/api/events`, {
    Authorization: bearer(token),
    'Accept-Encoding': 'gzip, deflate, br',
    ...headers,
  });
  readers.push(reader);
  return reader;
}

const agentOf = (frame: SseFrame) => (dataOf(frame) as { agent: Agent }).agent;
const dialogEvent = (frame: SseFrame) => dataOf(frame) as { change: string; dialog: Dialog };
const sequenceOf = (frame: SseFrame) => Number(frame.id?.split('-')[1]);
const agentEventWhere = (match: (agent: Agent) => boolean) => (frame: SseFrame) =>
  frame.event === 'agent' && match(agentOf(frame));

async function setState(token: string, body: object): Promise<void> {
  const response = await api().put('/api/agent/state').set('Authorization', bearer(token)).send(body);
  expect(response.status).toBe(200);
}

describe.each(SYSTEM_INFO_MODES)('with $name', ({ systemInfo }) => {
  beforeEach(() => {
    mode = systemInfo;
    return start();
  });
  afterEach(() => stop());

  describe("GET /api/events streams the agent's events as Server-Sent Events", () => {
    it('a signed-in session gets 200 text/event-stream, uncompressed and not transformable, opening with retry and a system notice', async () => {
      const token = await bff.signedInAgent();
      const reader = await openStream(token);
      expect(reader.response.status).toBe(200);
      expect(reader.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      expect(reader.response.headers.get('content-encoding')).toBeNull();
      expect(reader.response.headers.get('cache-control')).toContain('no-transform');
      const system = await reader.nextEvent('system');
      expect(dataOf(system)).toEqual({ notifications: 'xmpp' });
      expect(reader.frames[0]?.retry).toBeGreaterThan(0);
    });

    it('a request without a session answers 401 JSON instead of a stream', async () => {
      const response = await fetch(`${server.url}/api/events`);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: 'unauthorized' } });
    });

    it('PUT /api/agent/state READY delivers an agent event with an id whose data has agent.state READY', async () => {
      const token = await bff.signedInAgent();
      const reader = await openStream(token);
      await reader.nextEvent('system');
      await setState(token, { state: 'READY' });
      const event = await reader.waitFor(agentEventWhere((agent) => agent.state === 'READY'));
      expect(event.id).toMatch(/^[0-9a-f]+-[0-9]+$/);
      expect(agentOf(event)).toMatchObject({ id: '1001001', state: 'READY' });
    });

    it('a call ringing at the agent delivers a dialog event with change added for that dialog', async () => {
      const token = await bff.signedInAgent();
      const reader = await openStream(token);
      await reader.nextEvent('system');
      const ring = await bff.sandbox().post('/sandbox/calls').send({ from: '5551234567', to: '1001001' }).expect(201);
      const { dialogId } = ring.body as { dialogId: string };
      const event = await reader.waitFor((frame) => frame.event === 'dialog' && dialogEvent(frame).change === 'added');
      expect(event.id).toBeDefined();
      expect(dialogEvent(event).dialog).toMatchObject({ id: dialogId, from: '5551234567' });
    });

    it('a keep-alive comment arrives every heartbeat (heartbeatMs 100)', async () => {
      await stop();
      await start({ heartbeatMs: 100 });
      const token = await bff.signedInAgent();
      const reader = await openStream(token);
      const comment = await reader.waitFor((frame) => frame.comments.includes('keep-alive'));
      expect(comment.event).toBeUndefined();
    });

    it('DELETE /api/session ends the open stream: the reader sees the end of the response', async () => {
      const token = await bff.signedInAgent();
      const reader = await openStream(token);
      await reader.nextEvent('system');
      await api().delete('/api/session').set('Authorization', bearer(token)).expect(204);
      expect(await reader.ended).toBe('end');
    });
  });

  describe('Last-Event-ID resumes a stream without losing events', () => {
    it('reconnecting with the id of the first event replays every later event, in order, before the system notice', async () => {
      const token = await bff.signedInAgent();
      const first = await openStream(token);
      await first.nextEvent('system');
      await setState(token, { state: 'READY' });
      await first.waitFor(agentEventWhere((agent) => agent.state === 'READY'));
      await bff.sandbox().post('/sandbox/calls').send({ from: '5551234567', to: '1001001' }).expect(201);
      await first.waitFor((frame) => frame.event === 'dialog');
      const withIds = first.frames.filter((frame) => frame.id !== undefined);
      const [firstEvent, ...laterSeen] = withIds;
      if (!firstEvent) throw new Error('the first stream carried no event with an id');
      expect(laterSeen.length).toBeGreaterThanOrEqual(1);
      first.close();

      const resumed = await openStream(token, { 'Last-Event-ID': firstEvent.id ?? '' });
      await resumed.nextEvent('system');
      const systemIndex = resumed.frames.findIndex((frame) => frame.event === 'system');
      const replayed = resumed.frames.slice(0, systemIndex).filter((frame) => frame.id !== undefined);
      expect(replayed.length).toBeGreaterThanOrEqual(laterSeen.length);
      expect(replayed.slice(0, laterSeen.length)).toEqual(laterSeen);
      expect(replayed.map(sequenceOf)).toEqual(replayed.map((_frame, index) => sequenceOf(firstEvent) + 1 + index));
    });

    it.each(['not-an-id', 'deadbeef-1', '0'])(
      'an unknown Last-Event-ID %s gets a resync event',
      async (lastEventId) => {
        const token = await bff.signedInAgent();
        const reader = await openStream(token, { 'Last-Event-ID': lastEventId });
        const resync = await reader.nextEvent('resync');
        expect(resync.id).toBeUndefined();
        expect(dataOf(resync)).toMatchObject({ reason: expect.any(String) as string });
      },
    );
  });

  describe('a dropped Finesse notification session loses no event', () => {
    const directReady = async () => {
      await request(bff.emulator.url)
        .put('/finesse/api/User/1001001')
        .auth('1001001', 'sandbox')
        .set('Content-Type', 'application/xml')
        .send('<User><state>READY</state></User>')
        .expect(202);
    };

    async function expectResumeLosesNothing(token: string, before: SseFrame, stream: EventStreamReader): Promise<void> {
      const seenAfter = stream.frames
        .slice(stream.frames.indexOf(before) + 1)
        .filter((frame) => frame.id !== undefined);
      stream.close();
      const resumed = await openStream(token, { 'Last-Event-ID': before.id! });
      await resumed.nextEvent('system');
      const systemIndex = resumed.frames.findIndex((frame) => frame.event === 'system');
      const replayed = resumed.frames.slice(0, systemIndex).filter((frame) => frame.id !== undefined);
      expect(replayed.slice(0, seenAfter.length)).toEqual(seenAfter);
      expect(replayed.map(sequenceOf)).toEqual(replayed.map((_frame, index) => sequenceOf(before) + 1 + index));
      expect(replayed.some(agentEventWhere((agent) => agent.state === 'READY'))).toBe(true);
    }

    it('XMPP cut mid-session, then READY set directly at Finesse: the READY reaches the stream, and resuming from before the cut replays it', async () => {
      const token = await bff.signedInAgent();
      const stream = await openStream(token);
      await stream.nextEvent('system');
      await setState(token, { state: 'NOT_READY', reasonCodeId: '2' });
      const before = await stream.waitFor(agentEventWhere((agent) => agent.reasonCode?.id === '2'));
      await bff.sandbox().post('/sandbox/xmpp/drop').expect(204);
      await directReady();
      await stream.waitFor(agentEventWhere((agent) => agent.state === 'READY'));
      await expectResumeLosesNothing(token, before, stream);
    });

    it('XMPP cut and refused on reconnect, then READY set directly at Finesse: polling brings the READY to the stream, and nothing is lost on resume', async () => {
      const token = await bff.signedInAgent();
      const stream = await openStream(token);
      await stream.nextEvent('system');
      await setState(token, { state: 'NOT_READY', reasonCodeId: '2' });
      const before = await stream.waitFor(agentEventWhere((agent) => agent.reasonCode?.id === '2'));
      await bff.sandbox().post('/sandbox/faults').send({ path: '^/ws$', mode: 'reset' }).expect(201);
      await bff.sandbox().post('/sandbox/xmpp/drop').expect(204);
      await directReady();
      await stream.waitFor(agentEventWhere((agent) => agent.state === 'READY'));
      const readiness = await api().get('/readyz');
      expect(readiness.body).toMatchObject({ checks: { notifications: { agents: { polling: 1, xmpp: 0 } } } });
      await bff.sandbox().delete('/sandbox/faults').expect(204);
      await expectResumeLosesNothing(token, before, stream);
    });
  });
});
