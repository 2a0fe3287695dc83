import type { Agent } from '../../../../shared/api/agent.js';
import type { Dialog } from '../../../../shared/api/dialog.js';

/** Participant states in which the agent is still on the call (Finesse's participant states). */
const GONE = new Set(['DROPPED', 'FAILED']);

/**
 * The call the tab is about: the newest dialog in which the agent's own participant is still present. A consult
 * call the agent placed is not "about" a customer, so the customer's call wins while both exist.
 */
export function currentCall(dialogs: readonly Dialog[], agent: Agent): Dialog | undefined {
  const present = dialogs.filter((dialog) => {
    const own = dialog.participants.find((participant) => participant.address === agent.extension);
    return own === undefined || !GONE.has(own.state);
  });
  const customerCalls = present.filter((dialog) => dialog.from !== agent.extension);
  const candidates = customerCalls.length > 0 ? customerCalls : present;
  return candidates.reduce<Dialog | undefined>(
    (newest, dialog) => (newest === undefined || (dialog.startedAt ?? '') > (newest.startedAt ?? '') ? dialog : newest),
    undefined,
  );
}

/** Wrap-up: the agent is in WORK or WORK_READY after a call. */
export function inWrapUp(agent: Agent): boolean {
  return agent.state === 'WORK' || agent.state === 'WORK_READY';
}
