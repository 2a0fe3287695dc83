import type { FinesseClient } from '../../../bff/src/finesse/finesse-client.js';
import type { FinesseCredentials } from '../../../bff/src/finesse/types.js';
import { AGENT1, basic } from '../../kit/finesse-client.js';

/** A demo user's Finesse credentials, as a session holds them (Basic, password `sandbox`). */
export function credentialsFor(loginName: string, password?: string): FinesseCredentials {
  return { user: loginName, authorization: basic(loginName, password) };
}

export { failure } from '../../kit/app-failure.js';

/** agent1 signed in at their extension (NOT_READY), then READY when asked. */
export async function signInAgent1(client: FinesseClient, thenReady = false): Promise<void> {
  const agent1 = credentialsFor(AGENT1.loginName);
  await client.setState(agent1, AGENT1.loginId, { state: 'LOGIN', extension: AGENT1.extension }, 'sign-in');
  if (thenReady) await client.setState(agent1, AGENT1.loginId, { state: 'READY' }, 'ready');
}
