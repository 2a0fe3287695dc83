import type { Customer } from '../../../../shared/api/context.js';
import { customerName } from '../context-common/customer-name.js';

/**
 * The agent's recently shown customers, kept in the browser per agent. Only the id and the name: the list outlives
 * the session on what may be a shared workstation, so it holds just enough to recognise and reopen a customer;
 * numbers, emails and addresses are fetched fresh through the BFF under the agent's own session when one is opened.
 */
export interface RecentCustomer {
  readonly id: string;
  readonly name: string;
}

/** localStorage's two methods (a parameter, so the list is testable and storage can be missing). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const RECENT_LIMIT = 10;

export function recentKey(agentId: string): string {
  return `context-desk.recent.${agentId}`;
}

function isRecent(value: unknown): value is RecentCustomer {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as RecentCustomer).id === 'string' &&
    typeof (value as RecentCustomer).name === 'string'
  );
}

/** The list, newest first; empty when storage is missing, blocked or holds something else. */
export function readRecent(store: KeyValueStore | undefined, agentId: string): RecentCustomer[] {
  try {
    const parsed: unknown = JSON.parse(store?.getItem(recentKey(agentId)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isRecent).slice(0, RECENT_LIMIT) : [];
  } catch {
    return [];
  }
}

/** Puts the customer first (once), keeps at most ten, and returns the new list. Storage failures only lose the list. */
export function rememberCustomer(
  store: KeyValueStore | undefined,
  agentId: string,
  customer: Pick<Customer, 'id' | 'firstName' | 'lastName'>,
): RecentCustomer[] {
  const entry: RecentCustomer = { id: customer.id, name: customerName(customer) };
  const list = [entry, ...readRecent(store, agentId).filter((recent) => recent.id !== customer.id)].slice(
    0,
    RECENT_LIMIT,
  );
  try {
    store?.setItem(recentKey(agentId), JSON.stringify(list));
  } catch {
    // Storage full or blocked (a sandboxed gadget frame): the list is a convenience, the desk works without it.
  }
  return list;
}
