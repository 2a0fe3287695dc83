import { randomUUID } from 'node:crypto';
import type { AgentNotifications } from '../events/agent-notifications.js';
import { ConflictError, UpstreamError } from '../errors.js';
import type { CallCenterUpdate } from '../domain/types.js';

export interface ConfirmedWrite<Outcome> {
  /** What the request is, for messages: "the state change", "HOLD". */
  readonly what: string;
  readonly notifications: AgentNotifications;
  readonly waitMs: number;
  /** Sends the request to Finesse with this requestId (Finesse answers 202). */
  readonly send: (requestId: string) => Promise<void>;
  /**
   * The request's own effect in an update (echoing its requestId or not): the outcome to answer, or undefined when
   * the update does not show it.
   */
  readonly effectIn: (update: CallCenterUpdate, echoed: boolean) => Outcome | undefined;
  /** An echoed update without the effect is Finesse's complete answer to the request (see OutcomeMatch). */
  readonly answeredBy?: (update: CallCenterUpdate) => boolean;
  /**
   * One read of Finesse once no update showed the effect: the outcome when Finesse shows the effect, else a
   * ConflictError saying what Finesse shows instead.
   */
  readonly settle: () => Promise<Outcome>;
  /**
   * Silence is settled by a read too, rather than answered 504: for a request whose refusal Finesse reports where
   * the requester does not listen (a supervisor's change to a member: the error goes to the member's User node).
   */
  readonly settlesSilence?: boolean;
}

/**
 * A Finesse write with its real outcome: Finesse answers 202 and reports the result later as notifications. The
 * waiter is registered before the request is sent (a notification can arrive before the 202), then awaited:
 *
 * - an update showing the request's effect: that outcome;
 * - Finesse's asynchronous error for the request: 409 with Finesse's reason;
 * - Finesse answered the request without the effect, or the agent is polled (polling never hears Finesse's
 *   asynchronous errors), and the wait ended without the effect: one read settles it (the outcome, or 409);
 * - over XMPP, nothing at all within the wait: 504, because the notification may still be on its way.
 */
export async function confirmedWrite<Outcome>(write: ConfirmedWrite<Outcome>): Promise<Outcome> {
  const requestId = randomUUID();
  const pending = write.notifications.expect(
    {
      requestId,
      showsEffect: (update, echoed) => write.effectIn(update, echoed) !== undefined,
      ...(write.answeredBy ? { answeredBy: write.answeredBy } : {}),
    },
    write.waitMs,
  );
  try {
    await write.send(requestId);
  } catch (error) {
    pending.cancel();
    throw error;
  }
  const end = await pending.promise;
  switch (end.kind) {
    case 'effect': {
      const outcome = write.effectIn(end.update, end.update.requestId === requestId);
      if (outcome === undefined)
        throw new UpstreamError(
          502,
          'upstream_invalid_response',
          `Finesse reported an unexpected outcome for ${write.what}`,
        );
      return outcome;
    }
    case 'refused':
      // finesse.js reports asynchronous errors to its callers with status 400; the same is passed on here.
      throw new ConflictError(
        'finesse_refused',
        `Finesse refused ${write.what}: ${end.update.error.type} (${end.update.error.message})`,
        {
          upstream: { service: 'finesse', status: 400, type: end.update.error.type, message: end.update.error.message },
        },
      );
    case 'answered':
      return write.settle();
    case 'silent':
      if (end.heard || write.notifications.transport === 'polling' || write.settlesSilence === true)
        return write.settle();
      throw new UpstreamError(
        504,
        'upstream_timeout',
        `Finesse accepted ${write.what} but did not confirm it within ${write.waitMs} ms`,
        {
          upstream: { service: 'finesse', status: 202, message: 'No notification arrived for the request' },
        },
      );
  }
}

/** The 409 of a settle read that does not show the effect: Finesse did not apply the request. */
export function notApplied(what: string, shows: string, transport: string): ConflictError {
  return new ConflictError('finesse_refused', `Finesse did not apply ${what}; ${shows}`, {
    upstream: {
      service: 'finesse',
      message:
        transport === 'polling'
          ? 'Refused without a notification (notifications are polled)'
          : 'Finesse answered the request without its effect',
    },
  });
}
