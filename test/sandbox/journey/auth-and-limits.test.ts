import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { MARIA_GARCIA } from '../../../bff/sandbox/context-service/demo/demo-facts.js';
import type { ErrorJson, JdsApi, JourneyEmulator, ManualClock } from './journey-kit.js';
import { JdsApi as Api, cloudEvent, control, useJourney } from './journey-kit.js';

let emulator: JourneyEmulator;
let api: JdsApi;
let clock: ManualClock;
useJourney((made) => ({ emulator, api, clock } = made), { requestsPerMinute: 3 });

describe('bearer authentication', () => {
  it('a request without Authorization answers 401 asking for a bearer token', async () => {
    const response = await request(emulator.url)
      .get(`/admin/v1/api/person/workspace-id/${emulator.workspaceId}/aliases/%2B14155550123`)
      .expect(401);
    expect((response.body as ErrorJson).error).toEqual({
      key: '401',
      message: [{ description: 'Authorization: Bearer <access token> is required.' }],
    });
  });

  it('a wrong token answers 401 and is not counted against the budget', async () => {
    const stranger = new Api(emulator, 'not-the-token');
    for (let call = 0; call < 5; call += 1) await stranger.byAlias(MARIA_GARCIA.mobilePhone).expect(401);
    await api.byAlias(MARIA_GARCIA.mobilePhone).expect(200);
  });

  it('the token in the query string is refused outside the event stream', async () => {
    await request(emulator.url)
      .get(`/admin/v1/api/person/workspace-id/${emulator.workspaceId}/aliases/%2B14155550123`)
      .query({ bearerToken: emulator.token })
      .expect(401);
  });
});

describe('the rate budget', () => {
  it('past the budget a call answers 429 with Retry-After and the gateway body, and is not processed', async () => {
    for (let call = 0; call < 3; call += 1) await api.byAlias(MARIA_GARCIA.mobilePhone).expect(200);
    clock.advance(15_000);
    const refused = await api.publish(cloudEvent('refused@example.com')).expect(429);
    expect(refused.headers['retry-after']).toBe('45');
    expect(refused.body).toEqual({
      code: 429,
      message: 'Too many requests. Rate limit exceeded.',
      trackingId: expect.stringMatching(/^GTWY_/) as unknown,
    });
    clock.advance(45_000);
    await api.byAlias('refused@example.com').expect(404);
  });

  it('the control API sets the budget; a reset returns to the start’s', async () => {
    await control(emulator).post('/sandbox/rate-limit').send({ requestsPerMinute: 1 }).expect(200);
    await api.byAlias(MARIA_GARCIA.mobilePhone).expect(200);
    await api.byAlias(MARIA_GARCIA.mobilePhone).expect(429);
    await control(emulator).post('/sandbox/reset').expect(204);
    expect((await control(emulator).get('/sandbox/rate-limit')).body).toEqual({ requestsPerMinute: 3 });
  });
});

describe('the control API', () => {
  it('counts calls by operation and forgets them on DELETE', async () => {
    await api.byAlias(MARIA_GARCIA.mobilePhone).expect(200);
    await api.history({ identity: MARIA_GARCIA.mobilePhone }).expect(200);
    expect((await control(emulator).get('/sandbox/stats')).body).toEqual({
      'GET /admin/v1/api/person': 1,
      'GET /v1/api/events': 1,
    });
    await control(emulator).delete('/sandbox/stats').expect(204);
    expect((await control(emulator).get('/sandbox/stats')).body).toEqual({});
  });

  it('an injected fault answers the status in the error body; reset clears it and brings the demo people back', async () => {
    const people = `/admin/v1/api/person/workspace-id/${emulator.workspaceId}`;
    await control(emulator).post('/sandbox/faults').send({ path: '^/admin/', mode: 'status', status: 503 }).expect(201);
    expect(((await api.byAlias(MARIA_GARCIA.mobilePhone).expect(503)).body as ErrorJson).error.key).toBe('503');
    await control(emulator).post('/sandbox/reset').expect(204);
    const maria =
      ((await api.byAlias(MARIA_GARCIA.mobilePhone).expect(200)).body as { data: { id: string }[] }).data[0]?.id ?? '';
    await api.delete(`${people}/person-id/${maria}`).expect(200);
    await control(emulator).post('/sandbox/reset').expect(204);
    await api.byAlias(MARIA_GARCIA.mobilePhone).expect(200);
  });

  it('an unknown control path answers 404 as JSON', async () => {
    const response = await control(emulator).get('/sandbox/nothing').expect(404);
    expect(response.body).toEqual({ error: { code: 'not_found', message: 'No such sandbox control endpoint' } });
  });
});
