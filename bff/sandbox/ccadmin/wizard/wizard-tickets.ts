import { randomBytes } from 'node:crypto';
import type { WizardFlow } from './wizard-flows.js';
import { WIZARD_INACTIVITY_MS } from './wizard-flows.js';

export interface WizardTicket {
  readonly flow: WizardFlow;
  readonly callbackUrl: string;
  lastActivity: number;
}

export type TicketLookup =
  | { readonly kind: 'valid'; readonly ticket: WizardTicket }
  | { readonly kind: 'expired'; readonly ticket: WizardTicket }
  | { readonly kind: 'unknown' };

/**
 * Signed-in wizard sessions, carried from the sign-in step to the confirm step in a hidden form field (no cookies, no
 * JavaScript). A ticket is unguessable, bound to its flow, expires after the inactivity timeout and is redeemed once.
 * The store is bounded so abandoned sign-ins cannot grow it without end.
 */
export class WizardTickets {
  private readonly tickets = new Map<string, WizardTicket>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly inactivityMs = WIZARD_INACTIVITY_MS,
    private readonly capacity = 1000,
  ) {}

  issue(flow: WizardFlow, callbackUrl: string): string {
    this.sweep();
    while (this.tickets.size >= this.capacity) {
      const oldest = this.tickets.keys().next().value;
      if (oldest === undefined) break;
      this.tickets.delete(oldest);
    }
    const id = randomBytes(24).toString('base64url');
    this.tickets.set(id, { flow, callbackUrl, lastActivity: this.now() });
    return id;
  }

  /** Looks a ticket up for another step of the same flow; a valid one counts as activity. */
  touch(id: string, flow: WizardFlow): TicketLookup {
    const ticket = this.tickets.get(id);
    if (!ticket || ticket.flow !== flow) return { kind: 'unknown' };
    if (this.now() - ticket.lastActivity > this.inactivityMs) {
      this.tickets.delete(id);
      return { kind: 'expired', ticket };
    }
    ticket.lastActivity = this.now();
    return { kind: 'valid', ticket };
  }

  /** Like touch, but a valid ticket is used up. */
  redeem(id: string, flow: WizardFlow): TicketLookup {
    const lookup = this.touch(id, flow);
    if (lookup.kind === 'valid') this.tickets.delete(id);
    return lookup;
  }

  clear(): void {
    this.tickets.clear();
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, ticket] of this.tickets) if (now - ticket.lastActivity > this.inactivityMs) this.tickets.delete(id);
  }
}
