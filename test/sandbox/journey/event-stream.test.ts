import { afterEach, describe, expect, it } from 'vitest';
import { MARIA_GARCIA } from '../../../bff/sandbox/context-service/demo/demo-facts.js';
import type { CloudEventJson, JdsApi, JourneyEmulator } from './journey-kit.js';
import { cloudEvent, useJourney } from './journey-kit.js';
import { SseReader } from './sse-reader.js';

let emulator: JourneyEmulator;
let api: JdsApi;
useJourney((made) => ({ emulator, api } = made), { keepAliveMs: 50 });

const aborts: AbortController[] = [];
afterEach(() => {
  for (const abort of aborts.splice(0)) abort.abort();
});

async function openStream(
  identity: string,
  options: { query?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  const abort = new AbortController();
  aborts.push(abort);
  const url = `${emulator.url}/v1/api/events/stream/workspace-id/${emulator.workspaceId}/identity/${encodeURIComponent(identity)}${options.query ?? ''}`;
  return fetch(url, {
    headers: options.headers ?? { Authorization: `Bearer ${emulator.token}` },
    signal: abort.signal,
  });
}

async function openReader(identity: string, query = ''): Promise<SseReader> {
  const response = await openStream(identity, { query });
  expect(response.status).toBe(200);
  const reader = new SseReader(response.body as ReadableStream<Uint8Array>);
  // The opening comment says the server is listening; only then is a publish sure to be heard.
  expect(await reader.nextComment()).toBe('connected');
  return reader;
}

describe('the event stream (Server-Sent Events)', () => {
  it('answers text/event-stream and delivers an event published for another alias of the person, with its id', async () => {
    const response = await openStream(MARIA_GARCIA.mobilePhone);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = new SseReader(response.body as ReadableStream<Uint8Array>);
    expect(await reader.nextComment()).toBe('connected');
    const event = cloudEvent(MARIA_GARCIA.homeEmail);
    await api.publish(event).expect(200);
    const message = await reader.next();
    expect(message.id).toBe(event.id);
    expect(JSON.parse(message.data) as CloudEventJson).toEqual(event);
  });

  it("does not deliver another person's events", async () => {
    const reader = await openReader(MARIA_GARCIA.mobilePhone);
    await api.publish(cloudEvent('+15105550176')).expect(200);
    const mine = cloudEvent(MARIA_GARCIA.mobilePhone);
    await api.publish(mine).expect(200);
    expect((JSON.parse((await reader.next()).data) as CloudEventJson).id).toBe(mine.id);
  });

  it('applies the data filter to what it delivers', async () => {
    const reader = await openReader(MARIA_GARCIA.mobilePhone, '?data=channelType==chat');
    await api.publish(cloudEvent(MARIA_GARCIA.mobilePhone)).expect(200);
    const chat = cloudEvent(MARIA_GARCIA.mobilePhone, { data: { channelType: 'chat' } });
    await api.publish(chat).expect(200);
    expect((JSON.parse((await reader.next()).data) as CloudEventJson).id).toBe(chat.id);
  });

  it('takes the token from bearerToken in the query, as the journey widget’s EventSource sends it', async () => {
    const response = await openStream(MARIA_GARCIA.mobilePhone, {
      query: `?bearerToken=${emulator.token}`,
      headers: {},
    });
    expect(response.status).toBe(200);
    await response.body?.cancel();
  });

  it('answers 401 without a token or with a wrong one', async () => {
    expect((await openStream(MARIA_GARCIA.mobilePhone, { headers: {} })).status).toBe(401);
    expect((await openStream(MARIA_GARCIA.mobilePhone, { query: '?bearerToken=wrong', headers: {} })).status).toBe(401);
  });

  it('keeps the connection alive with comment lines', async () => {
    const reader = await openReader(MARIA_GARCIA.mobilePhone);
    expect(await reader.nextComment()).toBe('keep-alive');
  });
});
