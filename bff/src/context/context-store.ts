import type { Activity, Channel, ContextRequest, Customer, CustomerInput } from '../../../shared/api/context.js';

/**
 * The port through which the BFF reads and writes customer context. Adapters (Cisco Context Service today, Webex CC
 * Journey Data Service later) are the only code that knows a store's wire format; everything else speaks these
 * domain types. Failures are the BFF's errors: 404 NotFound, 409 Conflict (stale lastUpdated), and
 * 503 `context_unavailable` when the store cannot be reached (UpstreamError).
 */
export interface ContextStore {
  /** Customers whose mobile, work or home phone is this number (any formatting; matched after normalisation). */
  findByPhone(phone: string): Promise<Customer[]>;
  findByEmail(email: string): Promise<Customer[]>;
  /** Free-text search across customers (names, numbers, emails, external id). */
  searchCustomers(query: string, limit: number): Promise<Customer[]>;
  getCustomer(id: string): Promise<Customer>;
  createCustomer(input: CustomerInput): Promise<Customer>;
  /** Optimistic concurrency: `ifMatch` is the lastUpdated the client saw; a newer one answers 409. */
  updateCustomer(id: string, input: CustomerInput, ifMatch: string): Promise<Customer>;
  getActivity(id: string): Promise<Activity>;
  /** Newest first; `cursor` continues where the previous page ended. */
  journey(
    customerId: string,
    options: { channel?: Channel; cursor?: string; limit: number },
  ): Promise<{ activities: Activity[]; requests: ContextRequest[]; next?: string }>;
  createRequest(input: { customerId: string; title: string; description?: string }): Promise<ContextRequest>;
  /** An agent's note: a new activity for the customer (under a request), or a comment on an activity or request. */
  addNote(note: {
    customerId: string;
    text: string;
    contributor: string;
    requestId?: string;
    activityId?: string;
    idempotencyKey: string;
  }): Promise<{ activityId: string }>;
  moveActivity(activityId: string, to: { customerId?: string; requestId?: string }): Promise<Activity>;
  /** Whether the store answers (for /readyz). */
  ping(): Promise<void>;
}
