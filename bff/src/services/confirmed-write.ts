import { randomUUID } from 'node:crypto';
import type { AgentNotifications } from '../events/agent-notifications.js';
import type { OutcomeMatch } from '../events/outcome-waiters.js';
import type { FinesseUpdate } from '../finesse/types.js';
import { ConflictError, UpstreamError } from '../errors.js';

export interface ConfirmedWrite<Outcome extends FinesseUpdate> {
  /** What the request is, for messages: "the state change", "HOLD". */
  readonly what: string;
  readonly notifications: AgentNotifications;
  readonly waitMs: number;
  /** Sends the request to Finesse with this requestId (Finesse answers 202). */
  readonly send: (requestId: string) => Promise<void>;
  readonly isOutcome: (update: FinesseUpdate) => update is Outcome;
  readonly showsResult?: (update: FinesseUpdate) => boolean;
}

/**
 * A Finesse write with its real outcome: Finesse answers 202 and reports the result later as a notification. The
 * waiter is registered before the request is sent (the notification can arrive before the 202), then the outcome
 * is awaited: the confirming update, an asynchronous Finesse error (409 with Finesse's reason), or nothing within
 * the wait (504).
 */
export async function confirmedWrite<Outcome extends FinesseUpdate>(write: ConfirmedWrite<Outcome>): Promise<Outcome> {
  const requestId = randomUUID();
  const match: OutcomeMatch = { requestId, isOutcome: write.isOutcome, ...(write.showsResult ? { showsResult: write.showsResult } : {}) };
  const pending = write.notifications.expect(match, write.waitMs);
  try {
    await write.send(requestId);
  } catch (error) {
    pending.cancel();
    throw error;
  }
  const outcome = await pending.promise;
  if (outcome === undefined) {
    throw new UpstreamError(504, 'upstream_timeout', `Finesse accepted ${write.what} but did not confirm it within ${write.waitMs} ms`, {
      upstream: { service: 'finesse', status: 202, message: 'No notification arrived for the request' },
    });
  }
  if (outcome.kind === 'error') {
    // finesse.js reports asynchronous errors to its callers with status 400; the same is passed on here.
    throw new ConflictError('finesse_refused', `Finesse refused ${write.what}: ${outcome.error.type} (${outcome.error.message})`, {
      upstream: { service: 'finesse', status: 400, type: outcome.error.type, message: outcome.error.message },
    });
  }
  if (!write.isOutcome(outcome)) throw new UpstreamError(502, 'upstream_invalid_response', `Finesse reported an unexpected outcome for ${write.what}`);
  return outcome;
}
