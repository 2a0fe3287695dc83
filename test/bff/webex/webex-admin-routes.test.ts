import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createCredentialCipher } from '../../../bff/src/auth/credential-cipher.js';
import { DEMO_ORG, SECOND_ORG } from '../../../bff/sandbox/webex/demo/demo-facts.js';
import { WebexOrgList } from '../../../shared/api/webex-admin.js';
import { bearer, errorOf } from '../admin/admin-kit.js';
import { startWebexAdminBff } from './webex-admin-bff.js';
import type { WebexAdminBff } from './webex-admin-bff.js';

let bff: WebexAdminBff;
let token: string;

beforeEach(async () => {
  bff = await startWebexAdminBff();
  token = await bff.signInAdministrator();
});

afterEach(async () => {
  await bff.close();
});

async function orgs(): Promise<WebexOrgList> {
  const answer = await bff.api().get('/api/admin/webex/orgs').set('Authorization', bearer(token));
  expect(answer.status).toBe(200);
  return WebexOrgList.parse(answer.body);
}

/** Where the callback sent the browser, as the page reads it. */
function pageOutcome(location: string | undefined): Record<string, string> {
  const url = new URL(location ?? '', 'http://bff');
  expect(url.pathname).toBe('/admin');
  return Object.fromEntries(url.searchParams);
}

describe('connecting a Webex Contact Center org from /admin', () => {
  it("connect answers Webex's authorize URL with the configured scopes, a state, a PKCE S256 challenge and the BFF's own callback", async () => {
    const answer = await bff
      .api()
      .post('/api/admin/webex/connect')
      .set('Authorization', bearer(token))
      .send({ region: 'eu1' });

    expect(answer.status).toBe(200);
    const url = new URL((answer.body as { authorizeUrl: string }).authorizeUrl);
    expect(`${url.origin}${url.pathname}`).toBe(`${bff.webex.url}/v1/authorize`);
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('scope')).toBe('cjp:config_read cjp:config_write cjp:user');
    expect(url.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/admin\/webex\/callback$/);
    expect(url.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  });

  it('the callback exchanges the code, stores the org with its region and sends the browser to /admin saying connected, with no token in the URL', async () => {
    const back = await bff.authorize(token, DEMO_ORG.admin.id, 'eu1');

    const answer = await bff.callback(back);

    expect(answer.status).toBe(303);
    expect(pageOutcome(answer.headers.location)).toEqual({ webex: 'connected', org: DEMO_ORG.id });
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
    const listed = await orgs();
    expect(listed.orgs).toMatchObject([
      {
        orgId: DEMO_ORG.id,
        region: 'eu1',
        apiBase: 'https://api.wxcc-eu1.cisco.com',
        state: 'connected',
        connectedBy: 'administrator',
        lastRefreshAt: null,
      },
    ]);
    expect(listed.regions).toEqual(['us1', 'eu1', 'eu2', 'anz1', 'ca1', 'jp1', 'sg1', 'in1']);
    const audit = await bff.bff.assembly.store.audit.list({ limit: 10, action: 'webex.connect' });
    expect(audit).toMatchObject([{ actor: 'administrator', subject: DEMO_ORG.id, outcome: 'ok' }]);
  });

  it('two orgs connected by their own administrators are both listed', async () => {
    await bff.callback(await bff.authorize(token, DEMO_ORG.admin.id));
    await bff.callback(await bff.authorize(token, SECOND_ORG.admin.id, 'eu2'));

    const listed = await orgs();

    expect(listed.orgs.map((org) => [org.orgId, org.region]).sort()).toEqual(
      [
        [DEMO_ORG.id, 'us1'],
        [SECOND_ORG.id, 'eu2'],
      ].sort(),
    );
  });

  it('a state that was never handed out is refused: state_mismatch, nothing stored', async () => {
    const back = await bff.authorize(token);
    back.searchParams.set('state', 'forged-state-forged-state-forged-state-0000');

    const answer = await bff.callback(back);

    expect(pageOutcome(answer.headers.location)).toMatchObject({ webex: 'state_mismatch' });
    expect((await orgs()).orgs).toEqual([]);
  });

  it('a callback replayed with the same state is refused the second time', async () => {
    const back = await bff.authorize(token);
    await bff.callback(back);

    const replay = await bff.callback(back);

    expect(pageOutcome(replay.headers.location)).toMatchObject({ webex: 'state_mismatch' });
  });

  it('a code replayed under a fresh state is refused by Webex and reported as code_refused', async () => {
    const first = await bff.authorize(token);
    const second = await bff.authorize(token);
    await bff.callback(first);
    second.searchParams.set('code', first.searchParams.get('code') ?? '');

    const replay = await bff.callback(second);

    const outcome = pageOutcome(replay.headers.location);
    expect(outcome.webex).toBe('code_refused');
    expect(outcome.reason).toContain('already been used');
  });

  it('a state from a session that has since signed out is refused', async () => {
    const back = await bff.authorize(token);
    await bff.api().delete('/api/session').set('Authorization', bearer(token));

    const answer = await bff.callback(back);

    expect(pageOutcome(answer.headers.location)).toMatchObject({ webex: 'state_mismatch' });
  });

  it("an error from the authorize step comes back in Webex's own words", async () => {
    const back = await bff.authorize(token);
    back.searchParams.delete('code');
    back.searchParams.set('error', 'access_denied');
    back.searchParams.set('error_description', 'The user declined the authorization');

    const answer = await bff.callback(back);

    expect(pageOutcome(answer.headers.location)).toEqual({
      webex: 'refused',
      reason: 'The user declined the authorization',
    });
  });

  it('disconnect forgets the org (204, audited); a second disconnect is 404 in the JSON error shape', async () => {
    await bff.callback(await bff.authorize(token));

    const removed = await bff.api().delete(`/api/admin/webex/orgs/${DEMO_ORG.id}`).set('Authorization', bearer(token));
    const again = await bff.api().delete(`/api/admin/webex/orgs/${DEMO_ORG.id}`).set('Authorization', bearer(token));

    expect(removed.status).toBe(204);
    expect((await orgs()).orgs).toEqual([]);
    expect(again.status).toBe(404);
    expect(errorOf(again).code).toBe('not_found');
    expect(await bff.bff.assembly.store.audit.list({ limit: 10, action: 'webex.disconnect' })).toMatchObject([
      { actor: 'administrator', subject: DEMO_ORG.id },
    ]);
  });

  it("a region not configured is 400 naming region; no session is 401; an agent's session is 403", async () => {
    const badRegion = await bff
      .api()
      .post('/api/admin/webex/connect')
      .set('Authorization', bearer(token))
      .send({ region: 'mars1' });
    const anonymous = await bff.api().get('/api/admin/webex/orgs');
    const { token: agentToken } = await bff.bff.signIn();
    const agent = await bff.api().get('/api/admin/webex/orgs').set('Authorization', bearer(agentToken));

    expect([badRegion.status, errorOf(badRegion).code, errorOf(badRegion).message]).toEqual([
      400,
      'invalid_request',
      expect.stringContaining('region'),
    ]);
    expect(anonymous.status).toBe(401);
    expect(agent.status).toBe(403);
  });

  it('an org whose refresh token Webex refuses is listed as needing re-authorization', async () => {
    await bff.callback(await bff.authorize(token));
    const access = await bff.bff.assembly.webexAccess.access();
    await bff.webexSandbox().post('/sandbox/tokens/expire').send({ tokens: 'all' });

    await expect(bff.bff.assembly.webexAccess.afterUnauthorized(access)).rejects.toMatchObject({
      code: 'webex_not_connected',
      needsReauthorization: true,
    });

    expect((await orgs()).orgs).toMatchObject([{ orgId: DEMO_ORG.id, state: 'needs_reauthorization' }]);
  });

  it('the OpenAPI document lists the four routes; the callback alone needs no session', async () => {
    const document = (await bff.api().get('/api/openapi.json')).body as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };

    expect(Object.keys(document.paths['/api/admin/webex/orgs'] ?? {})).toEqual(['get']);
    expect(Object.keys(document.paths['/api/admin/webex/orgs/{orgId}'] ?? {})).toEqual(['delete']);
    expect(Object.keys(document.paths['/api/admin/webex/connect'] ?? {})).toEqual(['post']);
    expect(document.paths['/api/admin/webex/callback']?.get?.security).toEqual([]);
  });

  it('no answer, page or log line carries the client secret or an access or refresh token', async () => {
    const texts: string[] = [];
    const back = await bff.authorize(token);
    const callback = await bff.callback(back);
    texts.push(JSON.stringify(callback.headers), callback.text);
    const listed = await bff.api().get('/api/admin/webex/orgs').set('Authorization', bearer(token));
    texts.push(JSON.stringify(listed.headers), listed.text);
    const first = await bff.bff.assembly.webexAccess.access();
    await bff.webexSandbox().post('/sandbox/tokens/expire').send({ tokens: 'access' });
    const renewed = await bff.bff.assembly.webexAccess.afterUnauthorized(first);
    const audit = await bff.api().get('/api/admin/audit').set('Authorization', bearer(token));
    texts.push(audit.text, JSON.stringify(await bff.bff.assembly.store.audit.list({ limit: 50 })), ...bff.bff.logs);
    const [stored] = await bff.bff.assembly.store.webexOrgs.list();
    const sealed = createCredentialCipher(bff.credentialsKey).decrypt(
      stored?.tokensCiphertext ?? '',
      z.object({ accessToken: z.string(), refreshToken: z.string() }),
    );

    const secrets = [
      bff.webex.clientSecret,
      first.accessToken,
      renewed.accessToken,
      sealed.refreshToken,
      back.searchParams.get('code') ?? 'code',
    ];
    expect(sealed.accessToken).toBe(renewed.accessToken);
    for (const secret of secrets) for (const text of texts) expect(text).not.toContain(secret);
  });
});
