import pino from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../../bff/src/sandbox-mode.js';
import { ADMINISTRATOR } from './admin-kit.js';

describe('sandbox mode starts the CCE Administration emulator with the others', () => {
  it('the lines name cce-admin with its loopback URL, which serves the registration API to administrator / sandbox', async () => {
    const sandbox = await startSandbox({
      host: '127.0.0.1',
      finessePort: 0,
      contextPort: 0,
      cceAdminPort: 0,
      logger: pino({ level: 'silent' }),
    });
    try {
      expect(sandbox.lines).toContain(`cce-admin ${sandbox.cceAdminUrl}`);
      expect(sandbox.cceAdminUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const answer = await request(sandbox.cceAdminUrl)
        .get('/unifiedconfig/config/contextserviceregistration')
        .auth(ADMINISTRATOR.username, ADMINISTRATOR.password);
      expect(answer.status).toBe(200);
      expect(answer.text).toContain('<state>notRegistered</state>');
    } finally {
      await sandbox.close();
    }
  });
});
