import type { Dialog, DialogActionRequest, Participant } from '../../../shared/api/dialog.js';

/**
 * What each call action does to the agent's calls, so that its outcome is confirmed by that change and not by any
 * update about the call (Finesse Developer Guide 12.5(1), "Dialog—…": the participant states an action leads to).
 *
 * - `call`: the effect shows on the call acted on. `inUpdate` judges the call as an update shows it (undefined: gone
 *   from the agent's calls), `echoed` telling that the update carries the request's requestId; `inRead` judges it as a
 *   fresh read of Finesse shows it (the same test unless the effect cannot be seen in a dialog).
 * - `new-call`: the effect is a call the agent did not have before (a consult call, a call placed).
 */
export type DialogEffect =
  | {
      readonly kind: 'call';
      readonly inUpdate: (call: Dialog | undefined, echoed: boolean) => boolean;
      readonly inRead: (call: Dialog | undefined) => boolean;
    }
  | { readonly kind: 'new-call'; readonly isIt: (call: Dialog, echoed: boolean) => boolean };

/** Participant states in which a party is still on the call. */
const ON_THE_CALL = new Set(['ACTIVE', 'HELD', 'ALERTING', 'INITIATING', 'INITIATED']);

/** The agent's own participant: the one on their extension. */
export function agentParticipant(call: Dialog | undefined, extension: string): Participant | undefined {
  return call?.participants.find((participant) => participant.address === extension);
}

function onCall(
  inUpdate: (call: Dialog | undefined, echoed: boolean) => boolean,
  inRead?: (call: Dialog | undefined) => boolean,
): DialogEffect {
  return { kind: 'call', inUpdate, inRead: inRead ?? ((call) => inUpdate(call, false)) };
}

/**
 * The effect of `request` on call `dialogId` for the agent on `extension`; `monitoredCallId` is the call a silent
 * monitor call watches (BARGE_CALL).
 */
export function dialogActionEffect(
  request: DialogActionRequest,
  dialogId: string,
  extension: string,
  monitoredCallId?: string,
): DialogEffect {
  const mine = (call: Dialog | undefined) => agentParticipant(call, extension);
  const agentIs = (state: string) => onCall((call) => mine(call)?.state === state);
  // The agent has left the call: it is gone from their calls, or their participant dropped.
  const agentLeft = onCall(
    (call) =>
      call === undefined || call.state === 'DROPPED' || mine(call) === undefined || mine(call)?.state === 'DROPPED',
  );
  switch (request.action) {
    case 'ANSWER':
    case 'RETRIEVE':
      return agentIs('ACTIVE');
    case 'HOLD':
      return agentIs('HELD');
    case 'DROP':
    case 'TRANSFER':
    case 'TRANSFER_SST':
      return agentLeft;
    case 'CONFERENCE':
      // The consulted party joins the call: three parties or more, the agent talking again.
      return onCall(
        (call) =>
          mine(call)?.state === 'ACTIVE' &&
          (call?.participants.filter((participant) => ON_THE_CALL.has(participant.state)).length ?? 0) >= 3,
      );
    case 'SEND_DTMF':
      // Tones leave no trace in a dialog: only Finesse's echo of the request confirms them, and a read can tell no
      // more than that the agent is still talking on the call.
      return onCall(
        (call, echoed) => echoed && call !== undefined,
        (call) => mine(call)?.state === 'ACTIVE',
      );
    case 'UPDATE_CALL_DATA':
      return onCall(
        (call) =>
          call !== undefined &&
          Object.entries(request.variables ?? {}).every(([name, value]) => call.variables[name] === value) &&
          (request.wrapUpReason === undefined || call.wrapUpReason === request.wrapUpReason),
      );
    case 'CONSULT_CALL':
      return {
        kind: 'new-call',
        isIt: (call, echoed) =>
          call.id !== dialogId && (echoed || call.associatedDialogId === dialogId || call.to === request.target),
      };
    case 'BARGE_CALL':
      // The supervisor joins the monitored call, which becomes one of their calls (the monitor call ends).
      return {
        kind: 'new-call',
        isIt: (call, echoed) => call.id !== dialogId && (echoed || call.id === monitoredCallId),
      };
    case 'PARTICIPANT_DROP':
      // The dropped party has left; a call left with one party ends altogether.
      return onCall((call) => {
        const target = call?.participants.find((participant) => participant.address === request.target);
        return call === undefined || call.state === 'DROPPED' || target === undefined || target.state === 'DROPPED';
      });
  }
}

/**
 * A call gone from the agent's calls, as last known but ended for them, so that the answer to the action that ended
 * it never shows it still ACTIVE: the agent's participant DROPPED with nothing left to do, and the call DROPPED
 * unless two other parties are still on it (a conference the agent left). A read that no longer finds a call says
 * only that it ended, and a poll reports its removal with the picture's last copy.
 */
export function endedFor(call: Dialog, extension: string): Dialog {
  const others = call.participants.filter(
    (participant) => participant.address !== extension && ON_THE_CALL.has(participant.state),
  );
  return {
    ...call,
    state: others.length >= 2 ? call.state : 'DROPPED',
    participants: call.participants.map((participant) =>
      participant.address === extension ? { ...participant, state: 'DROPPED', actions: [] } : participant,
    ),
  };
}

/** What a read shows instead of the effect, for the 409: "your part in the call is ALERTING". */
export function describeCall(call: Dialog | undefined, extension: string): string {
  if (call === undefined) return 'the call is no longer among your calls';
  const participant = agentParticipant(call, extension);
  return participant === undefined
    ? `the call is ${call.state} without your extension on it`
    : `your part in the call is ${participant.state}`;
}
