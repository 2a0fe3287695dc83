import { t } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/i18n.js';
import type { BarAction } from './call-facts.js';

/** Finesse call types grouped the way an agent tells calls apart. */
const CALL_TYPES: Readonly<Record<string, MessageKey>> = {
  ACD_IN: 'callBar.type.inbound',
  PREROUTE_ACD_IN: 'callBar.type.inbound',
  OTHER_IN: 'callBar.type.inbound',
  TRANSFER: 'callBar.type.transfer',
  OUT: 'callBar.type.outbound',
  AGENT_OUT: 'callBar.type.outbound',
  AGENT_INSIDE: 'callBar.type.internal',
  CONSULT: 'callBar.type.consult',
  CONFERENCE: 'callBar.type.conference',
  SUPERVISOR_MONITOR: 'callBar.type.monitor',
  OUTBOUND: 'callBar.type.campaign',
  OUTBOUND_PREVIEW: 'callBar.type.campaign',
};

/** Participant states (finesse.md §4.1) in words; anything else is shown as Finesse names it. */
const STATES: Readonly<Record<string, MessageKey>> = {
  INITIATING: 'callBar.state.dialling',
  INITIATED: 'callBar.state.dialling',
  ALERTING: 'callBar.state.ringing',
  ACTIVE: 'callBar.state.connected',
  HELD: 'callBar.state.held',
  FAILED: 'callBar.state.failed',
};

const ACTIONS: Readonly<Record<BarAction, MessageKey>> = {
  ANSWER: 'callBar.answer',
  HOLD: 'callBar.hold',
  RETRIEVE: 'callBar.retrieve',
  DROP: 'callBar.drop',
  CONSULT_CALL: 'callBar.consult',
  TRANSFER: 'callBar.transfer',
  TRANSFER_SST: 'callBar.directTransfer',
  CONFERENCE: 'callBar.conference',
  SEND_DTMF: 'callBar.keypad',
};

export function callTypeWords(callType: string): string {
  const key = CALL_TYPES[callType];
  return key === undefined ? callType : t(key);
}

export function callStateWords(state: string): string {
  const key = STATES[state];
  return key === undefined ? state : t(key);
}

export function actionWords(action: BarAction): string {
  return t(ACTIONS[action]);
}
