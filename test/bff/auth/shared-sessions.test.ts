import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { bearer, startTestBff } from '../../kit/bff.js';
import type { TestBff } from '../../kit/bff.js';

const KEY = Buffer.alloc(32, 9).toString('base64');
const started: TestBff[] = [];

afterEach(async () => {
  for (const bff of started.splice(0).reverse()) await bff.close();
});

/** Two BFF nodes on one store file and one Finesse, as behind a load balancer. */
async function twoNodes(env: Record<string, string>): Promise<[TestBff, TestBff, string]> {
  const database = join(mkdtempSync(join(tmpdir(), 'context-desk-nodes-')), 'store.sqlite');
  const first = await startTestBff({ env: { DATABASE_URL: `sqlite:${database}`, ...env } });
  started.push(first);
  const second = await startTestBff({
    env: { DATABASE_URL: `sqlite:${database}`, ...env },
    emulator: first.emulator,
    contextService: first.contextService,
  });
  started.push(second);
  return [first, second, database];
}

describe('sessions shared between BFF nodes', () => {
  it('with CREDENTIALS_KEY, a session made on one node works on another, and the store holds no password or token', async () => {
    const [first, second, database] = await twoNodes({ CREDENTIALS_KEY: KEY });
    const { token } = await first.signIn();
    const response = await request(second.app).get('/api/agent').set('Authorization', bearer(token));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: '1001001' });
    const bytes = readFileSync(database).toString('latin1') + readFileSync(`${database}-wal`).toString('latin1');
    expect(bytes).not.toContain(token);
    expect(bytes).not.toContain('sandbox');
    expect(bytes).not.toContain(Buffer.from('agent1:sandbox').toString('base64'));
  });

  it('without CREDENTIALS_KEY, credentials stay in the node that verified them: another node answers 401 session_expired', async () => {
    const [first, second] = await twoNodes({});
    const { token } = await first.signIn();
    const response = await request(second.app).get('/api/agent').set('Authorization', bearer(token));
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error: { code: 'session_expired' } });
  });

  it('a sign-out on one node ends the session on the other within the recheck time', async () => {
    const [first, second] = await twoNodes({ CREDENTIALS_KEY: KEY });
    const { token } = await first.signIn();
    await request(second.app).get('/api/agent').set('Authorization', bearer(token)).expect(200);
    await request(first.app).delete('/api/session').set('Authorization', bearer(token)).expect(204);
    second.clock.advance(2_500);
    expect((await request(second.app).get('/api/agent').set('Authorization', bearer(token))).status).toBe(401);
  });
});
