import { describe, expect, it } from 'vitest';
import type { GatewayTooManyRequests } from '../../../bff/sandbox/webex/http/error-bodies.js';
import type { ManualClock, WebexApi, WebexEmulator } from './webex-kit.js';
import { SECOND_ORG, WebexApi as Api, control, signIn, useWebex } from './webex-kit.js';

let emulator: WebexEmulator;
let clock: ManualClock;
let api: WebexApi;
useWebex((made) => ({ emulator, clock, api } = made), { requestsPerMinute: 3 });

const query = { from: Date.UTC(2026, 2, 11, 12, 0) };

describe('the per-client request budget', () => {
  it('past the budget a call answers the gateway 429 with Retry-After: the seconds left in the minute', async () => {
    for (let call = 0; call < 3; call += 1) expect((await api.get('/v1/tasks', query)).status).toBe(200);
    clock.advance(20_000);
    const refused = await api.get('/v1/tasks', query);
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('40');
    expect(refused.body as GatewayTooManyRequests).toEqual({
      code: 429,
      message: 'Too many requests. Rate limit exceeded.',
      trackingId: expect.stringMatching(/^GTWY_/) as unknown,
    });
  });

  it('the budget is per client id: tokens of another organisation for the same integration share it', async () => {
    const other = new Api(emulator, (await signIn(emulator, { personId: SECOND_ORG.admin.id })).access_token);
    await api.get('/v1/tasks', query).expect(200);
    await api.get('/v1/tasks', query).expect(200);
    await other.get('/v1/tasks', query).expect(200);
    expect((await other.get('/v1/tasks', query)).status).toBe(429);
  });

  it('refused calls are not counted: after the minute the whole budget is back', async () => {
    for (let call = 0; call < 5; call += 1) await api.get('/v1/tasks', query);
    clock.advance(60_000);
    for (let call = 0; call < 3; call += 1) expect((await api.get('/v1/tasks', query)).status).toBe(200);
    expect((await api.get('/v1/tasks', query)).status).toBe(429);
  });

  it('the control API sets the budget; a reset returns to the one the emulator started with', async () => {
    expect((await control(emulator).get('/sandbox/rate-limit')).body).toEqual({ requestsPerMinute: 3 });
    await control(emulator).post('/sandbox/reset').expect(204);
    expect((await control(emulator).get('/sandbox/rate-limit')).body).toEqual({ requestsPerMinute: 3 });
    await control(emulator).post('/sandbox/rate-limit').send({ requestsPerMinute: 1 }).expect(200);
    expect((await control(emulator).get('/sandbox/rate-limit')).body).toEqual({ requestsPerMinute: 1 });
    const fresh = new Api(emulator, (await signIn(emulator)).access_token);
    await fresh.get('/v1/tasks', query).expect(200);
    expect((await fresh.get('/v1/tasks', query)).status).toBe(429);
  });
});
