import { afterEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../../bff/src/clock.js';
import { ManualScheduler } from '../../kit/manual-scheduler.js';
import { HOUR_MS, errorOf, startWebexBff } from './webex-api-kit.js';
import type { WebexBff } from './webex-api-kit.js';

let webex: WebexBff | undefined;

afterEach(async () => {
  await webex?.close();
  webex = undefined;
});

/** A manual clock that announces the first timer of at least `ms`: the BFF waiting out a Retry-After. */
function clockAwaitingTimer(ms: number): { clock: ManualScheduler & Clock; waiting: Promise<number> } {
  const clock = new ManualScheduler();
  const schedule = clock.after.bind(clock);
  let announce: (delay: number) => void = () => undefined;
  const waiting = new Promise<number>((resolve) => (announce = resolve));
  clock.after = (delay, task) => {
    if (delay >= ms) announce(delay);
    return schedule(delay, task);
  };
  return { clock, waiting };
}

const tasksOf = async (bff: WebexBff, to: number) =>
  bff
    .api()
    .get('/api/webex/tasks')
    .query({ from: to - HOUR_MS, to })
    .set('Authorization', `Bearer ${(await bff.tokenOf('supervisor')) ?? ''}`);

describe('Webex rate limits', () => {
  it('a 429 from Webex is waited out: no request reaches Webex before its Retry-After, then the call is answered', async () => {
    const { clock, waiting } = clockAwaitingTimer(1000);
    webex = await startWebexBff({ clock, emulator: { requestsPerMinute: 1 } });
    const to = clock.now().getTime() - 24 * HOUR_MS;
    expect((await tasksOf(webex, to)).status).toBe(200);

    const second = tasksOf(webex, to);
    const delay = await waiting;
    const hitsWhileWaiting = webex.hits.map((hit) => hit.status);
    clock.advance(delay - 1);
    expect(webex.hits.map((hit) => hit.status)).toEqual(hitsWhileWaiting);
    clock.advance(1);
    const response = await second;

    expect(response.status).toBe(200);
    expect(hitsWhileWaiting).toEqual([200, 429]);
    const [, limited, retried] = webex.hits;
    expect(retried?.status).toBe(200);
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(delay);
    expect(delay).toBe(60_000);
  });

  it('a Retry-After longer than WEBEX_RATE_LIMIT_MAX_WAIT answers 503 with that Retry-After at once', async () => {
    webex = await startWebexBff({ env: { WEBEX_RATE_LIMIT_MAX_WAIT: '10s' }, emulator: { requestsPerMinute: 1 } });
    const to = Date.now() - 24 * HOUR_MS;
    await tasksOf(webex, to);

    const response = await tasksOf(webex, to);

    expect(response.status).toBe(503);
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(10);
    expect(errorOf(response)).toMatchObject({
      code: 'upstream_unavailable',
      upstream: { service: 'webex', status: 429 },
    });
    expect(webex.hits.map((hit) => hit.status)).toEqual([200, 429]);
  });

  it('once the BFF has spent WEBEX_REQUESTS_PER_MINUTE its callers get 503 with Retry-After and Webex is not asked', async () => {
    webex = await startWebexBff({ env: { WEBEX_REQUESTS_PER_MINUTE: '2' } });
    const to = Date.now() - 24 * HOUR_MS;
    expect((await tasksOf(webex, to)).status).toBe(200);
    expect((await tasksOf(webex, to)).status).toBe(200);

    const response = await tasksOf(webex, to);

    expect(response.status).toBe(503);
    expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(response.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(errorOf(response).code).toBe('upstream_unavailable');
    expect(webex.hits).toHaveLength(2);
  });
});
