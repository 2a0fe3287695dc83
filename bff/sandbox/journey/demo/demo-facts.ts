import { DEMO_ORG } from '../../webex/demo/demo-facts.js';

/**
 * The JDS demo facts the README and the tests rely on. The people and their journeys are the Context Service demo's
 * (bff/sandbox/context-service/demo), so the sandbox tells the same story on either backend.
 */

/** The bearer token `npm run sandbox` and the tests use unless told otherwise. */
export const SANDBOX_JOURNEY_TOKEN = 'sandbox-journey-token';

/** The demo workspace (a JDS "project"), in the Webex demo organisation. */
export const DEMO_WORKSPACE = { organizationId: DEMO_ORG.id, workspaceId: '66a1c0de5e1f2a3b4c5d6e7f' } as const;

/** The profile-view template the demo ships with (demo-templates.ts). */
export const DEMO_TEMPLATE_NAME = 'context-desk-customer';

/** Event types of the demo journeys: `task:new` is the WxCC connector's; the web, app and device ones are ours [U]. */
export const DEMO_EVENT_TYPES = {
  task: 'task:new',
  web: 'web:page-visit',
  mobile: 'mobile:app-event',
  device: 'device:event',
} as const;
