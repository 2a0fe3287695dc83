import type {
  Activity,
  Channel,
  ContextRequest,
  Customer,
  CustomerInput,
  RequestInput,
  ScreenPop,
} from '../../../shared/api/context.js';
import type { Session } from '../auth/session.js';
import type { DialogService } from './dialog-service.js';
import type { ContextStore } from '../context/context-store.js';
import type { ScreenPopService } from './screen-pop-service.js';
import { InvalidRequestError, NotFoundError } from '../errors.js';

/**
 * Customer context for a signed-in agent: the screen pop of one of their calls, customers, journeys, requests.
 * Every write clears the screen-pop cache, so a pop never shows what was just changed.
 */
export class CustomerService {
  constructor(
    private readonly context: ContextStore,
    private readonly pops: ScreenPopService,
    private readonly dialogs: DialogService,
  ) {}

  async screenPop(session: Session, dialogId: string): Promise<ScreenPop> {
    const dialog = await this.dialogs.callToPop(session, dialogId);
    if (!dialog) throw new NotFoundError(`No call ${dialogId} among your calls`);
    return this.pops.pop(dialog);
  }

  find(query: { q?: string; phone?: string; email?: string }): Promise<Customer[]> {
    if (query.phone !== undefined) return this.context.findByPhone(query.phone);
    if (query.email !== undefined) return this.context.findByEmail(query.email);
    if (query.q !== undefined) return this.context.searchCustomers(query.q, 25);
    throw new InvalidRequestError('q, phone or email: one of them is required');
  }

  get(id: string): Promise<Customer> {
    return this.context.getCustomer(id);
  }

  async create(input: CustomerInput): Promise<Customer> {
    const customer = await this.context.createCustomer(input);
    this.pops.invalidate();
    return customer;
  }

  async update(id: string, input: CustomerInput, ifMatch: string): Promise<Customer> {
    const customer = await this.context.updateCustomer(id, input, ifMatch);
    this.pops.invalidate();
    return customer;
  }

  /** A customer's journey; an unknown customer is 404 like the customer itself, not an empty journey. */
  async journey(id: string, options: { channel?: Channel; cursor?: string }) {
    const [, journey] = await Promise.all([
      this.context.getCustomer(id),
      this.context.journey(id, { ...options, limit: 20 }),
    ]);
    return journey;
  }

  async createRequest(input: RequestInput): Promise<ContextRequest> {
    const request = await this.context.createRequest(
      input.description === undefined ? { customerId: input.customerId, title: input.title } : input,
    );
    this.pops.invalidate();
    return request;
  }

  async moveActivity(id: string, to: { customerId?: string; requestId?: string }): Promise<Activity> {
    const activity = await this.context.moveActivity(id, to);
    this.pops.invalidate();
    return activity;
  }
}
