import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { startWebexEmulator } from '../../../bff/sandbox/webex/webex-emulator.js';
import type { WebexEmulator } from '../../../bff/sandbox/webex/webex-emulator.js';
import { acceptConsent } from '../../../bff/sandbox/webex/demo/demo-consent.js';
import { DEMO_ORG } from '../../../bff/sandbox/webex/demo/demo-facts.js';
import { WebexConnectAnswer } from '../../../shared/api/webex-admin.js';
import { bearer, startAdminBff } from '../admin/admin-kit.js';
import type { AdminBff } from '../admin/admin-kit.js';

/** An administrator's BFF configured for a Webex integration that is the Webex emulator, as production configures Webex. */
export interface WebexAdminBff extends AdminBff {
  readonly webex: WebexEmulator;
  readonly credentialsKey: string;
  /** Connect asks the BFF for the authorize URL; the org's administrator (`personId`) accepts at the emulator: answers where Webex sends the browser back. */
  authorize(token: string, personId?: string, region?: string): Promise<URL>;
  /** The BFF's callback with what Webex appended. */
  callback(back: URL): request.Test;
  /** The emulator's control API. */
  webexSandbox(): request.Agent;
}

export async function startWebexAdminBff(): Promise<WebexAdminBff> {
  const webex = await startWebexEmulator();
  const credentialsKey = randomBytes(32).toString('base64');
  const admin = await startAdminBff({
    env: {
      CREDENTIALS_KEY: credentialsKey,
      WEBEX_CLIENT_ID: webex.clientId,
      WEBEX_CLIENT_SECRET: webex.clientSecret,
      WEBEX_AUTHORIZE_URL: `${webex.url}/v1/authorize`,
      WEBEX_TOKEN_URL: `${webex.url}/v1/access_token`,
      WEBEX_API_BASE_TEMPLATE: 'https://api.wxcc-{region}.cisco.com',
    },
  });
  return {
    ...admin,
    webex,
    credentialsKey,
    async authorize(token, personId = DEMO_ORG.admin.id, region = 'us1') {
      const answer = await admin
        .api()
        .post('/api/admin/webex/connect')
        .set('Authorization', bearer(token))
        .send({ region });
      if (answer.status !== 200) throw new Error(`connect answered ${answer.status}: ${answer.text}`);
      return acceptConsent(WebexConnectAnswer.parse(answer.body).authorizeUrl, personId);
    },
    callback: (back) => admin.api().get(`${back.pathname}${back.search}`),
    webexSandbox: () => request.agent(webex.url),
    async close() {
      await admin.close();
      await webex.close();
    },
  };
}
