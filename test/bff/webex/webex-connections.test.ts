import { afterEach, describe, expect, it } from 'vitest';
import { UpstreamError } from '../../../bff/src/errors.js';
import { WebexNotConnectedError } from '../../../bff/src/webex/webex-access.js';
import { DEMO_ORG, SECOND_ORG } from '../../../bff/sandbox/webex/demo/demo-facts.js';
import { WebexWorld } from './webex-onboarding-kit.js';
import type { WebexNode } from './webex-onboarding-kit.js';

const HOUR_S = 3600;
let world: WebexWorld | undefined;
const nodes: WebexNode[] = [];

afterEach(async () => {
  for (const node of nodes.splice(0)) await node.close();
  await world?.close();
  world = undefined;
});

async function startWorld(
  lifetimes: { accessTokenSeconds?: number; refreshTokenSeconds?: number } = { accessTokenSeconds: HOUR_S },
): Promise<WebexWorld> {
  world = await WebexWorld.start(lifetimes);
  return world;
}

async function nodeOf(target: WebexWorld, options: Parameters<WebexWorld['node']>[0] = {}): Promise<WebexNode> {
  const node = await target.node(options);
  nodes.push(node);
  return node;
}

describe('connected Webex orgs keep a working token', () => {
  it('the code flow stores the org with its region, scopes and expiries, and access() answers a token Webex accepts', async () => {
    const w = await startWorld();
    const node = await nodeOf(w);

    const orgId = await w.connect(node, DEMO_ORG.admin.id, 'eu1');

    const [org] = await node.connections.list();
    expect(org).toMatchObject({
      orgId: DEMO_ORG.id,
      region: 'eu1',
      apiBase: 'https://api.wxcc-eu1.cisco.com',
      scopes: ['cjp:config_read', 'cjp:config_write', 'cjp:user'],
      state: 'connected',
    });
    expect(org?.accessExpiresAt.getTime()).toBe(w.time.now().getTime() + HOUR_S * 1000);
    const access = await node.connections.access();
    expect(access).toMatchObject({ orgId, apiBase: 'https://api.wxcc-eu1.cisco.com' });
    expect(await w.accepts(access.accessToken)).toBe(true);
  });

  it('the tokens are sealed in the store: neither appears in the stored row', async () => {
    const w = await startWorld();
    const node = await nodeOf(w);
    await w.connect(node);
    const { accessToken } = await node.connections.access();

    const [stored] = await node.store.webexOrgs.list();

    expect(stored?.tokensCiphertext).toMatch(/^v1\./);
    expect(JSON.stringify(stored)).not.toContain(accessToken);
  });

  it('without a credentials key nothing is stored and connecting is refused with 503 webex_key_required', async () => {
    const w = await startWorld();
    const node = await nodeOf(w, { key: null });

    expect(() =>
      node.onboarding.begin({ actor: 'administrator', sessionHash: undefined }, 'us1', 'http://127.0.0.1/cb'),
    ).toThrow(expect.objectContaining({ status: 503, code: 'webex_key_required' }));
    expect(await node.connections.list()).toEqual([]);
  });

  it('two orgs connected through the same integration each get their own tokens, and access() then needs the org named', async () => {
    const w = await startWorld();
    const node = await nodeOf(w);

    await w.connect(node, DEMO_ORG.admin.id);
    await w.connect(node, SECOND_ORG.admin.id);

    expect((await node.connections.list()).map((org) => org.orgId).sort()).toEqual([DEMO_ORG.id, SECOND_ORG.id].sort());
    const demo = await node.connections.access(DEMO_ORG.id);
    const second = await node.connections.access(SECOND_ORG.id);
    expect(demo.accessToken).not.toBe(second.accessToken);
    expect(second.accessToken.endsWith(SECOND_ORG.id)).toBe(true);
    await expect(node.connections.access()).rejects.toBeInstanceOf(WebexNotConnectedError);
  });

  it('the access token is renewed a quarter of its lifetime before it lapses, twice in a row, with the refresh token each answer brought', async () => {
    const w = await startWorld();
    const node = await nodeOf(w);
    await w.connect(node);
    const first = await node.connections.access();

    w.time.advance(HOUR_S * 750 - 1);
    await node.connections.settled();
    expect(node.refreshes).toHaveLength(0);
    w.time.advance(1);
    await node.connections.settled();
    const second = await node.connections.access();
    w.time.advance(HOUR_S * 750);
    await node.connections.settled();
    const third = await node.connections.access();

    expect(node.refreshes).toHaveLength(2);
    expect(node.refreshes[0]).not.toBe(node.refreshes[1]);
    expect(new Set([first.accessToken, second.accessToken, third.accessToken]).size).toBe(3);
    expect(await w.accepts(third.accessToken)).toBe(true);
    expect((await node.connections.list())[0]?.lastRefreshAt).toEqual(w.time.now());
  });

  it('50 concurrent access() calls at expiry make one refresh and all get its token', async () => {
    const w = await startWorld();
    const node = await nodeOf(w, { timers: false });
    await w.connect(node);
    w.time.advance(HOUR_S * 1000);

    const answers = await Promise.all(Array.from({ length: 50 }, () => node.connections.access()));

    expect(node.refreshes).toHaveLength(1);
    expect(new Set(answers.map((answer) => answer.accessToken)).size).toBe(1);
    expect(await w.accepts(answers[0]!.accessToken)).toBe(true);
  });

  it('a restart mid-lifetime keeps the schedule: the next BFF on the same store renews at the same moment', async () => {
    const w = await startWorld();
    const before = await nodeOf(w);
    await w.connect(before);
    w.time.advance(HOUR_S * 500);
    await before.close();
    nodes.splice(nodes.indexOf(before), 1);

    const after = await nodeOf(w);
    w.time.advance(HOUR_S * 250 - 1);
    await after.connections.settled();
    expect(after.refreshes).toHaveLength(0);
    w.time.advance(1);
    await after.connections.settled();

    expect(after.refreshes).toHaveLength(1);
    expect(await w.accepts((await after.connections.access()).accessToken)).toBe(true);
  });

  it('a refused refresh token marks the org as needing re-authorization and access() says so', async () => {
    const w = await startWorld();
    const node = await nodeOf(w);
    const orgId = await w.connect(node);
    await w.control('/sandbox/tokens/expire', { tokens: 'refresh' });

    w.time.advance(HOUR_S * 750);
    await node.connections.settled();

    expect((await node.connections.list())[0]?.state).toBe('needs_reauthorization');
    await expect(node.connections.access()).rejects.toMatchObject({
      status: 503,
      code: 'webex_not_connected',
      needsReauthorization: true,
    });
    expect(w.audit).toContainEqual(
      expect.objectContaining({ action: 'webex.needs_reauthorization', subject: orgId, outcome: 'refused' }),
    );
  });

  it('reconnecting an org that needs re-authorization makes it usable again', async () => {
    const w = await startWorld();
    const node = await nodeOf(w);
    await w.connect(node);
    await w.control('/sandbox/tokens/expire', { tokens: 'all' });
    w.time.advance(HOUR_S * 750);
    await node.connections.settled();

    await w.connect(node);

    expect((await node.connections.list())[0]?.state).toBe('connected');
    expect(await w.accepts((await node.connections.access()).accessToken)).toBe(true);
  });

  it('a failed refresh is retried after a backoff, and the token is renewed then', async () => {
    const w = await startWorld();
    let failuresLeft = 2;
    const node = await nodeOf(w, {
      refresh: (refresh, token) => {
        if (failuresLeft-- > 0)
          return Promise.reject(new UpstreamError(503, 'upstream_unavailable', 'Webex cannot be reached'));
        return refresh(token);
      },
    });
    await w.connect(node);
    const first = await node.connections.access();

    w.time.advance(HOUR_S * 750);
    await node.connections.settled();
    w.time.advance(3_750);
    await node.connections.settled();
    expect(node.refreshes).toHaveLength(0);
    w.time.advance(7_500);
    await node.connections.settled();

    expect(node.refreshes).toHaveLength(1);
    expect((await node.connections.access()).accessToken).not.toBe(first.accessToken);
  });

  it('afterUnauthorized refreshes once; a caller still holding the rejected token then gets the new one without another refresh', async () => {
    const w = await startWorld();
    const node = await nodeOf(w, { timers: false });
    await w.connect(node);
    const rejected = await node.connections.access();
    await w.control('/sandbox/tokens/expire', { tokens: 'access' });
    expect(await w.accepts(rejected.accessToken)).toBe(false);

    const [renewed, alsoRenewed] = await Promise.all([
      node.connections.afterUnauthorized(rejected),
      node.connections.afterUnauthorized(rejected),
    ]);
    const late = await node.connections.afterUnauthorized(rejected);

    expect(node.refreshes).toHaveLength(1);
    expect(alsoRenewed.accessToken).toBe(renewed.accessToken);
    expect(late.accessToken).toBe(renewed.accessToken);
    expect(await w.accepts(renewed.accessToken)).toBe(true);
  });

  it('a disconnected org is forgotten: access() answers webex_not_connected and no refresh follows', async () => {
    const w = await startWorld();
    const node = await nodeOf(w);
    const orgId = await w.connect(node);

    expect(await node.connections.disconnect(orgId)).toBe(true);
    w.time.advance(HOUR_S * 1000);
    await node.connections.settled();

    expect(node.refreshes).toHaveLength(0);
    await expect(node.connections.access(orgId)).rejects.toMatchObject({
      code: 'webex_not_connected',
      needsReauthorization: false,
    });
  });
});
