import type { Agent } from '../../../../shared/api/agent.js';
import type { Dialog, Participant } from '../../../../shared/api/dialog.js';

/** The call actions the bar offers, in the order its buttons stand (UPDATE_CALL_DATA is the wrap-up picker's). */
export const BAR_ACTIONS = [
  'ANSWER',
  'HOLD',
  'RETRIEVE',
  'DROP',
  'CONSULT_CALL',
  'TRANSFER',
  'TRANSFER_SST',
  'CONFERENCE',
  'SEND_DTMF',
] as const;
export type BarAction = (typeof BAR_ACTIONS)[number];

/** Participant states in which a call is no longer one to control from the bar (wrap-up has its own picker). */
const OVER = new Set(['DROPPED', 'WRAP_UP']);

/** The agent's own participant: Finesse names devices by address, and the agent's is their signed-in extension. */
export function ownParticipant(dialog: Dialog, agent: Agent): Participant | undefined {
  return agent.extension === ''
    ? undefined
    : dialog.participants.find((participant) => participant.address === agent.extension);
}

/** The calls to show controls for, oldest first (the customer's call, then a consult call placed from it). */
export function liveCalls(dialogs: readonly Dialog[], agent: Agent): Dialog[] {
  return dialogs
    .filter((dialog) => {
      const own = ownParticipant(dialog, agent);
      return own === undefined ? dialog.state !== 'DROPPED' : !OVER.has(own.state);
    })
    .sort((a, b) => (a.startedAt ?? '').localeCompare(b.startedAt ?? ''));
}

/** What Finesse lets the agent do on this call now; the bar enables exactly these. */
export function allowedActions(dialog: Dialog, agent: Agent): ReadonlySet<string> {
  return new Set(ownParticipant(dialog, agent)?.actions ?? []);
}

/** The party the agent is talking to: the caller on an inbound call, the number dialled on an outbound one. */
export function otherParty(dialog: Dialog, agent: Agent): string {
  return dialog.from === agent.extension ? dialog.to : dialog.from;
}

/**
 * A number the agent typed, as it is dialled (the BFF's dialableNumber rule): spaces, dots, dashes and parentheses
 * dropped, then digits, `*`, `#` and an optional leading `+`. Undefined when it is not a number to dial.
 */
export function dialable(input: string): string | undefined {
  const number = input.replace(/[\s().-]/g, '');
  return /^\+?[0-9*#]{1,32}$/.test(number) ? number : undefined;
}
