import type { CountryCode } from 'libphonenumber-js';
import type { Activity, Channel, ContextRequest, Customer, CustomerInput } from '../../../shared/api/context.js';
import { readActivity } from './activity-mapper.js';
import { moveActivity } from './activity-move.js';
import type { ContextStore } from './context-store.js';
import { ContextServiceApi, checkId } from './context-service-api.js';
import { UpstreamClient } from '../upstream/upstream-client.js';
import { CONTEXT_SERVICE } from './context-profile.js';
import { CustomerLookup } from './customer-lookup.js';
import { readCustomer } from './customer-mapper.js';
import { createCustomer, updateCustomer } from './customer-writes.js';
import type { Journey } from './journey.js';
import { readJourney } from './journey.js';
import type { Note } from './note-writes.js';
import { deliverNote } from './note-writes.js';
import { checkRegion } from './phone-numbers.js';
import { readRequest, requestBody } from './request-mapper.js';
import type { ContextCall, ContextServiceOptions } from './types.js';

/** The token goes into a header: a line break would add a header of the caller's choosing. */
function checkToken(token: string): void {
  if (!/^[\x21-\x7E]+$/.test(token)) throw new TypeError('ERR_CONTEXT_TOKEN: token must be non-empty visible ASCII');
}

/**
 * The ContextStore over Cisco Context Service REST (`/context/v1`, context-service-and-webex.md §1): the only code in
 * the BFF that knows fieldsets and dataElements. Every failure is one of the BFF's errors: 404 NotFoundError, 409
 * ConflictError, 503 `context_unavailable` whenever the store cannot serve (down, slow, unreachable, credentials
 * refused), 502 `upstream_invalid_response` for answers that are not the documented JSON (context-error-mapping.ts).
 */
export class ContextServiceAdapter implements ContextStore {
  private readonly upstream: UpstreamClient<ContextCall>;
  private readonly api: ContextServiceApi;
  private readonly lookup: CustomerLookup;
  private readonly region: CountryCode;

  constructor(options: ContextServiceOptions) {
    this.upstream = new UpstreamClient(CONTEXT_SERVICE, options);
    checkToken(options.token);
    this.region = checkRegion(options.defaultRegion);
    this.api = new ContextServiceApi(this.upstream, options);
    this.lookup = new CustomerLookup(this.api, this.region);
  }

  findByPhone(phone: string): Promise<Customer[]> {
    return this.lookup.byPhone(phone);
  }

  findByEmail(email: string): Promise<Customer[]> {
    return this.lookup.byEmail(email);
  }

  searchCustomers(query: string, limit: number): Promise<Customer[]> {
    return this.lookup.search(query, limit);
  }

  getCustomer(id: string): Promise<Customer> {
    return this.api.get('customer', id, readCustomer);
  }

  createCustomer(input: CustomerInput): Promise<Customer> {
    return createCustomer(this.api, input, this.region);
  }

  updateCustomer(id: string, input: CustomerInput, ifMatch: string): Promise<Customer> {
    return updateCustomer(this.api, id, input, ifMatch, this.region);
  }

  getActivity(id: string): Promise<Activity> {
    return this.api.get('activity', id, readActivity);
  }

  journey(customerId: string, options: { channel?: Channel; cursor?: string; limit: number }): Promise<Journey> {
    return readJourney(this.api, customerId, options);
  }

  /** A new request of the customer, read back for its id and dates. */
  async createRequest(input: { customerId: string; title: string; description?: string }): Promise<ContextRequest> {
    const id = await this.api.create(
      'request',
      requestBody({ ...input, customerId: checkId(input.customerId, 'customerId') }),
    );
    return this.api.get('request', id, readRequest);
  }

  addNote(note: Note): Promise<{ activityId: string }> {
    return deliverNote(this.api, note);
  }

  moveActivity(activityId: string, to: { customerId?: string; requestId?: string }): Promise<Activity> {
    return moveActivity(this.api, activityId, to);
  }

  ping(): Promise<void> {
    return this.api.ping();
  }

  /** Closes the adapter's own keep-alive connections (not a dispatcher passed in). */
  close(): Promise<void> {
    return this.upstream.close();
  }
}
