import type { Dialog } from '../../../shared/api/dialog.js';
import type { Customer, ScreenPop } from '../../../shared/api/context.js';
import type { ContextStore } from '../context/context-store.js';
import { InvalidRequestError, NotFoundError } from '../errors.js';

export interface ScreenPopOptions {
  readonly context: ContextStore;
  /** The call variable holding the Context Service activity (POD) id, e.g. `user.POD.ID`. */
  readonly podVariable: string;
  /** How long a finished pop is reused; writes to the context store clear it at once. */
  readonly cacheMs: number;
  readonly now: () => number;
  /** The caller's number in one form (E.164), so the same caller delivered as `+1415…` or `415…` is one lookup. */
  readonly normalisePhone: (raw: string) => string | undefined;
}

const JOURNEY_SIZE = 10;

/**
 * The screen pop: who is calling, with their latest activities and open requests, in one answer. The call's activity
 * id (filled by CVP after POD_Add) is tried first, then the caller's number, then, for non-voice, the email. Identical
 * lookups in flight share one upstream call, and a pop is kept briefly so the gadget's request after a prefetch is
 * answered at once.
 */
export class ScreenPopService {
  private readonly inFlight = new Map<string, Promise<ScreenPop>>();
  private readonly cache = new Map<string, { pop: ScreenPop; until: number }>();
  /** Bumped by every write: a lookup begun before it may hold stale context and must not be cached or shared. */
  private generation = 0;

  constructor(private readonly options: ScreenPopOptions) {}

  /** The pop for a dialog (from the agent's calls). */
  pop(dialog: Dialog): Promise<ScreenPop> {
    const key = this.keyOf(dialog);
    const cached = this.cache.get(key);
    if (cached && cached.until > this.options.now()) return Promise.resolve({ ...cached.pop, dialogId: dialog.id });
    const running = this.inFlight.get(key);
    if (running) return running.then((pop) => ({ ...pop, dialogId: dialog.id }));
    const generation = this.generation;
    const lookup = this.lookUp(dialog).finally(() => {
      if (this.inFlight.get(key) === lookup) this.inFlight.delete(key);
    });
    this.inFlight.set(key, lookup);
    void lookup.then(
      (pop) => {
        if (generation === this.generation)
          this.cache.set(key, { pop, until: this.options.now() + this.options.cacheMs });
      },
      () => undefined,
    );
    return lookup;
  }

  /** A call arrived: start its lookup now so the gadget's request finds it ready. Failures surface on that request. */
  prefetch(dialog: Dialog): void {
    this.pop(dialog).catch(() => undefined);
  }

  /** Something was written to the context store: no pop may show stale context. */
  invalidate(): void {
    this.generation += 1;
    this.cache.clear();
    this.inFlight.clear();
  }

  private keyOf(dialog: Dialog): string {
    const pod = dialog.variables[this.options.podVariable] ?? '';
    const from = dialog.from.includes('@')
      ? dialog.from.toLowerCase()
      : (this.options.normalisePhone(dialog.from) ?? dialog.from);
    return `${pod}|${from}`;
  }

  private async lookUp(dialog: Dialog): Promise<ScreenPop> {
    const { context } = this.options;
    const podId = dialog.variables[this.options.podVariable]?.trim();
    if (podId) {
      // The variable is the call's data, not the agent's input: an id the store does not know, or one that is not an
      // id at all, only means the next way of finding the customer is tried.
      const found = await context.getActivity(podId).catch((error: unknown) => {
        if (error instanceof NotFoundError || error instanceof InvalidRequestError) return undefined;
        throw error;
      });
      if (found?.customerId !== undefined)
        return this.withJourney(dialog, 'activity', await context.getCustomer(found.customerId));
    }
    const from = dialog.from.trim();
    const isEmail = from.includes('@');
    const customers = isEmail ? await context.findByEmail(from) : from === '' ? [] : await context.findByPhone(from);
    if (customers.length === 1 && customers[0])
      return this.withJourney(dialog, isEmail ? 'email' : 'phone', customers[0]);
    const name = dialog.variables['user.Context_POD_Source_Cust_Name'];
    return {
      dialogId: dialog.id,
      match: 'none',
      activities: [],
      requests: [],
      ...(customers.length > 1 ? { candidates: customers } : {}),
      prefill: { ...(isEmail ? { email: from } : from === '' ? {} : { phone: from }), ...(name ? { name } : {}) },
    };
  }

  private async withJourney(dialog: Dialog, match: ScreenPop['match'], customer: Customer): Promise<ScreenPop> {
    const journey = await this.options.context.journey(customer.id, { limit: JOURNEY_SIZE });
    return {
      dialogId: dialog.id,
      match,
      customer,
      activities: journey.activities,
      requests: journey.requests.filter((request) => request.state === 'active'),
    };
  }
}
