import type { Customer } from '../../../../shared/api/context.js';

/** "Maria Garcia"; '' when the customer has no name (some are known only by a number). */
export function customerName(customer: Pick<Customer, 'firstName' | 'lastName'>): string {
  return [customer.firstName, customer.lastName].filter((part) => part !== undefined && part.trim() !== '').join(' ');
}
