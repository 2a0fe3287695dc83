/**
 * The Webex demo facts the README, the tests and the BFF's sandbox mode rely on, in one place. Everything else in the
 * demo data is generated from the seed; these never change.
 */

/** The integration registered in every demo organisation (`npm run sandbox` prints it). */
export const SANDBOX_WEBEX_CLIENT_ID = 'C0ntextDeskSandboxIntegration';
export const SANDBOX_WEBEX_CLIENT_SECRET = 'sandbox-webex-client-secret';

/** Scopes the demo integration is registered for; an authorize request may ask for any subset. */
export const SANDBOX_WEBEX_SCOPES = [
  'cjp:config',
  'cjp:config_read',
  'cjp:config_write',
  'cjp:user',
  'spark:people_read',
] as const;

/** The default seed of the generated history. */
export const WEBEX_DEMO_SEED = 20_260_311;

/** How far back the demo history goes. */
export const DEMO_HISTORY_DAYS = 28;

/** The demo organisation: the Finesse demo's agents, queue and team, calling about Context Service's customers. */
export const DEMO_ORG = {
  id: '6f0e1d2c-3b4a-4958-8a7b-6c5d4e3f2a1b',
  name: 'Context Desk Demo',
  cluster: 'PF84',
  tenantId: '11894',
  admin: {
    id: '0b1c2d3e-4f50-4617-8283-94a5b6c7d8e9',
    email: 'admin@contextdesk-demo.example',
    firstName: 'Dana',
    lastName: 'Whitfield',
  },
  /** Legacy v1 API user and key (`Authorization: <base64 HMAC-SHA1(key, user)>;tenantId=11894`, `From: <user>`). */
  legacyUser: { userId: 'api@contextdesk-demo.example', apiKey: 'sandbox-legacy-api-key' },
  multimediaProfileId: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
} as const;

/** A second organisation, so tests can show tokens are per organisation. */
export const SECOND_ORG = {
  id: 'c4d5e6f7-0819-4a2b-8c3d-4e5f60718293',
  name: 'Globex Service Desk',
  cluster: 'PF84',
  tenantId: '22731',
  admin: {
    id: '5e6f7081-92a3-4b4c-9d5e-6f708192a3b4',
    email: 'admin@globex.example',
    firstName: 'Hank',
    lastName: 'Scorpio',
  },
  legacyUser: { userId: 'api@globex.example', apiKey: 'sandbox-globex-api-key' },
  multimediaProfileId: '1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b',
} as const;

/** Numbers customers reach the demo contact center on (NANPA's 555-01xx fiction range). */
export const DEMO_ENTRY_POINTS = {
  telephony: '+18005550100',
  chat: 'https://www.contextdesk-demo.example/support/chat',
  email: 'support@contextdesk-demo.example',
  social: 'facebook:ContextDeskDemo',
} as const;
