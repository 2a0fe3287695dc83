import type { Agent, AgentState } from '../../../../shared/api/agent.js';
import { t } from '../../i18n/i18n.js';

/** A Finesse agent state in the agent's language. */
export function stateWords(state: AgentState): string {
  return t(`agentState.state.${state}`);
}

/** The state as the header shows it: Not Ready and Logged out carry the reason the agent (or the system) gave. */
export function describeState(agent: Agent): string {
  const words = stateWords(agent.state);
  const reason = agent.reasonCode?.label ?? '';
  const withReason = agent.state === 'NOT_READY' || agent.state === 'LOGOUT';
  return withReason && reason !== '' ? t('agentState.withReason', { state: words, reason }) : words;
}
