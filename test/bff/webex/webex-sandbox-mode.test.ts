import pino from 'pino';
import request from 'supertest';
import { TaskPage } from '../../../shared/api/webex.js';
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../../bff/src/sandbox-mode.js';
import { DEMO_ORG } from '../../../bff/sandbox/webex/demo/demo-facts.js';
import { startTestBff } from '../../kit/bff.js';

describe('sandbox mode runs the Webex emulator and connects the demo org at start', () => {
  it('the lines name webex; once connected the demo org is listed as connected, its token works at the emulator, and /api/webex answers through it', async () => {
    const sandbox = await startSandbox({
      host: '127.0.0.1',
      finessePort: 0,
      contextPort: 0,
      cceAdminPort: 0,
      logger: pino({ level: 'silent' }),
    });
    const bff = await startTestBff({ sandboxWebex: sandbox.webex });
    try {
      await sandbox.connectDemoWebexOrg(bff.assembly.webexOnboarding);

      expect(sandbox.lines).toContain(`webex ${sandbox.webex.url}`);
      const [org] = await bff.assembly.webexConnections.list();
      expect(org).toMatchObject({
        orgId: DEMO_ORG.id,
        state: 'connected',
        apiBase: sandbox.webex.url,
        connectedBy: 'sandbox',
      });
      const access = await bff.assembly.webexAccess.access();
      const answer = await fetch(`${access.apiBase}/v1/people/me`, {
        headers: { authorization: `Bearer ${access.accessToken}` },
      });
      expect(answer.status).toBe(200);

      // The Webex API routes are served through the connected org's access: a supervisor reads last week's tasks.
      const { token } = await bff.signIn('super1');
      const to = Date.now() - 24 * 3_600_000;
      const tasks = await request(bff.app)
        .get('/api/webex/tasks')
        .query({ from: to - 7 * 24 * 3_600_000, to, pageSize: 10 })
        .set('Authorization', `Bearer ${token}`);
      expect(tasks.status).toBe(200);
      expect(TaskPage.parse(tasks.body).tasks).toHaveLength(10);
    } finally {
      await bff.close();
      await sandbox.close();
    }
  });
});
