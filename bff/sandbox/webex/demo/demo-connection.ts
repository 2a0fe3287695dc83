import type { Logger } from 'pino';
import type { WebexOnboarding } from '../../../src/webex/webex-onboarding.js';
import { acceptConsent } from './demo-consent.js';
import { DEMO_ORG } from './demo-facts.js';

/** Any loopback redirect URI is registered for the demo integration; this one is never followed. */
const SANDBOX_REDIRECT_URI = 'http://127.0.0.1/api/admin/webex/callback';

/**
 * Sandbox mode's start: the demo org is connected the way an administrator connects one (authorize, consent, code
 * exchange), so a newcomer finds it connected on /admin. A failure is logged, never fatal: the sandbox works without it.
 */
export async function connectDemoWebexOrg(onboarding: WebexOnboarding, logger: Logger): Promise<void> {
  try {
    const authorizeUrl = onboarding.begin(
      { actor: 'sandbox', sessionHash: undefined },
      onboarding.regions[0] ?? 'us1',
      SANDBOX_REDIRECT_URI,
    );
    const back = await acceptConsent(authorizeUrl, DEMO_ORG.admin.id);
    const outcome = await onboarding.complete(Object.fromEntries(back.searchParams));
    if (outcome.outcome !== 'connected')
      logger.warn(
        { outcome: outcome.outcome, reason: outcome.reason },
        'the sandbox could not connect the demo Webex org',
      );
  } catch (error) {
    logger.warn(
      { reason: error instanceof Error ? error.message : 'unknown' },
      'the sandbox could not connect the demo Webex org',
    );
  }
}
